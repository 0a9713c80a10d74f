import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { createChainVerifier, type ChainProblem } from '../../core/ledger/verify-chain';
import { joinRanges, splitIntoRanges, type RangeOutcome } from '../../core/ledger/verify-ranges';
import type { Database, Queryable } from '../../storage/database';
import { checkpointStatementText } from '../../core/ledger/checkpoint';
import {
  listChains,
  listCheckpointsOf,
  readChain,
  readChainFast,
  type LedgerEntryRow,
} from '../../storage/ledger-store';
import type { Context } from '../context';
import { fromRow, HASH_OPTIONS } from './ledger-hashing';
import { fingerprintOf, keyIdOf, verifySignature } from './signing-key';
import type { RangeTask } from './verify-range-worker';
import { startModuleWorker } from '../worker-thread';

export interface VerificationResult {
  readonly ok: boolean;
  readonly chains: number;
  readonly entries: number;
  readonly problem: ChainProblem | null;
  /** Length and head of each chain as verified (for checkpoints). */
  readonly heads: ReadonlyArray<{ chainId: string; length: number; headHash: string }>;
  /** 'incremental': each chain walked from its last checkpoint whose signature holds. */
  readonly mode: 'full' | 'incremental';
  /** Entries vouched for by a signed checkpoint and not walked again (0 for a full walk). */
  readonly entriesFromCheckpoints: number;
  /** The fingerprint of the key the checkpoints were checked against (null for a full walk without one). */
  readonly keyFingerprint: string | null;
}

export interface VerifyOptions {
  readonly organisationId?: string;
  /**
   * A chain of at least `minEntries` entries (default 100,000) is verified in ranges on `workers`
   * worker threads (default: one per core), each reading its range over its own connection
   * (docs/ledger.md §5); the outcome is exactly a single walk's. `workers: 0` walks every chain here.
   */
  readonly parallel?: { readonly minEntries?: number; readonly workers?: number };
  /**
   * Walk each chain only from its last stored checkpoint whose signature holds for this public key
   * (checked again here: a checkpoint row proves nothing by itself), so the time is proportional to
   * the entries since; the entry at the checkpoint is re-hashed and must still have the signed hash.
   * Without it, every entry is walked (`ledger verify --full`).
   */
  readonly fromCheckpoints?: { readonly publicKeyPem: string };
}

const PARALLEL_MIN_ENTRIES = 100_000;

/**
 * Walk every chain (or one organisation's) from the database and recompute every hash; stop at
 * the first entry that does not match. Reads in pages or ranges, so memory stays flat.
 */
export async function verifyLedger(
  database: Database,
  options: VerifyOptions = {},
): Promise<VerificationResult> {
  const workers = options.parallel?.workers ?? availableParallelism();
  const minEntries = options.parallel?.minEntries ?? PARALLEL_MIN_ENTRIES;
  const source = database.sqlite
    ? { sqliteFile: database.location }
    : database.postgresUrl
      ? { postgresUrl: database.postgresUrl }
      : null;
  const trusted = options.fromCheckpoints?.publicKeyPem;
  return walkChains(
    database.db,
    options,
    (chainId, after) => readChainFast(database, database.db, chainId, undefined, after),
    source && workers > 0
      ? (chain) => (chain.length >= minEntries ? verifyInRanges(source, chain, workers) : null)
      : undefined,
    trusted
      ? { publicKeyPem: trusted, keyId: keyIdOf(trusted), fingerprint: fingerprintOf(trusted) }
      : undefined,
  );
}

type TrustedKey = { publicKeyPem: string; keyId: string; fingerprint: string };

/** The chain's last stored checkpoint whose signature holds for the trusted key, or null. */
async function lastTrustedCheckpoint(
  db: Queryable,
  chain: ChainRow,
  key: TrustedKey,
): Promise<{ length: number; headHash: string } | null> {
  for (const c of await listCheckpointsOf(db, chain.chain_id, chain.length)) {
    if (c.length === 0 || c.keyId !== key.keyId) continue;
    const statement = { chainId: c.chainId, length: c.length, headHash: c.headHash, issuedAt: c.issuedAt };
    if (verifySignature(key.publicKeyPem, checkpointStatementText(statement), c.signature)) {
      return { length: c.length, headHash: c.headHash };
    }
  }
  return null;
}

type ChainRow = { chain_id: string; length: number; head_hash: string };

/** One chain verified in ranges on worker threads, joined into one walk's outcome. */
async function verifyInRanges(
  source: RangeTask['source'],
  chain: ChainRow,
  workers: number,
): Promise<ReturnType<typeof joinRanges>> {
  const expectedHead = { length: chain.length, headHash: chain.head_hash };
  const outcomes = await Promise.all(
    splitIntoRanges(chain.length, workers).map(({ start, end }) =>
      runRangeWorker({ source, chainId: chain.chain_id, start, end, expectedHead }),
    ),
  );
  return joinRanges(chain.chain_id, outcomes, expectedHead);
}

function startWorker(task: RangeTask): Worker {
  return startModuleWorker(import.meta.url, 'verify-range-worker', { workerData: { rangeTask: task } });
}

