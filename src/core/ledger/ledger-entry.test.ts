import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { draftAt, jsonObject, nodeSha256, sealChain } from '../../../tests/support/ledger-fixtures';
import { canonicalJson, isCanonicalEncodingError } from './canonical-encoding';
import { createEntryHasher } from './entry-hasher';
import type { LedgerEntryDraft } from './ledger-entry';
import {
  computeEntryHash,
  emptyChainHead,
  entryHashInput,
  fromStoredEntry,
  GENESIS_PREVIOUS_HASH,
  isKnownLedgerEntryKind,
  isLedgerEntryError,
  isRetryOf,
  isUtcInstant,
  nextChainHead,
  sealEntry,
  toStoredEntry,
} from './ledger-entry';
import { verifyChain } from './verify-chain';

const HASHED_FIELDS = [
  'actorId',
  'chainId',
  'corrects',
  'id',
  'idempotencyKey',
  'kind',
  'organisationId',
  'payload',
  'previousHash',
  'recordedAt',
  'sequence',
];

function refusalOf(seal: () => unknown) {
  try {
    seal();
  } catch (error) {
    if (isLedgerEntryError(error)) return { field: error.field, message: error.message };
    if (isCanonicalEncodingError(error)) return { field: error.path, message: error.message };
    throw error;
  }
  throw new Error('expected the draft to be refused');
}

const text = fc.oneof(
  fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }),
  fc.constantFrom('"', '\\', 'ñandú', '𝄞'),
);
const draftArbitrary = fc.record({
  id: text,
  chainId: text,
  organisationId: text,
  actorId: text,
  recordedAt: fc
    .integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) })
    .map((ms) => new Date(ms).toISOString()),
  idempotencyKey: text,
  kind: fc.constantFrom('acquisition', 'transfer-out', 'stock-count', 'x1-y2'),
  payload: jsonObject,
  corrects: fc.option(fc.constant('corrected-entry-id'), { nil: null }),
});

