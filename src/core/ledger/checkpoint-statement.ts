import { canonicalJson } from './canonical-json';

/**
 * A checkpoint states "chain C had L entries and its head hash was H at time T". Signed outside
 * core (Ed25519), it lets a regulator hold proof that later history extends what it saw.
 */
export interface CheckpointStatement {
  readonly chainId: string;
  readonly length: number;
  readonly headHash: string;
  readonly issuedAt: string;
}

/** The exact bytes that are signed: the canonical JSON of the statement, UTF-8. */
export function checkpointMessage(statement: CheckpointStatement): string {
  return canonicalJson({ chainId: statement.chainId, headHash: statement.headHash, issuedAt: statement.issuedAt, length: statement.length, type: 'custodia-ledger-checkpoint/1' });
}

export type CheckpointVerdict =
  | { readonly extends: true }
  | { readonly extends: false; readonly reason: 'chain-shorter' | 'hash-differs'; readonly detail: string };

/**
 * The current, verified chain extends a checkpoint when it is at least as long and its entry at the
 * checkpoint's length has the checkpoint's head hash (the chain's hashes commit to all before it).
 */
export function checkExtends(checkpoint: CheckpointStatement, current: { length: number; hashAtCheckpointLength: string | null }): CheckpointVerdict {
  if (current.length < checkpoint.length) {
    return { extends: false, reason: 'chain-shorter', detail: `the chain has ${current.length} entries, the checkpoint ${checkpoint.length}` };
  }
  if (checkpoint.length === 0) return { extends: true };
  if (current.hashAtCheckpointLength !== checkpoint.headHash) {
    return { extends: false, reason: 'hash-differs', detail: `entry ${checkpoint.length} has hash ${current.hashAtCheckpointLength}, the checkpoint says ${checkpoint.headHash}` };
  }
  return { extends: true };
}
