import { quoteJsonString } from '../ledger/canonical-encoding';
import type { Sha256Hasher } from '../ledger/sha256';
import { sha256Hex } from '../ledger/sha256';

/**
 * The audit log is one hash chain (docs/ledger.md, "Audit log"): each event names the hash of the
 * event before it and its own hash covers every stored field. The text hashed is the JSON object of
 * the fields below with the keys in this (sorted) order, strings as `JSON.stringify` writes them and
 * the sequence as a decimal integer — canonical JSON (§2) for these values — encoded as UTF-8.
 * `details` is hashed as the stored text, not re-encoded. Migration 0010 keeps a frozen copy.
 */
export const AUDIT_GENESIS_HASH = '0'.repeat(64);

export interface ChainedAuditFields {
  readonly sequence: number;
  readonly previousHash: string;
  readonly id: string;
  readonly at: string;
  readonly type: string;
  readonly organisationId: string | null;
  readonly actorUserId: string | null;
  readonly subjectUserId: string | null;
  readonly requestId: string | null;
  readonly ip: string | null;
  readonly details: string;
}

const utf8 = new TextEncoder();
const quote = (text: string | null) => (text === null ? 'null' : quoteJsonString(text));

/** The exact text an audit event's hash covers. */
export function auditHashInput(e: ChainedAuditFields): string {
  return (
    '{"actorUserId":' +
    quote(e.actorUserId) +
    ',"at":' +
    quote(e.at) +
    ',"details":' +
    quote(e.details) +
    ',"id":' +
    quote(e.id) +
    ',"ip":' +
    quote(e.ip) +
    ',"organisationId":' +
    quote(e.organisationId) +
    ',"previousHash":' +
    quote(e.previousHash) +
    ',"requestId":' +
    quote(e.requestId) +
    ',"sequence":' +
    String(e.sequence) +
    ',"subjectUserId":' +
    quote(e.subjectUserId) +
    ',"type":' +
    quote(e.type) +
    '}'
  );
}

/** SHA-256 of `auditHashInput`, 64 lower-case hex digits. */
export function computeAuditHash(e: ChainedAuditFields, sha256: Sha256Hasher = sha256Hex): string {
  return sha256(utf8.encode(auditHashInput(e)));
}

/** What is wrong with the audit chain, naming the first event that does not match. */
export interface AuditChainProblem {
  /** The event where the chain stops matching, or null when only the head disagrees. */
  readonly eventId: string | null;
  readonly sequence: number | null;
  readonly kind: 'not-chained' | 'sequence' | 'previous-hash' | 'hash' | 'head';
  readonly expected: string;
  readonly found: string;
}

export interface StoredAuditLink extends ChainedAuditFields {
  readonly hash: string;
}

/**
 * Walks the chain one event at a time, in sequence order; `finish` compares the end with the
 * recorded head. The first mismatch is kept and later events are not judged.
 */
export function createAuditChainWalker(sha256: Sha256Hasher = sha256Hex): {
  step(event: StoredAuditLink): AuditChainProblem | null;
  finish(head: { length: number; headHash: string }): AuditChainProblem | null;
  readonly events: number;
} {
  let expectedSequence = 1;
  let previousHash = AUDIT_GENESIS_HASH;
  let events = 0;
  return {
    get events() {
      return events;
    },
    step(event) {
      events++;
      if (event.sequence !== expectedSequence)
        return {
          eventId: event.id,
          sequence: event.sequence,
          kind: 'sequence',
          expected: String(expectedSequence),
          found: String(event.sequence),
        };
      if (event.previousHash !== previousHash)
        return {
          eventId: event.id,
          sequence: event.sequence,
          kind: 'previous-hash',
          expected: previousHash,
          found: event.previousHash,
        };
      const hash = computeAuditHash(event, sha256);
      if (hash !== event.hash)
        return {
          eventId: event.id,
          sequence: event.sequence,
          kind: 'hash',
          expected: hash,
          found: event.hash,
        };
      expectedSequence++;
      previousHash = hash;
      return null;
    },
    finish(head) {
      const length = expectedSequence - 1;
      if (head.length !== length || head.headHash !== previousHash)
        return {
          eventId: null,
          sequence: null,
          kind: 'head',
          expected: `length ${head.length}, head ${head.headHash}`,
          found: `length ${length}, head ${previousHash}`,
        };
      return null;
    },
  };
}
