import { createChainVerifier, type ChainProblem } from '../../core/ledger/verify-chain';
import type { Database, Queryable } from '../../storage/database';
import { listChains, readChain, readChainFast, type LedgerEntryRow } from '../../storage/ledger-store';
import type { Context } from '../context';
import { fromRow, HASH_OPTIONS } from './ledger-hashing';

export interface VerificationResult {
  readonly ok: boolean;
  readonly chains: number;
  readonly entries: number;
  readonly problem: ChainProblem | null;
  /** Length and head of each chain as verified (for checkpoints). */
  readonly heads: ReadonlyArray<{ chainId: string; length: number; headHash: string }>;
}

/**
 * Walk every chain (or one organisation's) from the database and recompute every hash; stop at
 * the first entry that does not match. Reads in pages, so memory stays flat.
 */
export async function verifyLedger(
  database: Database,
  options: { organisationId?: string } = {},
): Promise<VerificationResult> {
  return walkChains(database.db, options, (chainId) => readChainFast(database, database.db, chainId));
}

/** The same walk over any connection or open transaction. */
export async function verifyChains(
  db: Queryable,
  options: { organisationId?: string } = {},
): Promise<VerificationResult> {
  return walkChains(db, options, (chainId) => readChain(db, chainId));
}

async function walkChains(
  db: Queryable,
  options: { organisationId?: string },
  pagesOf: (chainId: string) => AsyncGenerator<LedgerEntryRow[]>,
): Promise<VerificationResult> {
  const chains = (await listChains(db)).filter(
    (c) => !options.organisationId || c.organisation_id === options.organisationId,
  );
  let entries = 0;
  const heads: Array<{ chainId: string; length: number; headHash: string }> = [];
  for (const chain of chains) {
    const verifier = createChainVerifier({
      ...HASH_OPTIONS,
      chainId: chain.chain_id,
      expectedHead: { length: chain.length, headHash: chain.head_hash },
    });
    for await (const page of pagesOf(chain.chain_id)) {
      for (const row of page) {
        const problem = verifier.push(fromRow(row));
        if (problem) return { ok: false, chains: chains.length, entries, problem, heads };
        entries++;
      }
    }
    const outcome = verifier.result();
    if (!outcome.ok) return { ok: false, chains: chains.length, entries, problem: outcome.problem, heads };
    heads.push({ chainId: chain.chain_id, length: outcome.length, headHash: outcome.headHash });
  }
  return { ok: true, chains: chains.length, entries, problem: null, heads };
}

/** Verify and keep the outcome, for the "book integrity" panel. */
export async function verifyAndRecord(
  ctx: Context,
  options: { organisationId?: string } = {},
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
