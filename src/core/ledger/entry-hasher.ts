import { canonicalJson, quoteJsonString } from './canonical-encoding';
import type { HashableEntry, HashOptions } from './ledger-entry';
import { sha256Hex } from './sha256';

const utf8 = new TextEncoder();

/**
 * `computeEntryHash` for many entries in a row (the verifier's inner loop). Builds the same text
 * as `entryHashInput` but quotes a field only when it differs from the same field of the previous
 * entry (chain, organisation, actor and kind rarely change; the previous hash is the hash just
 * computed, known to be plain hex), and encodes into one reused buffer. Not re-entrant.
 */
export function createEntryHasher(options: HashOptions = {}): (entry: HashableEntry) => string {
  const sha256 = options.sha256 ?? sha256Hex;
  let buffer = new Uint8Array(8192);
  const quote = createQuoteMemo();
  const quoteChain = createQuoteMemo();
  const quoteOrganisation = createQuoteMemo();
  const quoteActor = createQuoteMemo();
  const quoteKind = createQuoteMemo();
  let lastHash = '';
  return (entry) => {
    const payload =
      'payloadCanonical' in entry ? entry.payloadCanonical : canonicalJson(entry.payload, '$.payload');
    const previousHash =
      entry.previousHash === lastHash ? `"${lastHash}"` : quoteJsonString(entry.previousHash);
    const text =
      '{"actorId":' +
      quoteActor(entry.actorId) +
      ',"chainId":' +
      quoteChain(entry.chainId) +
      ',"corrects":' +
      (entry.corrects === null ? 'null' : quote(entry.corrects)) +
      ',"id":' +
      quote(entry.id) +
      ',"idempotencyKey":' +
      quote(entry.idempotencyKey) +
      ',"kind":' +
      quoteKind(entry.kind) +
      ',"organisationId":' +
      quoteOrganisation(entry.organisationId) +
      ',"payload":' +
      payload +
      ',"previousHash":' +
      previousHash +
      ',"recordedAt":' +
      quote(entry.recordedAt) +
      ',"sequence":' +
      String(entry.sequence) +
      '}';
    // A UTF-16 code unit never takes more than 3 UTF-8 bytes (a surrogate pair: 2 units, 4 bytes).
    if (text.length * 3 > buffer.length) buffer = new Uint8Array(text.length * 6);
    const { written } = utf8.encodeInto(text, buffer);
    lastHash = sha256(buffer.subarray(0, written));
    return lastHash;
  };
}

/** `quoteJsonString` that remembers its last answer, for a field that repeats from entry to entry. */
function createQuoteMemo(): (text: string) => string {
  let lastText: string | null = null;
  let lastQuoted = '';
  return (text) => {
    if (text !== lastText) {
      lastQuoted = quoteJsonString(text);
      lastText = text;
    }
    return lastQuoted;
  };
}
