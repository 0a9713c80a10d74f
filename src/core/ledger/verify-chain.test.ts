import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { draftAt, jsonObject, nodeSha256, sealChain } from '../../../tests/support/ledger-fixtures';
import type { StoredLedgerEntry } from './ledger-entry';
import {
  computeEntryHash,
  emptyChainHead,
  GENESIS_PREVIOUS_HASH,
  nextChainHead,
  sealEntry,
  toStoredEntry,
} from './ledger-entry';
import type { ChainProblemKind, VerifiableEntry } from './verify-chain';
import { createChainVerifier, verifyChain } from './verify-chain';

const payloads = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ firearmId: `f-${i}`, rounds: i * 10, note: 'ñandú "9×19"' }));
const headOf = (chain: readonly { sequence: number; hash: string }[]) =>
  chain.length === 0
    ? { length: 0, headHash: GENESIS_PREVIOUS_HASH }
    : { length: chain.length, headHash: chain[chain.length - 1]!.hash };

function problemOf(entries: readonly VerifiableEntry[], options: Parameters<typeof verifyChain>[1] = {}) {
  const result = verifyChain(entries, options);
  if (result.ok) throw new Error('expected the chain not to verify');
  return result.problem;
}

describe('verifying a chain', () => {
  it('accepts any chain sealed correctly, as values or as stored text, with either hasher', () => {
    fc.assert(
      fc.property(fc.array(jsonObject, { maxLength: 25 }), (chainPayloads) => {
        const chain = sealChain(chainPayloads, 'chain-acme', nodeSha256);
        const expected = { ok: true, chainId: chain.length ? 'chain-acme' : null, ...headOf(chain) };
        expect(verifyChain(chain)).toEqual(expected);
        expect(
          verifyChain(chain.map(toStoredEntry), { sha256: nodeSha256, expectedHead: headOf(chain) }),
        ).toEqual(expected);
        expect(verifyChain(chain.map(({ payloadCanonical: _text, ...entry }) => entry))).toEqual(expected);
      }),
      { seed: 42, numRuns: 200 },
    );
  });

  it('accepts an empty chain, whose head is the genesis hash', () => {
    expect(verifyChain([])).toEqual({ ok: true, chainId: null, length: 0, headHash: GENESIS_PREVIOUS_HASH });
    expect(
      verifyChain([], {
        chainId: 'chain-acme',
        expectedHead: { length: 0, headHash: GENESIS_PREVIOUS_HASH },
      }),
    ).toEqual({
      ok: true,
      chainId: 'chain-acme',
      length: 0,
      headHash: GENESIS_PREVIOUS_HASH,
    });
  });

  it('names each kind of problem at the entry where the chain stops matching', () => {
    const chain = sealChain(payloads(6)).map(toStoredEntry);
    const [e1, e2, e3, e4, e5, e6] = chain as [StoredLedgerEntry, ...StoredLedgerEntry[]];
    const at = (sequence: number, kind: ChainProblemKind) => ({ chainId: 'chain-acme', sequence, kind });

    expect(problemOf(chain, { chainId: 'chain-other' })).toEqual({
      ...at(1, 'wrong-chain'),
      chainId: 'chain-other',
      expected: 'chain-other',
      found: 'chain-acme',
    });
    expect(problemOf([e1, e2, { ...e3!, chainId: 'chain-x' }])).toMatchObject({
      ...at(3, 'wrong-chain'),
      found: 'chain-x',
    });
    expect(problemOf([e1, e2, e2!, e3!])).toEqual({
      ...at(3, 'duplicate-sequence'),
      expected: '3',
      found: '2',
    });
    expect(problemOf([e1, e2, e3, e1])).toEqual({
      ...at(4, 'sequence-out-of-order'),
      expected: '4',
      found: '1',
    });
    expect(problemOf([e1, e2, e4!])).toEqual({ ...at(3, 'sequence-gap'), expected: '3', found: '4' });
    expect(problemOf([e2!])).toEqual({ ...at(1, 'sequence-gap'), expected: '1', found: '2' });
    expect(problemOf([e1, { ...e2!, sequence: '2' as unknown as number }])).toMatchObject({
      ...at(2, 'sequence-gap'),
      found: '"2"',
    });

    const forgedPrevious = { ...e4!, previousHash: e2!.hash };
    expect(problemOf([e1, e2, e3, forgedPrevious])).toEqual({
      ...at(4, 'previous-hash-mismatch'),
      expected: e3!.hash,
      found: e2!.hash,
    });

    const altered = { ...e5!, payloadCanonical: e5!.payloadCanonical.replace('"rounds":40', '"rounds":41') };
    expect(problemOf([e1, e2, e3, e4, altered])).toEqual({
      ...at(5, 'hash-mismatch'),
      expected: computeEntryHash(altered),
      found: e5!.hash,
    });
    expect(problemOf([e1, { ...e2!, hash: e2!.hash.toUpperCase() }])).toMatchObject(at(2, 'hash-mismatch'));

    const { payloadCanonical: _text, ...valueEntry } = e1!;
    expect(problemOf([{ ...valueEntry, payload: { rounds: -0 } }])).toMatchObject({
      ...at(1, 'payload-not-canonical'),
      found: '$.payload.rounds: -0 is not allowed (write 0)',
    });

    const recorded = headOf(chain);
    expect(problemOf(chain.slice(0, 4), { expectedHead: recorded })).toEqual({
      ...at(5, 'length-mismatch'),
      expected: '6',
      found: '4',
    });
    expect(problemOf(chain, { expectedHead: { length: 5, headHash: e5!.hash } })).toEqual({
      ...at(6, 'length-mismatch'),
      expected: '5',
      found: '6',
    });
    expect(problemOf(chain, { expectedHead: { length: 6, headHash: e5!.hash } })).toEqual({
      ...at(6, 'head-mismatch'),
      expected: e5!.hash,
      found: e6!.hash,
    });
    expect(
      problemOf([], { chainId: 'chain-acme', expectedHead: { length: 0, headHash: e1!.hash } }),
    ).toMatchObject(at(0, 'head-mismatch'));
  });

  it('stops at the first problem and keeps reporting it', () => {
    const chain = sealChain(payloads(5));
    const verifier = createChainVerifier({ sha256: nodeSha256 });
    expect(verifier.push(chain[0]!)).toBeNull();
    const problem = verifier.push(chain[2]!);
    expect(problem).toEqual({
      chainId: 'chain-acme',
      sequence: 2,
      kind: 'sequence-gap',
      expected: '2',
      found: '3',
    });
    expect(verifier.push(chain[1]!)).toBe(problem);
    expect(verifier.result()).toEqual({ ok: false, problem });
  });

  it('verifies incrementally exactly as it verifies a whole chain', () => {
    const chain = sealChain(payloads(8));
    const verifier = createChainVerifier({ expectedHead: headOf(chain) });
    for (const entry of chain) expect(verifier.push(entry)).toBeNull();
    expect(verifier.result()).toEqual(verifyChain(chain));
    expect(verifier.result()).toEqual({
      ok: true,
      chainId: 'chain-acme',
      length: 8,
      headHash: chain[7]!.hash,
    });
  });

  it('continues from a trusted head without the entries before it', () => {
    const chain = sealChain(payloads(8));
    const from = nextChainHead(chain[4]!);
    expect(verifyChain(chain.slice(5), { from, expectedHead: headOf(chain) })).toEqual({
      ok: true,
      chainId: 'chain-acme',
      length: 8,
      headHash: chain[7]!.hash,
    });
    expect(problemOf(chain.slice(6), { from })).toMatchObject({ sequence: 6, kind: 'sequence-gap' });
    expect(problemOf(chain.slice(5), { from: { ...from, headHash: chain[3]!.hash } })).toMatchObject({
      sequence: 6,
      kind: 'previous-hash-mismatch',
    });
  });

  it('verifies a chain in ranges that link up, as docs/ledger.md §5 describes for several cores', () => {
    const chain = sealChain(payloads(9)).map(toStoredEntry);
    const verifyInRanges = (entries: StoredLedgerEntry[]) => {
      const ranges = [entries.slice(0, 3), entries.slice(3, 6), entries.slice(6)];
      const results = ranges.map((range, k) =>
        verifyChain(range, {
          ...(k === 0
            ? {}
            : {
                from: {
                  chainId: 'chain-acme',
                  length: range[0]!.sequence - 1,
                  headHash: range[0]!.previousHash,
                },
              }),
          ...(k === ranges.length - 1 ? { expectedHead: headOf(chain) } : {}),
        }),
      );
      const linked = results.every(
        (result, k) =>
          result.ok &&
          (k === ranges.length - 1 ||
            (result.length === ranges[k + 1]![0]!.sequence - 1 &&
              result.headHash === ranges[k + 1]![0]!.previousHash)),
      );
      return { results, linked };
    };
    expect(verifyInRanges(chain).linked).toBe(true);
    // Entry 4 altered and re-hashed: it matches itself, and entry 5, in the same range, no longer links to it.
    const resealed = { ...chain[3]!, payloadCanonical: '{"rewritten":true}' };
    const tampered = [
      ...chain.slice(0, 3),
      { ...resealed, hash: computeEntryHash(resealed) },
      ...chain.slice(4),
    ];
    const { results, linked } = verifyInRanges(tampered);
    expect(linked).toBe(false);
    expect(results[0]!.ok).toBe(true);
    expect(results[1]).toMatchObject({ ok: false, problem: { sequence: 5, kind: 'previous-hash-mismatch' } });
    // Entries 4–6 replaced by a forged run sealed onto entry 3: every range verifies on its own, and
    // only the link from range 2 to range 3 shows it.
    let head = nextChainHead(chain[2]!);
    const forgedRun = [3, 4, 5].map((index) => {
      const entry = sealEntry(draftAt('chain-acme', index, { forged: index }), head);
      head = nextChainHead(entry);
      return toStoredEntry(entry);
    });
    const spliced = verifyInRanges([...chain.slice(0, 3), ...forgedRun, ...chain.slice(6)]);
    expect(spliced.results.map((result) => result.ok)).toEqual([true, true, true]);
    expect(spliced.linked).toBe(false);
  });
});

