import { afterEach, describe, expect, it, vi } from 'vitest';
import { startScheduler, type Scheduler } from './scheduler';

function recordingLog() {
  const errors: Array<{ obj: object; msg: string | undefined }> = [];
  return {
    errors,
    log: {
      info: () => undefined,
      warn: () => undefined,
      error: (obj: object, msg?: string) => errors.push({ obj, msg }),
    },
  };
}

describe('the background scheduler', () => {
  let scheduler: Scheduler | undefined;
  afterEach(async () => {
    await scheduler?.stop();
    vi.useRealTimers();
  });

  it('runs each job on its own interval and none whose interval is 0', async () => {
    vi.useFakeTimers();
    const runs = { sweep: 0, webhooks: 0, off: 0 };
    scheduler = startScheduler(
      [
        { name: 'sweep', everySeconds: 60, run: async () => runs.sweep++ },
        { name: 'webhooks', everySeconds: 30, run: async () => runs.webhooks++ },
        { name: 'off', everySeconds: 0, run: async () => runs.off++ },
      ],
      recordingLog().log,
    );
    await vi.advanceTimersByTimeAsync(120_000);
    expect(runs).toEqual({ sweep: 2, webhooks: 4, off: 0 });
  });

  it('never starts a run while the previous run of the same job is under way', async () => {
    vi.useFakeTimers();
    let started = 0;
    let finish: () => void = () => undefined;
    scheduler = startScheduler(
      [
        {
          name: 'slow',
          everySeconds: 10,
          run: () => {
            started++;
            return new Promise<void>((resolve) => (finish = resolve));
          },
        },
      ],
      recordingLog().log,
    );
    await vi.advanceTimersByTimeAsync(35_000);
    expect(started).toBe(1);
    finish();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(started).toBe(2);
    finish();
  });

  it('logs a failed run with the job name and tries again at the next tick', async () => {
    vi.useFakeTimers();
    const { errors, log } = recordingLog();
    let attempts = 0;
    scheduler = startScheduler(
      [
        {
          name: 'overdue sweep',
          everySeconds: 5,
          run: async () => {
            attempts++;
            throw new Error('database is locked');
          },
        },
      ],
      log,
    );
    await vi.advanceTimersByTimeAsync(10_000);
    expect(attempts).toBe(2);
    expect(errors.map((e) => e.msg)).toEqual(['overdue sweep failed', 'overdue sweep failed']);
    expect(errors[0]!.obj).toMatchObject({ job: 'overdue sweep' });
  });

  it('stops its timers and waits for a run under way', async () => {
    vi.useFakeTimers();
    let completed = 0;
    let runs = 0;
    scheduler = startScheduler(
      [
        {
          name: 'job',
          everySeconds: 1,
          run: async () => {
            runs++;
            await new Promise((resolve) => setTimeout(resolve, 500));
            completed++;
          },
        },
      ],
      recordingLog().log,
    );
    await vi.advanceTimersByTimeAsync(1_100);
    const stopping = scheduler.stop();
    await vi.advanceTimersByTimeAsync(600);
    await stopping;
    expect(completed).toBe(1);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(runs).toBe(1);
  });
});
