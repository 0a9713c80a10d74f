import { parentPort, workerData } from 'node:worker_threads';
import { createRangeVerifier, type RangeOutcome } from '../../core/ledger/verify-ranges';
import { readRangeFromPostgres, readRangeFromSqlite, type RangeRow } from '../../storage/ledger-range-reader';
import { HASH_OPTIONS } from './ledger-hashing';

/** What a verifying worker is given: one range of one chain, and where to read it. */
export interface RangeTask {
  readonly source: { readonly sqliteFile: string } | { readonly postgresUrl: string };
  readonly chainId: string;
  readonly start: number;
  readonly end: number | null;
  readonly expectedHead: { readonly length: number; readonly headHash: string };
}

/** Verify one range of a chain (in this thread): read it over its own connection and check every entry. */
export async function verifyRange(task: RangeTask): Promise<RangeOutcome> {
  const verifier = createRangeVerifier({
    ...HASH_OPTIONS,
    chainId: task.chainId,
    start: task.start,
    expectedHead: task.expectedHead,
  });
  const batches: Iterable<RangeRow[]> | AsyncIterable<RangeRow[]> =
    'sqliteFile' in task.source
      ? readRangeFromSqlite(task.source.sqliteFile, task.chainId, task.start, task.end)
      : readRangeFromPostgres(task.source.postgresUrl, task.chainId, task.start, task.end);
  outer: for await (const batch of batches) {
    for (const r of batch) {
      const problem = verifier.push({
        id: r[0],
        chainId: r[1],
        sequence: r[2],
        previousHash: r[3],
        hash: r[4],
        recordedAt: r[5],
        organisationId: r[6],
        actorId: r[7],
        idempotencyKey: r[8],
        kind: r[9],
        corrects: r[10],
        payloadCanonical: r[11],
      });
      if (problem) break outer;
    }
  }
  return verifier.outcome();
}

if (parentPort && (workerData as { rangeTask?: RangeTask } | null)?.rangeTask) {
  const port = parentPort;
  verifyRange((workerData as { rangeTask: RangeTask }).rangeTask).then(
    (outcome) => port.postMessage({ outcome }),
    (error: unknown) => port.postMessage({ error: error instanceof Error ? error.message : String(error) }),
  );
}
