import type { Logger } from '../use-cases/context';

/** Work the server repeats while it runs (the CLI can run the same use-case from cron). */
export interface BackgroundJob {
  /** Named in the log line of a failed run. */
  readonly name: string;
  /** Seconds between runs; 0 turns the job off. */
  readonly everySeconds: number;
  readonly run: () => Promise<unknown>;
}

export interface Scheduler {
  /** Stops the timers and waits for runs already under way. */
  stop(): Promise<void>;
}

/**
 * Starts each job on its own interval. A run never overlaps the previous run of the same job (a
 * slow run skips the ticks that fall inside it), a failure is logged and the next tick tries again,
 * and the timers do not keep the process alive.
 */
export function startScheduler(jobs: readonly BackgroundJob[], log: Logger): Scheduler {
  const running = new Map<string, Promise<void>>();
  const timers = jobs
    .filter((job) => job.everySeconds > 0)
    .map((job) => {
      const timer = setInterval(() => {
        if (running.has(job.name)) return;
        const run = job
          .run()
          .then(() => undefined)
          .catch((error: unknown) => log.error({ err: error, job: job.name }, `${job.name} failed`))
          .finally(() => running.delete(job.name));
        running.set(job.name, run);
      }, job.everySeconds * 1000);
      timer.unref();
      return timer;
    });
  return {
    stop: async () => {
      for (const timer of timers) clearInterval(timer);
      await Promise.all(running.values());
    },
  };
}
