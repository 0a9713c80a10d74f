/**
 * For the ledger's tests (src/core/ledger/*.test.ts): arbitrary canonical-JSON values, a
 * deterministic key shuffler and sealed test chains. Kept out of src/core because it imports
 * fast-check and node:crypto (core imports only core).
 */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import type { JsonValue } from '../../src/core/ledger/canonical-encoding';
import type { LedgerEntryDraft, SealedLedgerEntry } from '../../src/core/ledger/ledger-entry';
import { emptyChainHead, nextChainHead, sealEntry } from '../../src/core/ledger/ledger-entry';
import type { Sha256Hasher } from '../../src/core/ledger/sha256';

const jsonString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.constantFrom(
    '',
    '"',
    '\\',
    '\u2028',
    '\u0000',
    '\u007f',
    '𝄞',
    'é',
    '\uff61',
    '10',
    '9',
    '__proto__',
    'a b',
  ),
);

const jsonNumber = fc.oneof(
  fc.maxSafeInteger(),
  fc.integer({ min: -1000, max: 1000 }),
  fc
    .double({ noNaN: true, noDefaultInfinity: true })
    .filter((n) => !Object.is(n, -0) && (!Number.isInteger(n) || Number.isSafeInteger(n))),
);

/** Any value the canonical encoding accepts (nested at most a few levels). */
export const jsonValue: fc.Arbitrary<JsonValue> = fc.letrec<{
  value: JsonValue;
  array: JsonValue[];
  object: Record<string, JsonValue>;
}>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    jsonNumber,
    jsonString,
    tie('array'),
    tie('object'),
  ),
  array: fc.array(tie('value'), { maxLength: 5 }),
  object: fc.dictionary(jsonString, tie('value'), { maxKeys: 6, noNullPrototype: true }),
})).value;

/** A plain object payload, as entries carry. */
export const jsonObject: fc.Arbitrary<Record<string, JsonValue>> = fc.dictionary(jsonString, jsonValue, {
  maxKeys: 6,
  noNullPrototype: true,
});

/** The same value with the keys of every object re-inserted in a pseudo-random order. */
export function shuffleKeysDeeply(value: JsonValue, seed: number): JsonValue {
  let state = seed >>> 0 || 1;
  const next = () => {
    // xorshift32: deterministic, so a failing case replays exactly.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x100000000;
  };
  const visit = (item: JsonValue): JsonValue => {
    if (Array.isArray(item)) return item.map(visit);
    if (item === null || typeof item !== 'object') return item;
    const entries = Object.entries(item);
    for (let i = entries.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [entries[i], entries[j]] = [entries[j]!, entries[i]!];
    }
    const out: Record<string, JsonValue> = {};
    // defineProperty, so that a key named "__proto__" stays an ordinary member.
    for (const [key, member] of entries) {
      Object.defineProperty(out, key, {
        value: visit(member),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  };
  return visit(value);
}

/** node:crypto's SHA-256, as the server injects it. */
export const nodeSha256: Sha256Hasher = (bytes) => createHash('sha256').update(bytes).digest('hex');

/** The draft of the entry at `index` (0-based) of a test chain. */
export function draftAt(chainId: string, index: number, payload: unknown): LedgerEntryDraft {
  return {
    id: `0193c6a0-0000-7000-8000-${String(index).padStart(12, '0')}`,
    chainId,
    organisationId: 'org-acme',
    actorId: 'user-armourer',
    recordedAt: new Date(Date.UTC(2026, 10, 28, 6, 0, 0, index)).toISOString(),
    idempotencyKey: `key-${index}`,
    kind: index % 3 === 0 ? 'acquisition' : index % 3 === 1 ? 'move' : 'ammunition-consumed',
    payload,
    corrects: null,
  };
}

/** A sealed chain with one entry per payload. */
export function sealChain(
  payloads: readonly unknown[],
  chainId = 'chain-acme',
  sha256?: Sha256Hasher,
): SealedLedgerEntry[] {
  const entries: SealedLedgerEntry[] = [];
  let head = emptyChainHead(chainId);
  payloads.forEach((payload, index) => {
    const entry = sealEntry(draftAt(chainId, index, payload), head, sha256 ? { sha256 } : {});
    entries.push(entry);
    head = nextChainHead(entry);
  });
  return entries;
}
