import { z } from 'zod';
import {
  checkExtends,
  checkpointStatementText,
  createCheckpointStatement,
} from '../../core/ledger/checkpoint';
import { AppError } from '../app-error';
import type { Context } from '../context';
import { keyIdOf, loadOrCreateSigningKey, verifySignature } from './signing-key';
import { verifyLedger } from './verify-ledger';

export const CheckpointFile = z.object({
  format: z.literal('custodia-checkpoints/1'),
  publicKey: z.string().min(40),
  checkpoints: z.array(
    z.object({
      chainId: z.string(),
      length: z.number().int().min(0),
      headHash: z.string().regex(/^[0-9a-f]{64}$/),
      issuedAt: z.string(),
      keyId: z.string(),
      signature: z.string(),
    }),
  ),
});
export type CheckpointFile = z.infer<typeof CheckpointFile>;

/** Verify the ledger, then sign the head of every chain with the instance key and keep the checkpoints. */
export async function checkpointLedger(ctx: Context, keyDir: string): Promise<CheckpointFile> {
  const verified = await verifyLedger(ctx.database);
  if (!verified.ok)
    throw new AppError(
      'CONFLICT',
      'The ledger does not verify: no checkpoint is signed over a broken chain',
      { problem: verified.problem },
    );
  const key = loadOrCreateSigningKey(keyDir);
  const issuedAt = ctx.now();
  const checkpoints = verified.heads.map((head) => {
    const statement = createCheckpointStatement(head, issuedAt);
    return { ...statement, keyId: key.keyId, signature: key.sign(checkpointStatementText(statement)) };
  });
  if (checkpoints.length > 0) {
    await ctx.database.db
      .insertInto('ledger_checkpoint')
      .values(
        checkpoints.map((c) => ({
          id: ctx.newId(),
          chain_id: c.chainId,
          length: c.length,
          head_hash: c.headHash,
          issued_at: c.issuedAt,
          key_id: c.keyId,
          signature: c.signature,
        })),
      )
      .execute();
  }
  return { format: 'custodia-checkpoints/1', publicKey: key.publicKeyPem, checkpoints };
}

/** Every checkpoint ever signed on this instance, as an exportable file. */
export async function exportCheckpoints(ctx: Context, keyDir: string): Promise<CheckpointFile> {
  const key = loadOrCreateSigningKey(keyDir);
  const rows = await ctx.database.db
    .selectFrom('ledger_checkpoint')
    .selectAll()
    .orderBy('issued_at')
    .orderBy('chain_id')
    .execute();
  return {
    format: 'custodia-checkpoints/1',
    publicKey: key.publicKeyPem,
    checkpoints: rows.map((r) => ({
      chainId: r.chain_id,
      length: Number(r.length),
      headHash: r.head_hash,
      issuedAt: r.issued_at,
      keyId: r.key_id,
      signature: r.signature,
    })),
  };
}

export interface CheckpointCheck {
  readonly chainId: string;
  readonly length: number;
  readonly ok: boolean;
  readonly reason: string | null;
}

/**
 * Prove that the current ledger still extends each checkpoint of a file: its signature is valid
 * for the file's public key, and the entry at the checkpoint's length still has the signed hash.
 */
export async function checkCheckpoints(ctx: Context, file: CheckpointFile): Promise<CheckpointCheck[]> {
  const keyId = keyIdOf(file.publicKey);
  const out: CheckpointCheck[] = [];
  for (const c of file.checkpoints) {
    const statement = { chainId: c.chainId, length: c.length, headHash: c.headHash, issuedAt: c.issuedAt };
    if (
      c.keyId !== keyId ||
      !verifySignature(file.publicKey, checkpointStatementText(statement), c.signature)
    ) {
      out.push({
        chainId: c.chainId,
        length: c.length,
        ok: false,
        reason: 'the signature does not match the statement',
      });
      continue;
    }
    const chain = await ctx.database.db
      .selectFrom('ledger_chain')
      .select('length')
      .where('chain_id', '=', c.chainId)
      .executeTakeFirst();
    const atLength = await ctx.database.db
      .selectFrom('ledger_entry')
      .select('hash')
      .where('chain_id', '=', c.chainId)
      .where('sequence', '=', c.length)
      .executeTakeFirst();
    const verdict = checkExtends(statement, {
      chainId: c.chainId,
      length: chain ? Number(chain.length) : 0,
      hashAtCheckpointLength: atLength?.hash ?? null,
    });
    out.push({
      chainId: c.chainId,
      length: c.length,
      ok: verdict.extends,
      reason: verdict.extends
        ? null
        : `${verdict.reason}: expected ${verdict.expected}, found ${verdict.found}`,
    });
  }
  return out;
}
