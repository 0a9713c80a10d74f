import { lastCheckpointAt } from '../../storage/ledger-store';
import type { Context } from '../context';
import { checkpointLedger } from './checkpoint-ledger';

const HOUR_MS = 60 * 60 * 1000;

/**
 * Sign a checkpoint of every chain every `everyHours` (CUSTODIA_CHECKPOINT_EVERY_HOURS, default 24;
 * 0: never), counted from the last one kept, so a restart neither skips nor repeats one. Each run
 * verifies from the previous checkpoint, so it costs the entries since. A failure (a chain that does
 * not verify) is logged and signs nothing. Returns the function that stops it.
 */
export function startAutomaticCheckpoints(
  ctx: Context,
  options: { keyDir: string; everyHours: number; now?: () => number },
): () => Promise<void> {
  if (options.everyHours <= 0) return async () => undefined;
  const every = options.everyHours * HOUR_MS;
  const now = options.now ?? Date.now;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  // The last run of this process: a run that signed nothing (no chain yet, or a failure) waits a
  // whole interval too, instead of running again at once.
  let lastRunAt: number | null = null;

  const schedule = async () => {
    if (stopped) return;
    const last = await lastCheckpointAt(ctx.database.db).catch(() => null);
    const fromStored = last ? Date.parse(last) + every : now();
    const due = lastRunAt === null ? fromStored : Math.max(fromStored, lastRunAt + every);
    timer = setTimeout(
      () => {
        running = run();
      },
      Math.max(0, Math.min(due - now(), 2 ** 31 - 1)),
    );
    timer.unref();
  };
  const run = async () => {
    lastRunAt = now();
    try {
      const signed = await checkpointLedger(ctx, options.keyDir);
      ctx.log.info({ checkpoints: signed.checkpoints.length }, 'ledger checkpoint signed');
    } catch (error) {
      ctx.log.error({ err: error }, 'automatic ledger checkpoint failed');
    }
    await schedule();
  };
  void schedule();
  return async () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    await running;
  };
}