type Alteration =
  | { op: 'payload-byte'; at: number; offset: number }
  | {
      op: 'field';
      at: number;
      field: 'actorId' | 'recordedAt' | 'kind' | 'idempotencyKey' | 'id' | 'corrects' | 'organisationId';
    }
  | { op: 'sequence'; at: number; sequence: number }
  | { op: 'hash' | 'previous-hash' | 'delete' | 'reseal'; at: number }
  | { op: 'insert-copy'; at: number; of: number }
  | { op: 'insert-forged'; at: number }
  | { op: 'swap'; at: number; with: number };

const alteration = (length: number): fc.Arbitrary<Alteration> => {
  const index = fc.nat(length - 1);
  return fc.oneof(
    fc.record({ op: fc.constant('payload-byte' as const), at: index, offset: fc.nat(10_000) }),
    fc.record({
      op: fc.constant('field' as const),
      at: index,
      field: fc.constantFrom(
        'actorId',
        'recordedAt',
        'kind',
        'idempotencyKey',
        'id',
        'corrects',
        'organisationId',
      ),
    }),
    fc.record({
      op: fc.constant('sequence' as const),
      at: index,
      sequence: fc.integer({ min: -2, max: length + 2 }),
    }),
    fc.record({
      op: fc.constantFrom('hash' as const, 'previous-hash' as const, 'delete' as const, 'reseal' as const),
      at: index,
    }),
    fc.record({ op: fc.constant('insert-copy' as const), at: fc.nat(length), of: index }),
    fc.record({ op: fc.constant('insert-forged' as const), at: fc.nat(length) }),
    fc.record({ op: fc.constant('swap' as const), at: index, with: index }),
  );
};

