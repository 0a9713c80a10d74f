import { isCanonicalEncodingError } from './canonical-encoding';
import type { ChainHead, HashableEntry, HashOptions } from './ledger-entry';
import { createEntryHasher } from './entry-hasher';
import { GENESIS_PREVIOUS_HASH } from './ledger-entry';

/**
 * Why a chain does not verify. Checked for each entry in this order, and the walk stops at the
 * first entry that fails:
 * - 'wrong-chain': the entry belongs to another chain;
 * - 'duplicate-sequence': its sequence repeats the previous entry's (an entry inserted or repeated);
 * - 'sequence-out-of-order': its sequence is lower than the previous entry's;
 * - 'sequence-gap': its sequence skips ahead (an entry removed, or entries reordered);
 * - 'previous-hash-mismatch': it does not name the hash of the entry before it;
 * - 'payload-not-canonical': its payload value has no canonical encoding, so it was never sealed;
 * - 'hash-mismatch': its hash is not the hash of its contents (the entry was altered);
 * and, only when `expectedHead` is given, against the chain head recorded beside the chain:
 * - 'length-mismatch': the chain ends before, or goes on after, the recorded length (entries removed
 *   from, or added to, the end);
 * - 'head-mismatch': the entry at the recorded length does not have the recorded head hash;
 * and, for a walk that starts at a signed checkpoint (use-cases/ledger/verify-ledger.ts):
 * - 'checkpoint-mismatch': the entry at the checkpoint's length is missing or no longer has the
 *   signed hash (history before the checkpoint was rewritten).
 */
export type ChainProblemKind =
  | 'wrong-chain'
  | 'duplicate-sequence'
  | 'sequence-out-of-order'
  | 'sequence-gap'
  | 'previous-hash-mismatch'
  | 'payload-not-canonical'
  | 'hash-mismatch'
  | 'length-mismatch'
  | 'head-mismatch'
  | 'checkpoint-mismatch';

/**
 * The first place where the chain stops matching. `sequence` is the position in the chain (1-based)
 * where that happens: for a sequence problem, the sequence that should have come there. `expected`
 * and `found` are hashes (lower-case hex), sequences or lengths (decimal), or chain ids.
 */
export interface ChainProblem {
  readonly chainId: string;
  readonly sequence: number;
  readonly kind: ChainProblemKind;
  readonly expected: string;
  readonly found: string;
}

export type ChainVerification =
  | { readonly ok: true; readonly chainId: string | null; readonly length: number; readonly headHash: string }
  | { readonly ok: false; readonly problem: ChainProblem };

export interface VerifyChainOptions extends HashOptions {
  /** The chain the entries must belong to; by default, the chain of the first entry. */
  readonly chainId?: string;
  /**
   * Start after a head already trusted (e.g. one a signed checkpoint vouches for) instead of at
   * the genesis: the first entry pushed must then be `from.length + 1`.
   */
  readonly from?: ChainHead;
  /** The head recorded for the chain (length and hash): reveals entries removed from the end. */
  readonly expectedHead?: { readonly length: number; readonly headHash: string };
}

/** An entry to verify: its payload as a value or as stored canonical text, and its hash. */
export type VerifiableEntry = HashableEntry & { readonly hash: string };

export interface ChainVerifier {
  /**
   * Check the next entry (entries in sequence order). Returns the problem it shows, or null. After
   * the first problem the verifier is finished: every later push returns that same problem.
   */
  push(entry: VerifiableEntry): ChainProblem | null;
  /** The outcome so far; call it after the last entry (it also checks `expectedHead`'s length). */
  result(): ChainVerification;
}

/**
 * An incremental verifier for entries read from a cursor, page by page. Keeps only the running
 * length and head hash, and encodes every entry into one reused buffer.
 */
export function createChainVerifier(options: VerifyChainOptions = {}): ChainVerifier {
  const hashOf = createEntryHasher(options);
  const expectedHead = options.expectedHead;
  let chainId: string | null = options.from?.chainId ?? options.chainId ?? null;
  let length = options.from?.length ?? 0;
  let headHash = options.from?.headHash ?? GENESIS_PREVIOUS_HASH;
  let problem: ChainProblem | null = null;

  const fail = (sequence: number, kind: ChainProblemKind, expected: string, found: string): ChainProblem => {
    problem = { chainId: chainId ?? '', sequence, kind, expected, found };
    return problem;
  };

  const push = (entry: VerifiableEntry): ChainProblem | null => {
    if (problem) return problem;
    const position = length + 1;
    chainId ??= entry.chainId;
    if (entry.chainId !== chainId) return fail(position, 'wrong-chain', chainId, String(entry.chainId));
    const sequence: unknown = entry.sequence;
    if (sequence !== position) {
      const found =
        typeof sequence === 'number' ? String(sequence) : (JSON.stringify(sequence) ?? String(sequence));
      const kind =
        typeof sequence !== 'number' || sequence > position
          ? 'sequence-gap'
          : length > 0 && sequence === length
            ? 'duplicate-sequence'
            : 'sequence-out-of-order';
      return fail(position, kind, String(position), found);
    }
    if (expectedHead && position > expectedHead.length) {
      return fail(position, 'length-mismatch', String(expectedHead.length), String(position));
    }
    if (entry.previousHash !== headHash) {
      return fail(position, 'previous-hash-mismatch', headHash, String(entry.previousHash));
    }
    let recomputed: string;
    try {
      recomputed = hashOf(entry);
    } catch (error) {
      if (!isCanonicalEncodingError(error)) throw error;
      return fail(position, 'payload-not-canonical', 'a payload with a canonical encoding', error.message);
    }
    if (recomputed !== entry.hash) return fail(position, 'hash-mismatch', recomputed, String(entry.hash));
    if (expectedHead && position === expectedHead.length && recomputed !== expectedHead.headHash) {
      return fail(position, 'head-mismatch', expectedHead.headHash, recomputed);
    }
    length = position;
    headHash = recomputed;
    return null;
  };

  const result = (): ChainVerification => {
    if (problem) return { ok: false, problem };
    if (expectedHead && length !== expectedHead.length) {
      // Shorter than recorded: the first missing entry is where the chain stops matching.
      return {
        ok: false,
        problem: fail(length + 1, 'length-mismatch', String(expectedHead.length), String(length)),
      };
    }
    // Reached only when no entry was pushed at the recorded length (an empty chain, or `from` there).
    if (expectedHead && expectedHead.headHash !== headHash) {
      return { ok: false, problem: fail(length, 'head-mismatch', expectedHead.headHash, headHash) };
    }
    return { ok: true, chainId, length, headHash };
  };

  return { push, result };
}

/**
 * Walk a chain given in sequence order: sequences 1, 2, 3… with no gap, each previous hash equal
 * to the hash of the entry before (64 zeros for the first), each hash equal to the hash recomputed
 * from the entry. Returns the head when everything matches, or the first entry that does not.
 *
 * A single alteration, removal, insertion or reordering is reported at the altered position (an
 * inserted entry sealed correctly onto the one before it, at the next position). Removing entries
 * from the end is seen only against `expectedHead`; rewriting the chain from some point on and
 * re-hashing everything after it is seen only against a checkpoint (checkpoint.ts).
 */
export function verifyChain(
  entries: Iterable<VerifiableEntry>,
  options: VerifyChainOptions = {},
): ChainVerification {
  const verifier = createChainVerifier(options);
  for (const entry of entries) {
    if (verifier.push(entry)) break;
  }
  return verifier.result();
}
