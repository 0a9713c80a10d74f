import { readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import type { ErrorCode } from '../../contracts/error-codes';
import { AppError } from '../app-error';
import { startModuleWorker } from '../worker-thread';
import { checkArchiveLimits, IMPORT_LIMITS, limitError } from './import-limits';
import type { WorkerMessage } from './read-worker';
import type { SpreadsheetRow } from './read-spreadsheet';

/*
 * An uploaded file read in a worker thread with a memory cap (`resourceLimits`), so that a file
 * built to exhaust memory ends the worker, never the server: the server's thread only receives
 * rows, a batch at a time and only when it asks for the next, so its memory stays flat too.
 */

function startWorker(path: string, checkArchive: boolean): Worker {
  const resourceLimits = {
    maxOldGenerationSizeMb: IMPORT_LIMITS.workerHeapMb,
    maxYoungGenerationSizeMb: 32,
  };
  const workerData = { importPath: path, checkArchive };
  return startModuleWorker(import.meta.url, 'read-worker', { workerData, resourceLimits });
}

/** A reading of one file in a worker: the header first, then the rows. */
async function* readInWorker(path: string, checkArchive = true): AsyncGenerator<WorkerMessage> {
  const worker = startWorker(path, checkArchive);
  const queue: WorkerMessage[] = [];
  let failure: AppError | Error | null = null;
  let ended = false;
  let wake: (() => void) | null = null;
  const notify = () => {
    wake?.();
    wake = null;
  };
  worker.on('message', (message: WorkerMessage) => {
    queue.push(message);
    notify();
  });
  worker.on('error', (error: Error & { code?: string }) => {
    failure =
      error.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? limitError(
            'IMPORT_MEMORY_EXCEEDED',
            `Reading the file needed more than the ${IMPORT_LIMITS.workerHeapMb} MB an import may use: split it or send a CSV`,
            { limitMb: IMPORT_LIMITS.workerHeapMb },
          )
        : error;
    notify();
  });
  worker.on('exit', () => {
    ended = true;
    notify();
  });
  try {
    for (;;) {
      const message = queue.shift();
      if (message) {
        if ('error' in message) {
          const { code, message: text, details } = message.error;
          throw code ? new AppError(code as ErrorCode, text, details) : new Error(text);
        }
        if ('done' in message) return;
        // Ask for the next batch now, so it is read while this one is checked.
        worker.postMessage('next');
        yield message;
        continue;
      }
      if (failure) throw failure;
      if (ended) throw new Error('the file reader stopped before the end of the file');
      await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    await worker.terminate();
  }
}

/** The column names on line 1, read in a worker (see `readHeader`). */
export async function readHeaderIsolated(path: string): Promise<string[]> {
  await checkArchiveLimits(path);
  const reading = readInWorker(path);
  try {
    const first = await reading.next();
    if (first.done || !('header' in first.value)) throw new Error('the file reader sent no header');
    return first.value.header;
  } finally {
    await reading.return(undefined);
  }
}

/** The data rows, read in a worker with a memory cap (see `readSpreadsheet`). */
export async function* readSpreadsheetIsolated(
  path: string,
  options: { checkArchive?: boolean } = {},
): AsyncGenerator<SpreadsheetRow> {
  // `checkArchive: false` only for tests of the worker's own limits (an archive that lies).
  if (options.checkArchive ?? true) await checkArchiveLimits(path);
  for await (const message of readInWorker(path, options.checkArchive ?? true)) {
    if ('rows' in message) yield* message.rows;
  }
}

/**
 * Remove upload files a crash left behind: older than `olderThanMs` (an hour, the longest a job
 * lives), so another process's import in progress is never touched. Returns how many.
 */
export async function removeLeftoverUploads(
  directory = tmpdir(),
  olderThanMs = 60 * 60 * 1000,
): Promise<number> {
  const names = (await readdir(directory).catch(() => [] as string[])).filter((name) =>
    name.startsWith('custodia-upload-'),
  );
  let removed = 0;
  for (const name of names) {
    const path = join(directory, name);
    const info = await stat(path).catch(() => null);
    if (info && Date.now() - info.mtimeMs > olderThanMs) {
      await rm(path, { force: true });
      removed++;
    }
  }
  return removed;
}