describe('sealing a ledger entry', () => {
  it('starts a chain at sequence 1 after the genesis hash and links each entry to the one before', () => {
    const chain = sealChain([{ n: 1 }, { n: 2 }, { n: 3 }]);
    expect(chain.map((entry) => entry.sequence)).toEqual([1, 2, 3]);
    expect(chain[0]!.previousHash).toBe(GENESIS_PREVIOUS_HASH);
    expect(GENESIS_PREVIOUS_HASH).toBe('0000000000000000000000000000000000000000000000000000000000000000');
    expect(chain[1]!.previousHash).toBe(chain[0]!.hash);
    expect(chain[2]!.previousHash).toBe(chain[1]!.hash);
    expect(nextChainHead(chain[2]!)).toEqual({ chainId: 'chain-acme', length: 3, headHash: chain[2]!.hash });
    expect(emptyChainHead('chain-acme')).toEqual({
      chainId: 'chain-acme',
      length: 0,
      headHash: GENESIS_PREVIOUS_HASH,
    });
  });

  it('hashes the UTF-8 canonical JSON of the entry without its hash, whatever the field values', () => {
    fc.assert(
      fc.property(draftArbitrary, fc.nat(1000), (draft, length) => {
        const head =
          length === 0
            ? emptyChainHead(draft.chainId)
            : { chainId: draft.chainId, length, headHash: 'ab'.repeat(32) };
        const entry = sealEntry(draft, head);
        const { hash, payloadCanonical, ...withoutHash } = entry;
        expect(Object.keys(withoutHash).sort()).toEqual(HASHED_FIELDS);
        const canonical = canonicalJson(withoutHash);
        expect(entryHashInput(entry)).toBe(canonical);
        expect(payloadCanonical).toBe(canonicalJson(draft.payload));
        expect(hash).toBe(createHash('sha256').update(canonical, 'utf8').digest('hex'));
        expect(computeEntryHash(entry, { sha256: nodeSha256 })).toBe(hash);
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it('gives a different hash when any one hashed field changes', () => {
    const [entry] = sealChain([{ firearmId: 'f-1', rounds: 50 }]);
    const changed = {
      actorId: 'user-other',
      chainId: 'chain-other',
      corrects: 'some-entry',
      id: 'another-id',
      idempotencyKey: 'key-other',
      kind: 'move',
      organisationId: 'org-other',
      payload: { firearmId: 'f-1', rounds: 51 },
      previousHash: '1'.repeat(64),
      recordedAt: '2026-11-28T06:00:00.001Z',
      sequence: 2,
    };
    expect(Object.keys(changed).sort()).toEqual(HASHED_FIELDS);
    const { payloadCanonical: _text, ...valueEntry } = entry!;
    for (const [field, value] of Object.entries(changed)) {
      expect(computeEntryHash({ ...valueEntry, [field]: value }), field).not.toBe(entry!.hash);
    }
    const withAnotherHash = { ...valueEntry, hash: 'f'.repeat(64) };
    expect(computeEntryHash(withAnotherHash)).toBe(entry!.hash);
  });

  it('hashes a payload given as a value and as its stored canonical text alike', () => {
    const [sealed] = sealChain([{ z: [1, 'two'], a: { nested: true } }]);
    const stored = toStoredEntry(sealed!);
    expect(stored.payloadCanonical).toBe('{"a":{"nested":true},"z":[1,"two"]}');
    expect('payload' in stored).toBe(false);
    const read = fromStoredEntry(stored);
    expect(read.payload).toEqual({ a: { nested: true }, z: [1, 'two'] });
    expect('payloadCanonical' in read).toBe(false);
    expect(computeEntryHash(stored)).toBe(sealed!.hash);
    expect(computeEntryHash(read)).toBe(sealed!.hash);
  });

  it('hashes entry after entry exactly as computeEntryHash does, however the fields change between them', () => {
    const field = fc.constantFrom('a', 'b', 'é', 'x"y', '\\', '\n');
    const entries = fc.array(
      fc.record({
        id: field,
        chainId: field,
        organisationId: field,
        actorId: field,
        recordedAt: field,
        idempotencyKey: field,
        kind: field,
        corrects: fc.option(field, { nil: null }),
        payloadCanonical: fc.constantFrom('{}', '{"a":"é"}', '[1,2]'),
        linkToPrevious: fc.boolean(),
        sequence: fc.nat(5),
      }),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(entries, (drafts) => {
        const hashOf = createEntryHasher({ sha256: nodeSha256 });
        let previous = GENESIS_PREVIOUS_HASH;
        for (const { linkToPrevious, ...entry } of drafts) {
          const hashable = { ...entry, previousHash: linkToPrevious ? previous : 'x"' };
          const expected = computeEntryHash(hashable);
          expect(hashOf(hashable)).toBe(expected);
          previous = expected;
        }
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it('hashes long, multi-byte entries in a reused buffer exactly as computeEntryHash does', () => {
    const hashOf = createEntryHasher({ sha256: nodeSha256 });
    const chain = sealChain([{ note: 'é𝄞'.repeat(3000) }, { note: 'short' }, { note: '水'.repeat(10_000) }]);
    for (const entry of chain) expect(hashOf(entry)).toBe(entry.hash);
  });

  it('keeps kinds an open set: an unknown kind seals and verifies like a known one', () => {
    expect(isKnownLedgerEntryKind('transfer-out')).toBe(true);
    expect(isKnownLedgerEntryKind('stock-count')).toBe(false);
    const first = sealEntry(draftAt('chain-acme', 0, { firearmId: 'f-1' }), emptyChainHead('chain-acme'));
    const counted = sealEntry(
      { ...draftAt('chain-acme', 1, { counted: 12 }), kind: 'stock-count' },
      nextChainHead(first),
    );
    expect(verifyChain([first, counted])).toMatchObject({ ok: true, length: 2 });
  });

  it('refuses a draft or a head that is not well formed, naming the field', () => {
    const head = emptyChainHead('chain-acme');
    const draft: LedgerEntryDraft = draftAt('chain-acme', 0, { rounds: 5 });
    const refuse = (change: Partial<LedgerEntryDraft>) =>
      refusalOf(() => sealEntry({ ...draft, ...change }, head)).field;
    expect(refuse({ recordedAt: '2026-11-28T06:00:00Z' })).toBe('recordedAt');
    expect(refuse({ recordedAt: '2026-11-28T06:00:00.000+00:00' })).toBe('recordedAt');
    expect(refuse({ recordedAt: '2026-02-30T06:00:00.000Z' })).toBe('recordedAt');
    expect(refuse({ kind: 'Transfer_Out' })).toBe('kind');
    expect(refuse({ kind: '' })).toBe('kind');
    expect(refuse({ actorId: '' })).toBe('actorId');
    expect(refuse({ idempotencyKey: 'x\ud800' })).toBe('idempotencyKey');
    expect(refuse({ corrects: draft.id })).toBe('corrects');
    expect(refuse({ payload: { at: new Date(0) } })).toBe('$.payload.at');
    expect(refuse({ payload: { rounds: Number.NaN } })).toBe('$.payload.rounds');
    const sealOn = (on: typeof head) => refusalOf(() => sealEntry(draft, on)).field;
    expect(sealOn({ ...head, chainId: 'chain-other' })).toBe('chainId');
    expect(sealOn({ ...head, headHash: '1'.repeat(64) })).toBe('previous.headHash');
    expect(sealOn({ ...head, length: 4, headHash: 'AB'.repeat(32) })).toBe('previous.headHash');
    expect(sealOn({ ...head, length: -1 })).toBe('previous.length');
    expect(sealOn({ ...head, length: 1.5, headHash: 'ab'.repeat(32) })).toBe('previous.length');
    expect(
      refusalOf(() => sealEntry(draft, head, { sha256: (bytes) => nodeSha256(bytes).toUpperCase() })).field,
    ).toBe('options.sha256');
  });

  it('recognises UTC instants with milliseconds that name a real time', () => {
    expect(isUtcInstant('2026-11-28T16:37:41.123Z')).toBe(true);
    expect(isUtcInstant('2024-02-29T23:59:59.999Z')).toBe(true);
    expect(isUtcInstant('2026-02-29T00:00:00.000Z')).toBe(false);
    expect(isUtcInstant('2026-11-28T24:00:00.000Z')).toBe(false);
    expect(isUtcInstant('2026-11-28 16:37:41.123Z')).toBe(false);
    expect(isUtcInstant(1_700_000_000_000)).toBe(false);
  });

  it('tells a retry of the same request from a reuse of its idempotency key', () => {
    const [entry] = sealChain([{ firearmId: 'f-1', facility: { to: 'B', from: 'A' } }]);
    const retry = {
      ...draftAt('chain-acme', 0, { facility: { from: 'A', to: 'B' }, firearmId: 'f-1' }),
      id: 'new-id',
    };
    expect(isRetryOf({ ...retry, recordedAt: '2026-11-29T00:00:00.000Z' }, entry!)).toBe(true);
    expect(isRetryOf(retry, toStoredEntry(entry!))).toBe(true);
    expect(
      isRetryOf({ ...retry, payload: { firearmId: 'f-2', facility: { from: 'A', to: 'B' } } }, entry!),
    ).toBe(false);
    expect(isRetryOf({ ...retry, kind: 'transfer-out' }, entry!)).toBe(false);
    expect(isRetryOf({ ...retry, corrects: 'x' }, entry!)).toBe(false);
  });
});
