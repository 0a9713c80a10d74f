import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nodeSha256, sealChain } from '../../../tests/support/ledger-fixtures';
import { GENESIS_PREVIOUS_HASH, toStoredEntry, type StoredLedgerEntry } from './ledger-entry';
import { createChainVerifier, type VerifiableEntry } from './verify-chain';
import { createRangeVerifier, joinRanges, splitIntoRanges } from './verify-ranges';

const CHAIN = 'chain-acme';

/** What `verifyLedger` does sequentially: one verifier over every entry, counting those that pass. */
function walk(entries: readonly VerifiableEntry[], expectedHead: { length: number; headHash: string }) {
  const verifier = createChainVerifier({ sha256: nodeSha256, chainId: CHAIN, expectedHead });
  let passed = 0;
  for (const entry of entries) {
    if (verifier.push(entry)) break;
    passed++;
  }
  const result = verifier.result();
  return result.ok ? { ...result, entries: passed } : { ok: false, problem: result.problem, entries: passed };
}

/** The parallel way: entries split by sequence into ranges (as the range queries read them), then joined. */
function inRanges(
  entries: readonly VerifiableEntry[],
  expectedHead: { length: number; headHash: string },
  parts: number,
) {
  const outcomes = splitIntoRanges(expectedHead.length, parts).map(({ start, end }) => {
    const verifier = createRangeVerifier({ sha256: nodeSha256, chainId: CHAIN, start, expectedHead });
    for (const entry of entries)
      if (entry.sequence >= start && (end === null || entry.sequence <= end) && verifier.push(entry)) break;
    return verifier.outcome();
  });
  return joinRanges(CHAIN, outcomes, expectedHead);
}

// A stored chain altered the ways someone with database access could: the rows still come back from
// the chain's query in sequence order (ties in their stored order).
type Alteration =
  | { kind: 'delete' | 'hash' | 'previous-hash' | 'payload' | 'duplicate' | 'swap'; at: number }
  | { kind: 'truncate'; keep: number }
  | { kind: 'append' };

function alter(chain: readonly StoredLedgerEntry[], change: Alteration): StoredLedgerEntry[] {
  const rows = [...chain];
  if (rows.length === 0) return rows;
  const at = 'at' in change ? change.at % Math.max(rows.length, 1) : 0;
  switch (change.kind) {
    case 'delete':
      rows.splice(at, 1);
      break;
    case 'hash':
      rows[at] = { ...rows[at]!, hash: 'f'.repeat(64) };
      break;
    case 'previous-hash':
      rows[at] = { ...rows[at]!, previousHash: 'e'.repeat(64) };
      break;
    case 'payload':
      rows[at] = { ...rows[at]!, payloadCanonical: rows[at]!.payloadCanonical.replace(/.$/, ' ') };
      break;
    case 'duplicate':
      rows.splice(at, 0, { ...rows[at]!, id: `${rows[at]!.id}-copy` });
      break;
    case 'swap':
      if (at + 1 < rows.length) {
        const a = rows[at]!;
        const b = rows[at + 1]!;
        rows[at] = { ...b, sequence: a.sequence };
        rows[at + 1] = { ...a, sequence: b.sequence };
      }
      break;
    case 'truncate':
      rows.length = Math.min(rows.length, change.keep);
      break;
    case 'append':
      if (rows.length > 0) {
        const last = rows[rows.length - 1]!;
        rows.push({ ...last, id: `${last.id}-extra`, sequence: last.sequence + 1, previousHash: last.hash });
      }
      break;
  }
  return rows
    .map((r, i) => ({ r, i }))
    .sort((x, y) => x.r.sequence - y.r.sequence || x.i - y.i)
    .map((x) => x.r);
}

const alteration: fc.Arbitrary<Alteration> = fc.oneof(
  fc.record({
    kind: fc.constantFrom('delete', 'hash', 'previous-hash', 'payload', 'duplicate', 'swap') as fc.Arbitrary<
      'delete' | 'hash' | 'previous-hash' | 'payload' | 'duplicate' | 'swap'
    >,
    at: fc.nat(),
  }),
  fc.record({ kind: fc.constant('truncate' as const), keep: fc.nat() }),
  fc.record({ kind: fc.constant('append' as const) }),
);

describe('verifying a chain in ranges', () => {
  const chains = new Map<number, StoredLedgerEntry[]>();
  const chainOf = (n: number) => {
    if (!chains.has(n))
      chains.set(
        n,
        sealChain(
          Array.from({ length: n }, (_, i) => ({ rounds: i, note: 'ñandú' })),
          CHAIN,
          nodeSha256,
        ).map(toStoredEntry),
      );
    return chains.get(n)!;
  };

  it('reports exactly what one walk over the whole chain reports, for any alteration and any split', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 1, max: 9 }),
        fc.array(alteration, { maxLength: 2 }),
        (n, parts, changes) => {
          const chain = chainOf(n);
          const expectedHead = {
            length: n,
            headHash: n === 0 ? GENESIS_PREVIOUS_HASH : chain[n - 1]!.hash,
          };
          const rows = changes.reduce(alter, chain);
          expect(inRanges(rows, expectedHead, parts)).toEqual(walk(rows, expectedHead));
        },
      ),
      { seed: 20261129, numRuns: 3000 },
    );
  });

  it('splits 1…length into consecutive ranges, the last one open-ended', () => {
    expect(splitIntoRanges(10, 3)).toEqual([
      { start: 1, end: 4 },
      { start: 5, end: 8 },
      { start: 9, end: null },
    ]);
    expect(splitIntoRanges(0, 4)).toEqual([{ start: 1, end: null }]);
    expect(splitIntoRanges(2, 4)).toEqual([
      { start: 1, end: 1 },
      { start: 2, end: null },
    ]);
  });
});