/** Apply one alteration; return the altered chain and the position (1-based) where it must be caught. */
function alter(
  chain: StoredLedgerEntry[],
  change: Alteration,
): { altered: StoredLedgerEntry[]; caughtAt: number } | null {
  const altered = [...chain];
  const n = chain.length;
  const i = change.at;
  const entry = chain[Math.min(i, n - 1)]!;
  switch (change.op) {
    case 'payload-byte': {
      const text = entry.payloadCanonical;
      const offset = change.offset % text.length;
      const replacement = text[offset] === '1' ? '2' : '1';
      altered[i] = {
        ...entry,
        payloadCanonical: text.slice(0, offset) + replacement + text.slice(offset + 1),
      };
      return { altered, caughtAt: i + 1 };
    }
    case 'field':
      altered[i] = { ...entry, [change.field]: `${entry[change.field] ?? ''}x` };
      return { altered, caughtAt: i + 1 };
    case 'sequence':
      if (change.sequence === entry.sequence) return null;
      altered[i] = { ...entry, sequence: change.sequence };
      return { altered, caughtAt: i + 1 };
    case 'hash':
      altered[i] = { ...entry, hash: computeEntryHash({ ...entry, payloadCanonical: '{"forged":true}' }) };
      return { altered, caughtAt: i + 1 };
    case 'previous-hash':
      altered[i] = { ...entry, previousHash: i === 0 ? '1'.repeat(64) : chain[i - 1]!.previousHash };
      return { altered, caughtAt: i + 1 };
    case 'delete':
      // Removing the last entry leaves a valid shorter chain: only the recorded head reveals it.
      altered.splice(i, 1);
      return { altered, caughtAt: i + 1 };
    case 'reseal': {
      // Altered and re-hashed, so the entry itself matches; the next one (or the head) does not.
      const resealed = { ...entry, payloadCanonical: '{"rewritten":true}' };
      altered[i] = { ...resealed, hash: computeEntryHash(resealed) };
      return { altered, caughtAt: i + 2 > n ? n : i + 2 };
    }
    case 'insert-copy':
      altered.splice(i, 0, chain[change.of]!);
      // A copy of the entry that belongs at this very place matches; the original after it does not.
      return { altered, caughtAt: change.of === i ? i + 2 : i + 1 };
    case 'insert-forged': {
      const previous = i === 0 ? emptyChainHead('chain-acme') : nextChainHead(chain[i - 1]!);
      const forged = toStoredEntry(
        sealEntry({ ...draftAt('chain-acme', 99, { forged: true }), id: 'forged' }, previous),
      );
      altered.splice(i, 0, forged);
      // Sealed onto the entry before it, it matches; the entry it displaced does not. At the recorded
      // length it differs from the recorded head; after it, it makes the chain too long.
      return { altered, caughtAt: i === n ? n + 1 : i === n - 1 ? n : i + 2 };
    }
    case 'swap': {
      if (change.with === i) return null;
      const [first, second] = i < change.with ? [i, change.with] : [change.with, i];
      altered[first] = chain[second]!;
      altered[second] = chain[first]!;
      return { altered, caughtAt: first + 1 };
    }
  }
}

