import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../app-error';
import { readHeader, readSpreadsheet, type ReadOptions } from './read-spreadsheet';

/** What the reading worker posts: the header, then batches of rows (each after a "next"), then the end. */
export type WorkerMessage =
  | { readonly header: string[] }
  | { readonly rows: Array<{ line: number; record: Record<string, string> }> }
  | { readonly done: true }
  | { readonly error: { code: string | null; message: string; details?: unknown } };

const BATCH = 2000;

async function readIn(
  path: string,
  options: ReadOptions,
  port: NonNullable<typeof parentPort>,
): Promise<void> {
  let wanted = 0;
  let wake: (() => void) | null = null;
  port.on('message', (message: string) => {
    if (message === 'next') {
      wanted++;
      wake?.();
    }
  });
  const turn = async () => {
    while (wanted === 0) await new Promise<void>((resolve) => (wake = resolve));
    wanted--;
  };
  port.postMessage({ header: await readHeader(path, options) } satisfies WorkerMessage);
  let batch: Array<{ line: number; record: Record<string, string> }> = [];
  for await (const row of readSpreadsheet(path, options)) {
    batch.push(row);
    if (batch.length === BATCH) {
      await turn();
      port.postMessage({ rows: batch } satisfies WorkerMessage);
      batch = [];
    }
  }
  await turn();
  if (batch.length > 0) port.postMessage({ rows: batch } satisfies WorkerMessage);
  port.postMessage({ done: true } satisfies WorkerMessage);
}

const data = workerData as { importPath?: string; checkArchive?: boolean } | null;
if (parentPort && data?.importPath) {
  const port = parentPort;
  readIn(data.importPath, { checkArchive: data.checkArchive ?? true }, port).catch((error: unknown) => {
    port.postMessage({
      error:
        error instanceof AppError
          ? { code: error.code, message: error.message, details: error.details }
          : { code: null, message: error instanceof Error ? error.message : String(error) },
    } satisfies WorkerMessage);
  });
}
