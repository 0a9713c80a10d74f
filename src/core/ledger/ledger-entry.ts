import type { JsonValue } from './canonical-encoding';
import { canonicalJson, isWellFormedUnicode, quoteJsonString } from './canonical-encoding';
import type { Sha256Hasher } from './sha256';
import { sha256Hex } from './sha256';

/**
 * The ledger entry (architecture: "The ledger is the truth"; docs/ledger.md §3 is the byte-level
 * specification). Entries are appended to one chain per organisation and never changed: each
 * names the hash of the one before it, and its own hash covers every field but the hash itself.
 */

/** The previous hash of the first entry of every chain: 64 zeros. */
export const GENESIS_PREVIOUS_HASH = '0'.repeat(64);

/**
 * Kinds the application knows today. The set is open: hashing and verifying never look a kind up,
 * so a new kind (issue, return, stock-count, loss, theft, recovery…) is added here and old entries
 * stay as they are. 'facility-registered' is written by the registry projection (core/holdings).
 */
export const LEDGER_ENTRY_KINDS = [
  'facility-registered',
  'acquisition',
  'transfer-out',
  'transfer-in',
  'move',
  'marking',
  'ammunition-received',
  'ammunition-consumed',
  'ammunition-returned-to-supplier',
  'disposal',
  'correction',
  'firearm-reported-missing',
  'firearm-recovered',
] as const;
export type KnownLedgerEntryKind = (typeof LEDGER_ENTRY_KINDS)[number];
/** A known kind, or any other lower-case kebab-case word (`string & {}` keeps editor completion). */
export type LedgerEntryKind = KnownLedgerEntryKind | (string & {});

export function isKnownLedgerEntryKind(kind: string): kind is KnownLedgerEntryKind {
  return (LEDGER_ENTRY_KINDS as readonly string[]).includes(kind);
}

/** Every field of an entry except its payload and its hash; all of them are hashed. */
export interface LedgerEntryHeader {
  /** Unique across all chains (UUIDv7 by convention); `corrects` of a later entry names it. */
  readonly id: string;
  /** One chain per organisation. */
  readonly chainId: string;
  /** 1 for the first entry of the chain, then 2, 3… with no gap. */
  readonly sequence: number;
  /** The hash of the entry at `sequence − 1`, or GENESIS_PREVIOUS_HASH for sequence 1. */
  readonly previousHash: string;
  readonly organisationId: string;
  /** Who recorded it (a user id, or `token:<id>` for a machine client). */
  readonly actorId: string;
  /** ISO-8601 UTC with milliseconds, e.g. 2026-11-28T16:37:41.123Z. */
  readonly recordedAt: string;
  /** A retry with the same key on the same chain returns the first entry and writes nothing. */
  readonly idempotencyKey: string;
  readonly kind: LedgerEntryKind;
  /** The `id` of the entry this one corrects (ATF Ruling 2016-1 model), or null. */
  readonly corrects: string | null;
}

/** An entry as the application reads it: the payload as a value. */
export interface LedgerEntry extends LedgerEntryHeader {
  readonly payload: JsonValue;
  /** SHA-256 of the entry's canonical encoding without `hash`: 64 lower-case hex digits. */
  readonly hash: string;
}

/** An entry as storage keeps it: the payload as the exact canonical text that was hashed. */
export interface StoredLedgerEntry extends LedgerEntryHeader {
  readonly payloadCanonical: string;
  readonly hash: string;
}

/** What `sealEntry` returns: both forms at once, so storage writes the text without encoding again. */
export interface SealedLedgerEntry extends LedgerEntry {
  readonly payloadCanonical: string;
}

/**
 * What a hash is computed from. When `payloadCanonical` is present it is hashed as it stands and
 * `payload` is ignored: it is the stored text, and hashing it needs no parse and no re-encoding.
 */
export type HashableEntry = LedgerEntryHeader &
  ({ readonly payload: JsonValue } | { readonly payloadCanonical: string });

/** What the application supplies; `sealEntry` adds sequence, previous hash and hash. */
export interface LedgerEntryDraft {
  readonly id: string;
  readonly chainId: string;
  readonly organisationId: string;
  readonly actorId: string;
  readonly recordedAt: string;
  readonly idempotencyKey: string;
  readonly kind: LedgerEntryKind;
  /** Any value the canonical encoding accepts (checked when sealed; the error names the path). */
  readonly payload: unknown;
  readonly corrects: string | null;
}

/** Where a chain stands: how many entries it has and the hash of the last (64 zeros when empty). */
export interface ChainHead {
  readonly chainId: string;
  readonly length: number;
  readonly headHash: string;
}

export interface HashOptions {
  /** SHA-256 to use instead of the pure-TypeScript one (see sha256.ts), e.g. node:crypto's. */
  readonly sha256?: Sha256Hasher;
}

/** Thrown by `sealEntry` when a draft or the chain head it is sealed on is not well formed. */
export interface LedgerEntryError extends Error {
  readonly name: 'LedgerEntryError';
  readonly field: string;
  readonly reason: string;
}

