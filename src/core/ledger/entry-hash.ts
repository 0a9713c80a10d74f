import { canonicalJson } from './canonical-json';

/** The first entry of a chain names this as its previous hash. */
export const GENESIS_PREVIOUS_HASH = '0'.repeat(64);

/** SHA-256 of a UTF-8 string, lower-case hex. Injected: node:crypto on the server, WebCrypto elsewhere. */
export type Sha256Hex = (text: string) => string;

/** Everything about an entry that its hash covers (every field but the hash itself). */
export interface HashedFields {
  readonly id: string;
  readonly chainId: string;
  readonly sequence: number;
  readonly previousHash: string;
  readonly recordedAt: string;
  readonly organisationId: string;
  readonly actorId: string;
  readonly idempotencyKey: string;
  readonly kind: string;
  readonly corrects: string | null;
  /** The payload already in canonical JSON: the exact text stored with the entry. */
  readonly payloadCanonical: string;
}

// Strings with nothing to escape are quoted as they are; anything else goes through JSON.stringify,
// so the result is always exactly JSON.stringify's (the fast path only skips work).
const NOTHING_TO_ESCAPE = /^[^"\\\u0000-\u001f\ud800-\udfff]*$/;
const q = (value: string): string => (NOTHING_TO_ESCAPE.test(value) ? `"${value}"` : JSON.stringify(value));

/**
 * The hashed text: the canonical JSON of the entry object with its keys in canonical order. Built
 * by concatenation so that verifying needs no parse of the stored payload; `entry-hash.test.ts`
 * checks it equals canonicalJson() of the same object.
 */
export function entryHashInput(e: HashedFields): string {
  return (
    `{"actorId":${q(e.actorId)},"chainId":${q(e.chainId)},"corrects":${e.corrects === null ? 'null' : q(e.corrects)},` +
    `"id":${q(e.id)},"idempotencyKey":${q(e.idempotencyKey)},"kind":${q(e.kind)},"organisationId":${q(e.organisationId)},` +
    `"payload":${e.payloadCanonical},"previousHash":${q(e.previousHash)},"recordedAt":${q(e.recordedAt)},"sequence":${e.sequence}}`
  );
}

export function computeEntryHash(e: HashedFields, sha256: Sha256Hex): string {
  return sha256(entryHashInput(e));
}

export interface EntryDraftToSeal {
  readonly id: string;
  readonly chainId: string;
  readonly recordedAt: string;
  readonly organisationId: string;
  readonly actorId: string;
  readonly idempotencyKey: string;
  readonly kind: string;
  readonly corrects: string | null;
  readonly payload: unknown;
}

export interface SealedEntry extends HashedFields {
  readonly hash: string;
}

/** Put a draft at the head of its chain: next sequence, the head's hash as previous, its own hash. */
export function sealEntry(draft: EntryDraftToSeal, head: { length: number; headHash: string }, sha256: Sha256Hex): SealedEntry {
  const fields: HashedFields = {
    id: draft.id,
    chainId: draft.chainId,
    sequence: head.length + 1,
    previousHash: head.length === 0 ? GENESIS_PREVIOUS_HASH : head.headHash,
    recordedAt: draft.recordedAt,
    organisationId: draft.organisationId,
    actorId: draft.actorId,
    idempotencyKey: draft.idempotencyKey,
    kind: draft.kind,
    corrects: draft.corrects,
    payloadCanonical: canonicalJson(draft.payload, '$.payload'),
  };
  return { ...fields, hash: computeEntryHash(fields, sha256) };
}
