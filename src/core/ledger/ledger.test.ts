import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, CanonicalJsonError } from './canonical-json';
import { createChainVerifier, verifyChain } from './chain-verifier';
import { checkExtends, checkpointMessage } from './checkpoint-statement';
import { historyView } from './corrections';
import { entryHashInput, GENESIS_PREVIOUS_HASH, sealEntry, type SealedEntry } from './entry-hash';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

function chainOf(n: number, payloads: unknown[] = []): SealedEntry[] {
  const entries: SealedEntry[] = [];
  let head = { length: 0, headHash: GENESIS_PREVIOUS_HASH };
  for (let i = 0; i < n; i++) {
    const entry = sealEntry(
      {
        id: `00000000-0000-7000-8000-${String(i).padStart(12, '0')}`,
        chainId: 'chain-a',
        recordedAt: new Date(Date.UTC(2026, 10, 28, 6, 0, i)).toISOString(),
        organisationId: 'org-a',
        actorId: 'user-1',
        idempotencyKey: `key-${i}`,
        kind: i % 2 ? 'move' : 'acquisition',
        corrects: null,
        payload: payloads[i] ?? { firearmId: `f-${i}`, rounds: i, note: 'ñandú "quoted" \\ \u2028' },
      },
      head,
      sha256,
    );
    entries.push(entry);
    head = { length: entry.sequence, headHash: entry.hash };
  }
  return entries;
}

describe('canonical JSON', () => {
  it('sorts keys, drops whitespace and escapes as JSON.stringify does', () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'x"y'], c: { z: 1.5, y: -2 } })).toBe('{"a":[true,null,"x\\"y"],"b":1,"c":{"y":-2,"z":1.5}}');
  });

  it('does not depend on the order keys were inserted', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (record) => {
        const reversed = Object.fromEntries(Object.entries(record).reverse());
        expect(canonicalJson(reversed)).toBe(canonicalJson(record));
        expect(JSON.parse(canonicalJson(record))).toEqual(JSON.parse(JSON.stringify(record)));
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it('refuses values with no canonical form, naming the path', () => {
    expect(() => canonicalJson({ a: { b: Number.NaN } })).toThrow('$.a.b');
    expect(() => canonicalJson({ a: undefined })).toThrow(CanonicalJsonError);
    expect(() => canonicalJson({ d: new Date(0) })).toThrow('$.d: only plain objects');
    expect(() => canonicalJson([1n])).toThrow('$[0]');
    expect(() => canonicalJson(-0)).toThrow('-0');
  });
});

describe('entry hashing', () => {
  it('hashes exactly the canonical JSON of the entry without its hash', () => {
    const [entry] = chainOf(1);
    const { hash: _hash, payloadCanonical, ...rest } = entry!;
    const object = { ...rest, payload: JSON.parse(payloadCanonical) as unknown };
    expect(entryHashInput(entry!)).toBe(canonicalJson(object));
    expect(entry!.hash).toBe(sha256(canonicalJson(object)));
  });

  it('starts a chain at sequence 1 after the genesis hash and links each entry to the one before', () => {
    const chain = chainOf(3);
    expect(chain.map((e) => e.sequence)).toEqual([1, 2, 3]);
    expect(chain[0]!.previousHash).toBe(GENESIS_PREVIOUS_HASH);
    expect(chain[2]!.previousHash).toBe(chain[1]!.hash);
  });
});

