import type { SealedEntry, Sha256Hex } from './entry-hash';
import { computeEntryHash, GENESIS_PREVIOUS_HASH } from './entry-hash';

export type ChainProblemKind =
  | 'wrong-chain'
  | 'sequence-gap'
  | 'previous-hash-mismatch'
  | 'hash-mismatch'
  | 'length-mismatch'
  | 'head-mismatch';

/** The first entry that does not match: which chain, which sequence, what was expected and found. */
export interface ChainProblem {
  readonly chainId: string;
  readonly sequence: number;
  readonly kind: ChainProblemKind;
  readonly expected: string;
  readonly found: string;
}

export interface ChainVerifier {
  /** Feed entries in stored sequence order; returns the first problem, then keeps returning it. */
  push(entry: SealedEntry): ChainProblem | null;
  /** After the last entry: compare with the chain's recorded head (length and hash). */
  finish(recordedHead?: { length: number; headHash: string }): ChainProblem | null;
  readonly length: number;
  readonly headHash: string;
}

/**
 * Walk one chain: sequences 1, 2, 3… with no gap, each previous hash equal to the hash before it,
 * each hash equal to the hash recomputed from the entry. Any alteration, removal, insertion or
 * reordering breaks one of these at or before the altered place.
 */
export function createChainVerifier(chainId: string, sha256: Sha256Hex): ChainVerifier {
  let length = 0;
  let headHash = GENESIS_PREVIOUS_HASH;
  let problem: ChainProblem | null = null;
  const fail = (sequence: number, kind: ChainProblemKind, expected: string, found: string) => {
    problem = { chainId, sequence, kind, expected, found };
    return problem;
  };
  return {
    push(entry) {
      if (problem) return problem;
      const expectedSequence = length + 1;
      if (entry.chainId !== chainId) return fail(expectedSequence, 'wrong-chain', chainId, entry.chainId);
      if (entry.sequence !== expectedSequence) return fail(expectedSequence, 'sequence-gap', String(expectedSequence), String(entry.sequence));
      if (entry.previousHash !== headHash) return fail(entry.sequence, 'previous-hash-mismatch', headHash, entry.previousHash);
      const recomputed = computeEntryHash(entry, sha256);
      if (recomputed !== entry.hash) return fail(entry.sequence, 'hash-mismatch', recomputed, entry.hash);
      length = entry.sequence;
      headHash = entry.hash;
      return null;
    },
    finish(recordedHead) {
      if (problem || !recordedHead) return problem;
      if (recordedHead.length !== length) return fail(length + 1, 'length-mismatch', String(recordedHead.length), String(length));
      if (recordedHead.headHash !== headHash) return fail(length, 'head-mismatch', recordedHead.headHash, headHash);
      return null;
    },
    get length() {
      return length;
    },
    get headHash() {
      return headHash;
    },
  };
}

export function verifyChain(
  chainId: string,
  entries: Iterable<SealedEntry>,
  sha256: Sha256Hex,
  recordedHead?: { length: number; headHash: string },
): { ok: true; length: number; headHash: string } | { ok: false; problem: ChainProblem } {
  const verifier = createChainVerifier(chainId, sha256);
  for (const entry of entries) {
    const problem = verifier.push(entry);
    if (problem) return { ok: false, problem };
  }
  const problem = verifier.finish(recordedHead);
  return problem ? { ok: false, problem } : { ok: true, length: verifier.length, headHash: verifier.headHash };
}