function runRangeWorker(task: RangeTask): Promise<RangeOutcome> {
  return new Promise((resolve, reject) => {
    const worker = startWorker(task);
    let settled = false;
    worker.once('message', (message: { outcome?: RangeOutcome; error?: string }) => {
      settled = true;
      if (message.outcome) resolve(message.outcome);
      else reject(new Error(`ledger verification worker failed: ${message.error ?? 'no outcome'}`));
      void worker.terminate();
    });
    worker.once('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`ledger verification worker exited with code ${code}`));
    });
  });
}

/** The same walk over any connection or open transaction. */
export async function verifyChains(
  db: Queryable,
  options: { organisationId?: string } = {},
): Promise<VerificationResult> {
  return walkChains(db, options, (chainId, after) => readChain(db, chainId, undefined, after));
}

async function walkChains(
  db: Queryable,
  options: { organisationId?: string },
  pagesOf: (chainId: string, afterSequence: number) => AsyncGenerator<LedgerEntryRow[]>,
  inRanges?: (chain: ChainRow) => Promise<ReturnType<typeof joinRanges>> | null,
  trusted?: TrustedKey,
): Promise<VerificationResult> {
  const chains = (await listChains(db)).filter(
    (c) => !options.organisationId || c.organisation_id === options.organisationId,
  );
  let entries = 0;
  let entriesFromCheckpoints = 0;
  const heads: Array<{ chainId: string; length: number; headHash: string }> = [];
  const verdict = (ok: boolean, problem: ChainProblem | null): VerificationResult => ({
    ok,
    chains: chains.length,
    entries,
    problem,
    heads,
    mode: trusted ? 'incremental' : 'full',
    entriesFromCheckpoints,
    keyFingerprint: trusted?.fingerprint ?? null,
  });
  for (const chain of chains) {
    const start = trusted ? await lastTrustedCheckpoint(db, chain, trusted) : null;
    if (start) {
      // From the entry at the checkpoint: re-hashed, it must still have the signed hash.
      let verifier: ReturnType<typeof createChainVerifier> | null = null;
      let problem: ChainProblem | null;
      for await (const page of pagesOf(chain.chain_id, start.length - 1)) {
        for (const row of page) {
          const entry = fromRow(row);
          if (!verifier) {
            if (entry.sequence !== start.length) break;
            verifier = createChainVerifier({
              ...HASH_OPTIONS,
              chainId: chain.chain_id,
              from: { chainId: chain.chain_id, length: start.length - 1, headHash: entry.previousHash },
              expectedHead: { length: chain.length, headHash: chain.head_hash },
            });
            problem = verifier.push(entry);
            if (!problem && entry.hash !== start.headHash) {
              problem = {
                chainId: chain.chain_id,
                sequence: start.length,
                kind: 'checkpoint-mismatch',
                expected: start.headHash,
                found: entry.hash,
              };
            }
          } else problem = verifier.push(entry);
          if (problem) return verdict(false, problem);
          entries++;
        }
        if (!verifier) break;
      }
      if (!verifier) {
        return verdict(false, {
          chainId: chain.chain_id,
          sequence: start.length,
          kind: 'checkpoint-mismatch',
          expected: start.headHash,
          found: 'no entry',
        });
      }
      const outcome = verifier.result();
      if (!outcome.ok) return verdict(false, outcome.problem);
      // The entry at the checkpoint was walked again; the ones before it are vouched for.
      entries--;
      entriesFromCheckpoints += start.length;
      heads.push({ chainId: chain.chain_id, length: outcome.length, headHash: outcome.headHash });
      continue;
    }
    const ranged = inRanges?.(chain);
    if (ranged) {
      const outcome = await ranged;
      entries += outcome.entries;
      if (!outcome.ok) return verdict(false, outcome.problem);
      heads.push({ chainId: chain.chain_id, length: outcome.length, headHash: outcome.headHash });
      continue;
    }
    const verifier = createChainVerifier({
      ...HASH_OPTIONS,
      chainId: chain.chain_id,
      expectedHead: { length: chain.length, headHash: chain.head_hash },
    });
    for await (const page of pagesOf(chain.chain_id, 0)) {
      for (const row of page) {
        const problem = verifier.push(fromRow(row));
        if (problem) return verdict(false, problem);
        entries++;
      }
    }
    const outcome = verifier.result();
    if (!outcome.ok) return verdict(false, outcome.problem);
    heads.push({ chainId: chain.chain_id, length: outcome.length, headHash: outcome.headHash });
  }
  return verdict(true, null);
}

/** Verify and keep the outcome, for the "book integrity" panel. */
export async function verifyAndRecord(
  ctx: Context,
  options: VerifyOptions = {},
): Promise<VerificationResult> {
  const result = await verifyLedger(ctx.database, options);
  await ctx.database.db
    .insertInto('ledger_verification')
    .values({
      id: ctx.newId(),
      verified_at: ctx.now(),
      chains: result.chains,
      entries: result.entries,
      ok: result.ok ? 1 : 0,
      problem: result.problem ? JSON.stringify(result.problem) : null,
    })
    .execute();
  return result;
}