describe('chain verification', () => {
  it('accepts an intact chain and its recorded head', () => {
    const chain = chainOf(20);
    expect(verifyChain('chain-a', chain, sha256, { length: 20, headHash: chain[19]!.hash })).toEqual({ ok: true, length: 20, headHash: chain[19]!.hash });
  });

  it('detects any single alteration, removal, insertion, swap or rewritten hash, at or before the altered entry', () => {
    const chain = chainOf(30);
    const head = { length: 30, headHash: chain[29]!.hash };
    const alterations = fc.oneof(
      fc.record({ op: fc.constant('payload' as const), at: fc.nat(29), char: fc.nat(200) }),
      fc.record({ op: fc.constant('delete' as const), at: fc.nat(29) }),
      fc.record({ op: fc.constant('insert' as const), at: fc.nat(29) }),
      fc.record({ op: fc.constant('swap' as const), at: fc.nat(28) }),
      fc.record({ op: fc.constant('hash' as const), at: fc.nat(29) }),
      fc.record({ op: fc.constant('actor' as const), at: fc.nat(29) }),
    );
    fc.assert(
      fc.property(alterations, (alteration) => {
        const copy = chain.map((e) => ({ ...e }));
        const at = alteration.at;
        switch (alteration.op) {
          case 'payload': {
            const text = copy[at]!.payloadCanonical;
            const i = alteration.char % text.length;
            const changed = text.slice(0, i) + (text[i] === '1' ? '2' : '1') + text.slice(i + 1);
            copy[at] = { ...copy[at]!, payloadCanonical: changed };
            break;
          }
          case 'delete':
            copy.splice(at, 1);
            break;
          case 'insert':
            copy.splice(at, 0, { ...copy[at]! });
            break;
          case 'swap':
            [copy[at], copy[at + 1]] = [copy[at + 1]!, copy[at]!];
            break;
          case 'hash':
            copy[at] = { ...copy[at]!, hash: sha256('forged') };
            break;
          case 'actor':
            copy[at] = { ...copy[at]!, actorId: 'someone-else' };
            break;
        }
        const result = verifyChain('chain-a', copy, sha256, head);
        expect(result.ok).toBe(false);
        if (!result.ok && alteration.op !== 'delete') expect(result.problem.sequence).toBeLessThanOrEqual(at + 2);
      }),
      { seed: 42, numRuns: 500 },
    );
  });

  it('reports the first problem and keeps reporting it', () => {
    const chain = chainOf(5);
    const verifier = createChainVerifier('chain-a', sha256);
    verifier.push(chain[0]!);
    const problem = verifier.push(chain[2]!);
    expect(problem).toMatchObject({ chainId: 'chain-a', sequence: 2, kind: 'sequence-gap', expected: '2', found: '3' });
    expect(verifier.push(chain[1]!)).toEqual(problem);
  });
});

describe('checkpoints', () => {
  it('signs a canonical statement and accepts a chain that extends it', () => {
    const chain = chainOf(10);
    const checkpoint = { chainId: 'chain-a', length: 6, headHash: chain[5]!.hash, issuedAt: '2026-11-28T07:00:00.000Z' };
    expect(checkpointMessage(checkpoint)).toBe(
      `{"chainId":"chain-a","headHash":"${chain[5]!.hash}","issuedAt":"2026-11-28T07:00:00.000Z","length":6,"type":"custodia-ledger-checkpoint/1"}`,
    );
    expect(checkExtends(checkpoint, { length: 10, hashAtCheckpointLength: chain[5]!.hash })).toEqual({ extends: true });
    expect(checkExtends(checkpoint, { length: 5, hashAtCheckpointLength: null })).toMatchObject({ extends: false, reason: 'chain-shorter' });
    expect(checkExtends(checkpoint, { length: 10, hashAtCheckpointLength: chain[4]!.hash })).toMatchObject({ extends: false, reason: 'hash-differs' });
  });
});

describe('history views', () => {
  const entries = [
    { id: 'a', kind: 'acquisition', corrects: null },
    { id: 'b', kind: 'move', corrects: null },
    { id: 'c', kind: 'correction', corrects: 'a' },
  ];
  it('shows originals, corrected, or both', () => {
    expect(historyView(entries, 'both').map((e) => e.id)).toEqual(['a', 'b', 'c']);
    expect(historyView(entries, 'original').map((e) => e.id)).toEqual(['a', 'b']);
    expect(historyView(entries, 'corrected').map((e) => e.id)).toEqual(['b', 'c']);
  });
});

describe('hash input quoting', () => {
  it('quotes every string exactly as JSON.stringify does, fast path or not', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string(), (id, kind) => {
        const fields = { id, chainId: 'c', sequence: 1, previousHash: 'p', recordedAt: 'r', organisationId: 'o', actorId: kind, idempotencyKey: 'k', kind, corrects: null, payloadCanonical: '{}' };
        const { payloadCanonical: _payload, ...rest } = fields;
        expect(entryHashInput(fields)).toBe(canonicalJson({ ...rest, payload: {} }));
      }),
      { seed: 42, numRuns: 500 },
    );
  });
});
