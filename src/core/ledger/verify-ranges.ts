import type { HashOptions } from './ledger-entry';
import { GENESIS_PREVIOUS_HASH } from './ledger-entry';
import {
  createChainVerifier,
  type ChainProblem,
  type ChainProblemKind,
  type ChainVerification,
  type VerifiableEntry,
} from './verify-chain';

/**
 * Verifying one chain in consecutive ranges of sequences, each range on its own (on its own core),
 * and joining the outcomes into exactly what `createChainVerifier` walking the whole chain reports:
 * the same first problem (position, kind, expected, found), or the same head (docs/ledger.md §5).
 *
 * A range holds the entries whose sequence is in [start, end] (the last range has no end), read in
 * sequence order. It is checked from its own first entry, trusting that entry's stored previous
 * hash; `joinRanges` then checks each join — that the range before ended exactly at start − 1 and
 * that the stored previous hash is the hash the range before ended on — in the order a single walk
 * would have met each check.
 */
export interface RangeOutcome {
  /** The first sequence the range covers. */
  readonly start: number;
  /** The first entry read (its sequence and stored previous hash), or null when the range is empty. */
  readonly first: { readonly sequence: number; readonly previousHash: string } | null;
  /** Where the range's walk stands after its last entry (or before its problem). */
  readonly length: number;
  readonly headHash: string;
  /** The range's first problem, checked from its first entry on. */
  readonly problem: ChainProblem | null;
  /** Entries that passed before the problem (all of them when there is none). */
  readonly entries: number;
}

export interface RangeVerifier {
  push(entry: VerifiableEntry): ChainProblem | null;
  outcome(): RangeOutcome;
}

export interface RangeOptions extends HashOptions {
  readonly chainId: string;
  readonly start: number;
  /** The head recorded beside the chain: entries beyond its length or a different hash at it. */
  readonly expectedHead?: { readonly length: number; readonly headHash: string };
}

export function createRangeVerifier(options: RangeOptions): RangeVerifier {
  let first: RangeOutcome['first'] = null;
  let verifier: ReturnType<typeof createChainVerifier> | null = null;
  let length = options.start - 1;
  let headHash = '';
  let problem: ChainProblem | null = null;
  let entries = 0;
  return {
    push(entry) {
      if (problem) return problem;
      if (!verifier) {
        first = { sequence: entry.sequence, previousHash: entry.previousHash };
        headHash = entry.previousHash;
        verifier = createChainVerifier({
          ...(options.sha256 ? { sha256: options.sha256 } : {}),
          chainId: options.chainId,
          from: { chainId: options.chainId, length, headHash },
          ...(options.expectedHead ? { expectedHead: options.expectedHead } : {}),
        });
      }
      problem = verifier.push(entry);
      if (problem) return problem;
      entries++;
      length = entry.sequence;
      headHash = entry.hash;
      return null;
    },
    outcome: () => ({ start: options.start, first, length, headHash, problem, entries }),
  };
}

// Checks a walk makes at a position before it compares the previous hash.
const BEFORE_PREVIOUS_HASH: ReadonlySet<ChainProblemKind> = new Set([
  'wrong-chain',
  'duplicate-sequence',
  'sequence-out-of-order',
  'sequence-gap',
  'length-mismatch',
]);

/** The outcomes of a chain's ranges, in order, as one verification (and the entries that passed). */
export function joinRanges(
  chainId: string,
  outcomes: readonly RangeOutcome[],
  expectedHead?: { readonly length: number; readonly headHash: string },
): ChainVerification & { readonly entries: number } {
  let length = 0;
  let headHash = GENESIS_PREVIOUS_HASH;
  let entries = 0;
  const fail = (problem: ChainProblem) => ({ ok: false as const, problem, entries });
  for (const range of outcomes) {
    if (!range.first) continue;
    if (length !== range.start - 1) {
      // The ranges before ended early: the next entry there is this range's first.
      return fail({
        chainId,
        sequence: length + 1,
        kind: 'sequence-gap',
        expected: String(length + 1),
        found: String(range.first.sequence),
      });
    }
    if (
      range.problem &&
      range.problem.sequence === range.start &&
      BEFORE_PREVIOUS_HASH.has(range.problem.kind)
    )
      return fail(range.problem);
    if (range.first.previousHash !== headHash) {
      return fail({
        chainId,
        sequence: range.start,
        kind: 'previous-hash-mismatch',
        expected: headHash,
        found: String(range.first.previousHash),
      });
    }
    entries += range.entries;
    if (range.problem) return fail(range.problem);
    length = range.length;
    headHash = range.headHash;
  }
  if (expectedHead && length !== expectedHead.length) {
    return fail({
      chainId,
      sequence: length + 1,
      kind: 'length-mismatch',
      expected: String(expectedHead.length),
      found: String(length),
    });
  }
  if (expectedHead && expectedHead.headHash !== headHash) {
    return fail({
      chainId,
      sequence: length,
      kind: 'head-mismatch',
      expected: expectedHead.headHash,
      found: headHash,
    });
  }
  return { ok: true, chainId, length, headHash, entries };
}

/** Consecutive ranges [start, end] splitting sequences 1…length into `parts`; the last is open-ended. */
export function splitIntoRanges(length: number, parts: number): Array<{ start: number; end: number | null }> {
  const count = Math.max(1, Math.min(parts, length));
  const size = Math.ceil(Math.max(length, 1) / count);
  const ranges: Array<{ start: number; end: number | null }> = [];
  for (let i = 0; i < count; i++) {
    const start = i * size + 1;
    if (i > 0 && start > length) break;
    ranges.push({ start, end: i === count - 1 ? null : Math.min(length, start + size - 1) });
  }
  ranges[ranges.length - 1] = { start: ranges[ranges.length - 1]!.start, end: null };
  return ranges;
}