export function isLedgerEntryError(error: unknown): error is LedgerEntryError {
  return error instanceof Error && error.name === 'LedgerEntryError' && 'field' in error;
}

function ledgerEntryError(field: string, reason: string): LedgerEntryError {
  return Object.assign(new Error(`${field}: ${reason}`), {
    name: 'LedgerEntryError' as const,
    field,
    reason,
  });
}

export const SHA256_HEX = /^[0-9a-f]{64}$/;
const RECORDED_AT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const KIND = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** True for an ISO-8601 UTC instant with milliseconds that names a real time: 2026-11-28T16:37:41.123Z. */
export function isUtcInstant(text: unknown): text is string {
  if (typeof text !== 'string' || !RECORDED_AT.test(text)) return false;
  const year = Number(text.slice(0, 4));
  const month = Number(text.slice(5, 7));
  const day = Number(text.slice(8, 10));
  const isLeapYear = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const daysInMonth = month === 2 ? (isLeapYear ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  // No leap second: ECMAScript time, like POSIX time, has none.
  return (
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth &&
    Number(text.slice(11, 13)) <= 23 &&
    Number(text.slice(14, 16)) <= 59 &&
    Number(text.slice(17, 19)) <= 59
  );
}

export function emptyChainHead(chainId: string): ChainHead {
  return { chainId, length: 0, headHash: GENESIS_PREVIOUS_HASH };
}

/** The head of the chain once `entry` is its last entry. */
export function nextChainHead(entry: {
  readonly chainId: string;
  readonly sequence: number;
  readonly hash: string;
}): ChainHead {
  return { chainId: entry.chainId, length: entry.sequence, headHash: entry.hash };
}

/**
 * The exact text whose UTF-8 bytes are hashed: the canonical JSON of the object with the eleven
 * members actorId, chainId, corrects, id, idempotencyKey, kind, organisationId, payload,
 * previousHash, recordedAt, sequence (already in canonical order). Written out by hand, with no
 * sort and no walk, because it runs for every entry sealed (`createEntryHasher` builds the same
 * text for the verifier); property tests hold both equal to `canonicalJson` of the entry.
 */
export function entryHashInput(entry: HashableEntry): string {
  const payload =
    'payloadCanonical' in entry ? entry.payloadCanonical : canonicalJson(entry.payload, '$.payload');
  return hashInputOf(entry, payload);
}

function hashInputOf(entry: LedgerEntryHeader, payload: string): string {
  return (
    '{"actorId":' +
    quoteJsonString(entry.actorId) +
    ',"chainId":' +
    quoteJsonString(entry.chainId) +
    ',"corrects":' +
    (entry.corrects === null ? 'null' : quoteJsonString(entry.corrects)) +
    ',"id":' +
    quoteJsonString(entry.id) +
    ',"idempotencyKey":' +
    quoteJsonString(entry.idempotencyKey) +
    ',"kind":' +
    quoteJsonString(entry.kind) +
    ',"organisationId":' +
    quoteJsonString(entry.organisationId) +
    ',"payload":' +
    payload +
    ',"previousHash":' +
    quoteJsonString(entry.previousHash) +
    ',"recordedAt":' +
    quoteJsonString(entry.recordedAt) +
    ',"sequence":' +
    String(entry.sequence) +
    '}'
  );
}

const utf8 = new TextEncoder();

/** The entry's hash: SHA-256 of the UTF-8 bytes of `entryHashInput(entry)`, lower-case hex. */
export function computeEntryHash(entry: HashableEntry, options: HashOptions = {}): string {
  return (options.sha256 ?? sha256Hex)(utf8.encode(entryHashInput(entry)));
}

/**
 * Put a draft at the head of its chain: sequence `previous.length + 1`, `previous.headHash` as
 * previous hash, and its own hash. `previous` is `emptyChainHead(chainId)` for the first entry and
 * `nextChainHead(entry)` after each. Throws LedgerEntryError for a malformed draft or head, and
 * CanonicalEncodingError (path under `$.payload`) for a payload with no canonical form.
 */
export function sealEntry(
  draft: LedgerEntryDraft,
  previous: ChainHead,
  options: HashOptions = {},
): SealedLedgerEntry {
  checkDraft(draft);
  checkHead(previous, draft.chainId);
  return seal(draft, canonicalJson(draft.payload, '$.payload'), previous, options);
}

/**
 * `sealEntry` for a caller that already has the payload's canonical text, from an encoder proven
 * to give exactly `canonicalJson(draft.payload, '$.payload')` (e.g. `canonicalAcquisitionJson`,
 * on the bulk-import path). The text is what is hashed and stored, so it must be that one.
 */
export function sealEncodedEntry(
  draft: LedgerEntryDraft,
  payloadCanonical: string,
  previous: ChainHead,
  options: HashOptions = {},
): SealedLedgerEntry {
  checkDraft(draft);
  checkHead(previous, draft.chainId);
  return seal(draft, payloadCanonical, previous, options);
}

function seal(
  draft: LedgerEntryDraft,
  payloadCanonical: string,
  previous: ChainHead,
  options: HashOptions,
): SealedLedgerEntry {
  const header: LedgerEntryHeader = {
    id: draft.id,
    chainId: draft.chainId,
    sequence: previous.length + 1,
    previousHash: previous.headHash,
    organisationId: draft.organisationId,
    actorId: draft.actorId,
    recordedAt: draft.recordedAt,
    idempotencyKey: draft.idempotencyKey,
    kind: draft.kind,
    corrects: draft.corrects,
  };
  const hash = (options.sha256 ?? sha256Hex)(utf8.encode(hashInputOf(header, payloadCanonical)));
  if (!SHA256_HEX.test(hash))
    throw ledgerEntryError('options.sha256', 'the hasher must return 64 lower-case hex digits');
  // Built field by field rather than spread: sealing is on the bulk-import path.
  return {
    id: header.id,
    chainId: header.chainId,
    sequence: header.sequence,
    previousHash: header.previousHash,
    organisationId: header.organisationId,
    actorId: header.actorId,
    recordedAt: header.recordedAt,
    idempotencyKey: header.idempotencyKey,
    kind: header.kind,
    corrects: header.corrects,
    // Kept by reference, not copied: entries are immutable, and the text is what was hashed.
    payload: draft.payload as JsonValue,
    payloadCanonical,
    hash,
  };
}

/**
 * Whether `draft` repeats the request that wrote `entry` (same chain, organisation, kind, corrected
 * entry and payload), so that a retry with the entry's idempotency key may return it. When false,
 * the key was reused for a different request: a conflict, not a retry.
 */
export function isRetryOf(draft: LedgerEntryDraft, entry: LedgerEntry | StoredLedgerEntry): boolean {
  const stored =
    'payloadCanonical' in entry ? entry.payloadCanonical : canonicalJson(entry.payload, '$.payload');
  return (
    draft.chainId === entry.chainId &&
    draft.idempotencyKey === entry.idempotencyKey &&
    draft.organisationId === entry.organisationId &&
    draft.kind === entry.kind &&
    draft.corrects === entry.corrects &&
    canonicalJson(draft.payload, '$.payload') === stored
  );
}

export function toStoredEntry(entry: LedgerEntry): StoredLedgerEntry {
  return {
    ...headerOf(entry),
    payloadCanonical: canonicalJson(entry.payload, '$.payload'),
    hash: entry.hash,
  };
}

/** The payload parsed from its stored text (canonical text parses back to the value that was sealed). */
export function fromStoredEntry(entry: StoredLedgerEntry): LedgerEntry {
  return { ...headerOf(entry), payload: JSON.parse(entry.payloadCanonical) as JsonValue, hash: entry.hash };
}

function headerOf(entry: LedgerEntryHeader): LedgerEntryHeader {
  return {
    id: entry.id,
    chainId: entry.chainId,
    sequence: entry.sequence,
    previousHash: entry.previousHash,
    organisationId: entry.organisationId,
    actorId: entry.actorId,
    recordedAt: entry.recordedAt,
    idempotencyKey: entry.idempotencyKey,
    kind: entry.kind,
    corrects: entry.corrects,
  };
}

function checkText(field: string, value: unknown): void {
  if (typeof value !== 'string' || value === '') throw ledgerEntryError(field, 'must be a non-empty string');
  if (!isWellFormedUnicode(value)) throw ledgerEntryError(field, 'contains a lone UTF-16 surrogate');
}

function checkDraft(draft: LedgerEntryDraft): void {
  for (const field of ['id', 'chainId', 'organisationId', 'actorId', 'idempotencyKey'] as const) {
    checkText(field, draft[field]);
  }
  if (!isUtcInstant(draft.recordedAt)) {
    throw ledgerEntryError(
      'recordedAt',
      'must be an ISO-8601 UTC instant with milliseconds, e.g. 2026-11-28T16:37:41.123Z',
    );
  }
  if (typeof draft.kind !== 'string' || !KIND.test(draft.kind)) {
    throw ledgerEntryError('kind', 'must be lower-case kebab-case, e.g. transfer-out');
  }
  if (draft.corrects !== null) {
    checkText('corrects', draft.corrects);
    if (draft.corrects === draft.id) throw ledgerEntryError('corrects', 'an entry cannot correct itself');
  }
}

function checkHead(previous: ChainHead, chainId: string): void {
  if (previous.chainId !== chainId) {
    throw ledgerEntryError(
      'chainId',
      `the draft is for chain ${chainId} but the head is of chain ${previous.chainId}`,
    );
  }
  if (
    !Number.isSafeInteger(previous.length) ||
    previous.length < 0 ||
    previous.length === Number.MAX_SAFE_INTEGER
  ) {
    throw ledgerEntryError('previous.length', 'must be a non-negative safe integer');
  }
  if (typeof previous.headHash !== 'string' || !SHA256_HEX.test(previous.headHash)) {
    throw ledgerEntryError('previous.headHash', 'must be 64 lower-case hex digits');
  }
  if (previous.length === 0 && previous.headHash !== GENESIS_PREVIOUS_HASH) {
    throw ledgerEntryError('previous.headHash', 'an empty chain has the genesis hash (64 zeros)');
  }
}