describe('tamper evidence', () => {
  it('detects any single alteration of a sealed chain, at the altered entry or the one it displaced', () => {
    const cases = fc
      .tuple(fc.array(jsonObject, { minLength: 1, maxLength: 12 }), fc.nat())
      .chain(([chainPayloads]) => fc.tuple(fc.constant(chainPayloads), alteration(chainPayloads.length)));
    let detected = 0;
    let tried = 0;
    fc.assert(
      fc.property(cases, ([chainPayloads, change]) => {
        const chain = sealChain(chainPayloads).map(toStoredEntry);
        const outcome = alter(chain, change);
        if (!outcome) return;
        tried++;
        const result = verifyChain(outcome.altered, {
          chainId: 'chain-acme',
          expectedHead: headOf(chain),
          sha256: nodeSha256,
        });
        expect(result.ok, JSON.stringify(change)).toBe(false);
        if (result.ok) return;
        detected++;
        expect(result.problem.chainId).toBe('chain-acme');
        expect(result.problem.sequence, `${JSON.stringify(change)} → ${JSON.stringify(result.problem)}`).toBe(
          outcome.caughtAt,
        );
        expect(result.problem.sequence).toBeLessThanOrEqual(change.at + 2);
      }),
      { seed: 42, numRuns: 1000 },
    );
    expect(tried).toBeGreaterThan(900);
    expect(detected).toBe(tried);
  });

  it('cannot see a consistent rewrite of the tail without a recorded head or a checkpoint', () => {
    // Why checkpoints exist: whoever rewrites entries 3… and re-hashes everything after them leaves a
    // chain that is internally consistent (checkpoint.test.ts shows a checkpoint catching it).
    const original = sealChain(payloads(5));
    const rewritten = sealChain([...payloads(2), { firearmId: 'f-2', rounds: 999 }, ...payloads(5).slice(3)]);
    expect(rewritten[1]!.hash).toBe(original[1]!.hash);
    expect(verifyChain(rewritten)).toMatchObject({ ok: true, length: 5 });
    expect(problemOf(rewritten, { expectedHead: headOf(original) })).toMatchObject({
      sequence: 5,
      kind: 'head-mismatch',
    });
  });
});
