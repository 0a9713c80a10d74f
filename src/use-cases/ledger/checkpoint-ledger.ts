import { z } from 'zod';
import {
  checkExtends,
  checkpointStatementText,
  createCheckpointStatement,
} from '../../core/ledger/checkpoint';
import { hashAt } from '../../storage/ledger-store';
import { AppError } from '../app-error';
import type { Context } from '../context';
import {
  fingerprintOf,
  keyIdOf,
  loadOrCreateSigningKey,
  readInstancePublicKey,
  verifySignature,
} from './signing-key';
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

/**
 * Verify the ledger, then sign the head of every chain with the instance key and keep the checkpoints.
 * The verification walks each chain from its last checkpoint this key signed (all of it the first
 * time), so a daily checkpoint costs a day's entries.
 */
export async function checkpointLedger(ctx: Context, keyDir: string): Promise<CheckpointFile> {
  const key = loadOrCreateSigningKey(keyDir);
  const verified = await verifyLedger(ctx.database, { fromCheckpoints: { publicKeyPem: key.publicKeyPem } });
  if (!verified.ok)
    throw new AppError(
      'CONFLICT',
      'The ledger does not verify: no checkpoint is signed over a broken chain',
      { problem: verified.problem },
    );
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
  /** The fingerprint of the key the checkpoint was checked against. */
  readonly keyFingerprint: string;
}

/** Where the key that checkpoints are checked against comes from. */
export interface TrustedKeySources {
  /** A public key exported once from the instance (`ledger checkpoint --export-public-key`). */
  readonly publicKeyPem?: string | undefined;
  /** The instance's key folder (its own key, kept outside the database). */
  readonly keyDir: string;
  /** A configured fingerprint (`CUSTODIA_LEDGER_KEY_FINGERPRINT`) the key must have. */
  readonly fingerprint?: string | undefined;
  /** The key a checkpoint file carries: used only when its fingerprint is the configured one. */
  readonly offered?: string | undefined;
}

export interface TrustedKey {
  readonly publicKeyPem: string;
  readonly fingerprint: string;
  readonly source: 'public-key-file' | 'instance-key' | 'configured-fingerprint';
}

function fingerprintOrNull(pem: string): string | null {
  try {
    return fingerprintOf(pem);
  } catch {
    return null;
  }
}

/**
 * The key checkpoints are checked against, never the one a checkpoint file carries on its own word:
 * a public key given apart, else the instance's own key, else the file's key only when it has the
 * configured fingerprint. A configured fingerprint also binds the first two.
 */
export function resolveTrustedKey(sources: TrustedKeySources): TrustedKey {
  const wanted = sources.fingerprint
    ?.trim()
    .toLowerCase()
    .replace(/^sha256:/, 'SHA256:');
  let chosen: TrustedKey | null = null;
  if (sources.publicKeyPem !== undefined) {
    const fingerprint = fingerprintOrNull(sources.publicKeyPem);
    if (!fingerprint)
      throw new AppError('CHECKPOINT_KEY_UNKNOWN', 'the public key given is not a PEM public key');
    chosen = { publicKeyPem: sources.publicKeyPem, fingerprint, source: 'public-key-file' };
  } else {
    const instance = readInstancePublicKey(sources.keyDir);
    if (instance)
      chosen = { publicKeyPem: instance, fingerprint: fingerprintOf(instance), source: 'instance-key' };
    else if (wanted && sources.offered && fingerprintOrNull(sources.offered) === wanted) {
      chosen = { publicKeyPem: sources.offered, fingerprint: wanted, source: 'configured-fingerprint' };
    }
  }
  if (!chosen) {
    throw new AppError(
      'CHECKPOINT_KEY_UNKNOWN',
      wanted
        ? `no key with the configured fingerprint ${wanted} is available: give --public-key FILE`
        : 'no trusted key to check checkpoints against: give --public-key FILE (exported with `custodia ledger checkpoint --export-public-key FILE`) or set CUSTODIA_LEDGER_KEY_FINGERPRINT',
    );
  }
  if (wanted && chosen.fingerprint !== wanted) {
    throw new AppError(
      'CHECKPOINT_KEY_MISMATCH',
      `the key ${chosen.fingerprint} is not the configured one (${wanted})`,
      { expected: wanted, found: chosen.fingerprint },
    );
  }
  return chosen;
}

/**
 * Prove that the current ledger still extends each checkpoint of a file: its signature is valid for
 * the trusted key (held apart from the file: `resolveTrustedKey`), and the entry at the checkpoint's
 * length still has the signed hash. A file whose key is not the trusted one is refused whole, so a
 * rewritten history with checkpoints signed by another key never passes.
 */
export async function checkCheckpoints(
  ctx: Context,
  file: CheckpointFile,
  trusted: TrustedKey,
): Promise<CheckpointCheck[]> {
  const keyId = keyIdOf(trusted.publicKeyPem);
  const fileFingerprint = fingerprintOrNull(file.publicKey);
  if (fileFingerprint !== trusted.fingerprint) {
    throw new AppError(
      'CHECKPOINT_KEY_MISMATCH',
      `the checkpoints are signed by key ${fileFingerprint ?? '(not a key)'}, not by the trusted key ${trusted.fingerprint}`,
      { expected: trusted.fingerprint, found: fileFingerprint },
    );
  }
  const out: CheckpointCheck[] = [];
  for (const c of file.checkpoints) {
    const statement = { chainId: c.chainId, length: c.length, headHash: c.headHash, issuedAt: c.issuedAt };
    const base = { chainId: c.chainId, length: c.length, keyFingerprint: trusted.fingerprint };
    if (
      c.keyId !== keyId ||
      !verifySignature(trusted.publicKeyPem, checkpointStatementText(statement), c.signature)
    ) {
      out.push({ ...base, ok: false, reason: 'the signature does not hold for the trusted key' });
      continue;
    }
    const chain = await ctx.database.db
      .selectFrom('ledger_chain')
      .select('length')
      .where('chain_id', '=', c.chainId)
      .executeTakeFirst();
    const atLength = await hashAt(ctx.database.db, c.chainId, c.length);
    const verdict = checkExtends(statement, {
      chainId: c.chainId,
      length: chain ? Number(chain.length) : 0,
      hashAtCheckpointLength: atLength,
    });
    out.push({
      ...base,
      ok: verdict.extends,
      reason: verdict.extends
        ? null
        : `${verdict.reason}: expected ${verdict.expected}, found ${verdict.found}`,
    });
  }
  return out;
}
