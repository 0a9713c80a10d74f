import { canonicalBytes, canonicalJson, isWellFormedUnicode } from './canonical-encoding';
import type { ChainHead } from './ledger-entry';
import { GENESIS_PREVIOUS_HASH, isUtcInstant, SHA256_HEX } from './ledger-entry';

/**
 * A checkpoint states "chain C had L entries and the hash of entry L was H, at time T". Signed
 * outside core (Ed25519 over `checkpointStatementBytes`) and handed to a regulator, it lets anyone
 * later prove that the ledger still extends what was signed, even against someone who can rewrite
 * the database: every entry's hash commits to all the entries before it, so a chain that still has
 * hash H at sequence L has entries 1…L unchanged.
 */
export interface CheckpointStatement {
  readonly chainId: string;
  /** Entries in the chain when signed (0 for an empty chain). */
  readonly length: number;
  /** The hash of entry `length` (64 zeros when the chain is empty). */
  readonly headHash: string;
  /** When it was issued: ISO-8601 UTC with milliseconds. */
  readonly issuedAt: string;
}

/** Signed with the statement so that its bytes can never be taken for anything else's. */
export const CHECKPOINT_STATEMENT_TYPE = 'custodia-ledger-checkpoint/1';

/** Thrown for a statement that is not well formed; `field` names the member. */
export interface CheckpointError extends Error {
  readonly name: 'CheckpointError';
  readonly field: string;
  readonly reason: string;
}

export function isCheckpointError(error: unknown): error is CheckpointError {
  return error instanceof Error && error.name === 'CheckpointError' && 'field' in error;
}

/** Why `statement` is not a well-formed checkpoint, or null. */
export function findCheckpointProblem(
  statement: CheckpointStatement,
): { field: string; reason: string } | null {
  const { chainId, length, headHash, issuedAt } = statement;
  if (typeof chainId !== 'string' || chainId === '' || !isWellFormedUnicode(chainId)) {
    return { field: 'chainId', reason: 'must be a non-empty, well-formed string' };
  }
  if (!Number.isSafeInteger(length) || length < 0)
    return { field: 'length', reason: 'must be a non-negative safe integer' };
  if (typeof headHash !== 'string' || !SHA256_HEX.test(headHash)) {
    return { field: 'headHash', reason: 'must be 64 lower-case hex digits' };
  }
  if (length === 0 && headHash !== GENESIS_PREVIOUS_HASH) {
    return { field: 'headHash', reason: 'an empty chain has the genesis hash (64 zeros)' };
  }
  if (!isUtcInstant(issuedAt))
    return { field: 'issuedAt', reason: 'must be an ISO-8601 UTC instant with milliseconds' };
  return null;
}

function checked(statement: CheckpointStatement): CheckpointStatement {
  const problem = findCheckpointProblem(statement);
  if (problem) {
    throw Object.assign(new Error(`${problem.field}: ${problem.reason}`), {
      name: 'CheckpointError' as const,
      ...problem,
    });
  }
  return statement;
}

/** The statement for a chain head verified just now; `issuedAt` is the caller's clock. */
export function createCheckpointStatement(head: ChainHead, issuedAt: string): CheckpointStatement {
  return checked({ chainId: head.chainId, length: head.length, headHash: head.headHash, issuedAt });
}

/**
 * The text that is signed: the canonical JSON of
 * `{ chainId, headHash, issuedAt, length, type: "custodia-ledger-checkpoint/1" }`.
 */
export function checkpointStatementText(statement: CheckpointStatement): string {
  return canonicalJson(statementObject(checked(statement)));
}

/** The exact bytes to sign and to verify a signature against: `checkpointStatementText` in UTF-8. */
export function checkpointStatementBytes(statement: CheckpointStatement): Uint8Array {
  return canonicalBytes(statementObject(checked(statement)));
}

function statementObject(statement: CheckpointStatement) {
  const { chainId, length, headHash, issuedAt } = statement;
  return { chainId, headHash, issuedAt, length, type: CHECKPOINT_STATEMENT_TYPE };
}

/**
 * What the current ledger shows at the checkpoint's position. Only meaningful when the current
 * chain has just been verified (verifyChain ok) up to its head: then its entry at `length` is
 * bound to every entry before it.
 */
export interface VerifiedChainAt {
  readonly chainId: string;
  /** The length of the current, verified chain. */
  readonly length: number;
  /** The hash of its entry at sequence = checkpoint.length; null when it has no such entry. */
  readonly hashAtCheckpointLength: string | null;
}

export type CheckpointVerdict =
  | { readonly extends: true }
  | {
      readonly extends: false;
      readonly reason: 'invalid-checkpoint' | 'different-chain' | 'chain-shorter' | 'hash-differs';
      readonly expected: string;
      readonly found: string;
    };

/**
 * Whether the current ledger still extends a checkpoint (whose signature was checked outside
 * core): the same chain, at least as long, and its entry at the checkpoint's length has the
 * checkpoint's head hash. An empty-chain checkpoint is extended by every chain with that id.
 */
export function checkExtends(checkpoint: CheckpointStatement, current: VerifiedChainAt): CheckpointVerdict {
  const problem = findCheckpointProblem(checkpoint);
  if (problem) {
    return {
      extends: false,
      reason: 'invalid-checkpoint',
      expected: 'a well-formed checkpoint',
      found: `${problem.field}: ${problem.reason}`,
    };
  }
  if (current.chainId !== checkpoint.chainId) {
    return {
      extends: false,
      reason: 'different-chain',
      expected: checkpoint.chainId,
      found: current.chainId,
    };
  }
  if (current.length < checkpoint.length) {
    return {
      extends: false,
      reason: 'chain-shorter',
      expected: String(checkpoint.length),
      found: String(current.length),
    };
  }
  if (checkpoint.length === 0) return { extends: true };
  if (current.hashAtCheckpointLength !== checkpoint.headHash) {
    return {
      extends: false,
      reason: 'hash-differs',
      expected: checkpoint.headHash,
      found: current.hashAtCheckpointLength ?? '(no entry)',
    };
  }
  return { extends: true };
}
