import { generateKeyPairSync, sign, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sealChain } from '../../../tests/support/ledger-fixtures';
import type { CheckpointStatement } from './checkpoint';
import {
  checkExtends,
  checkpointStatementBytes,
  checkpointStatementText,
  createCheckpointStatement,
  findCheckpointProblem,
  isCheckpointError,
} from './checkpoint';
import { emptyChainHead, GENESIS_PREVIOUS_HASH, nextChainHead } from './ledger-entry';
import { verifyChain } from './verify-chain';

const payloads = (n: number, changedAt = -1) =>
  Array.from({ length: n }, (_, i) => ({ firearmId: `f-${i}`, rounds: i === changedAt ? 999 : i }));
const issuedAt = '2026-11-28T07:00:00.000Z';

/** What the storage layer would hand checkExtends after verifying the current chain. */
function currentAt(
  chain: ReadonlyArray<{ hash: string }>,
  checkpoint: CheckpointStatement,
  chainId = 'chain-acme',
) {
  return {
    chainId,
    length: chain.length,
    hashAtCheckpointLength: chain[checkpoint.length - 1]?.hash ?? null,
  };
}

describe('checkpoint statements', () => {
  it('are signed as the canonical JSON of the statement and its type, in UTF-8', () => {
    const chain = sealChain(payloads(3), 'cadena-ñ');
    const statement = createCheckpointStatement(nextChainHead(chain[2]!), issuedAt);
    expect(statement).toEqual({ chainId: 'cadena-ñ', length: 3, headHash: chain[2]!.hash, issuedAt });
    const text = checkpointStatementText(statement);
    expect(text).toBe(
      `{"chainId":"cadena-ñ","headHash":"${chain[2]!.hash}","issuedAt":"${issuedAt}","length":3,"type":"custodia-ledger-checkpoint/1"}`,
    );
    expect(checkpointStatementBytes(statement)).toEqual(new TextEncoder().encode(text));
  });

  it('can be signed and checked with Ed25519 outside core, and any change breaks the signature', () => {
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const statement = createCheckpointStatement(emptyChainHead('chain-acme'), issuedAt);
    const signature = sign(null, checkpointStatementBytes(statement), privateKey);
    expect(verify(null, checkpointStatementBytes(statement), publicKey, signature)).toBe(true);
    const moved = { ...statement, issuedAt: '2026-11-28T07:00:00.001Z' };
    expect(verify(null, checkpointStatementBytes(moved), publicKey, signature)).toBe(false);
  });

  it('refuses to describe a malformed statement', () => {
    const valid = { chainId: 'chain-acme', length: 2, headHash: 'ab'.repeat(32), issuedAt };
    expect(findCheckpointProblem(valid)).toBeNull();
    expect(findCheckpointProblem({ ...valid, chainId: '' })?.field).toBe('chainId');
    expect(findCheckpointProblem({ ...valid, length: -1 })?.field).toBe('length');
    expect(findCheckpointProblem({ ...valid, length: 2.5 })?.field).toBe('length');
    expect(findCheckpointProblem({ ...valid, headHash: 'AB'.repeat(32) })?.field).toBe('headHash');
    expect(findCheckpointProblem({ ...valid, length: 0 })?.field).toBe('headHash');
    expect(findCheckpointProblem({ ...valid, issuedAt: '2026-11-28T07:00:00Z' })?.field).toBe('issuedAt');
    let thrown: unknown;
    try {
      checkpointStatementBytes({ ...valid, headHash: 'nope' });
    } catch (error) {
      thrown = error;
    }
    expect(isCheckpointError(thrown) && thrown.field).toBe('headHash');
  });
});

describe('whether the ledger still extends a checkpoint', () => {
  const signedOver = sealChain(payloads(6));
  const checkpoint = createCheckpointStatement(nextChainHead(signedOver[5]!), issuedAt);

  it('holds for the same chain, and for the chain grown since', () => {
    expect(checkExtends(checkpoint, currentAt(signedOver, checkpoint))).toEqual({ extends: true });
    const grown = sealChain(payloads(10));
    expect(verifyChain(grown)).toMatchObject({ ok: true });
    expect(checkExtends(checkpoint, currentAt(grown, checkpoint))).toEqual({ extends: true });
  });

  it('fails for a history rewritten and re-hashed from any entry before the checkpoint', () => {
    for (let changedAt = 0; changedAt < 6; changedAt++) {
      const rewritten = sealChain(payloads(10, changedAt));
      expect(verifyChain(rewritten)).toMatchObject({ ok: true });
      expect(checkExtends(checkpoint, currentAt(rewritten, checkpoint))).toEqual({
        extends: false,
        reason: 'hash-differs',
        expected: checkpoint.headHash,
        found: rewritten[5]!.hash,
      });
    }
    // A change after the checkpoint is history the checkpoint never vouched for.
    expect(checkExtends(checkpoint, currentAt(sealChain(payloads(10, 6)), checkpoint))).toEqual({
      extends: true,
    });
  });

  it('fails for a chain cut back below the checkpoint, and for another chain', () => {
    const truncated = signedOver.slice(0, 4);
    expect(checkExtends(checkpoint, currentAt(truncated, checkpoint))).toEqual({
      extends: false,
      reason: 'chain-shorter',
      expected: '6',
      found: '4',
    });
    expect(checkExtends(checkpoint, currentAt(signedOver, checkpoint, 'chain-other'))).toMatchObject({
      extends: false,
      reason: 'different-chain',
    });
  });

  it('treats an empty-chain checkpoint as extended by any chain of that id, and a malformed one as not', () => {
    const empty = createCheckpointStatement(emptyChainHead('chain-acme'), issuedAt);
    expect(empty.headHash).toBe(GENESIS_PREVIOUS_HASH);
    expect(checkExtends(empty, { chainId: 'chain-acme', length: 0, hashAtCheckpointLength: null })).toEqual({
      extends: true,
    });
    expect(checkExtends(empty, currentAt(signedOver, empty))).toEqual({ extends: true });
    expect(checkExtends({ ...checkpoint, headHash: 'x' }, currentAt(signedOver, checkpoint))).toMatchObject({
      extends: false,
      reason: 'invalid-checkpoint',
      found: 'headHash: must be 64 lower-case hex digits',
    });
  });
});
