import { createHash } from 'node:crypto';
import { readPhotoPages } from '../../storage/ledger-projection-check';
import { AppError } from '../app-error';
import type { Context } from '../context';
import { checkCheckpoints, CheckpointFile, resolveTrustedKey, type TrustedKey } from './checkpoint-ledger';
import { compareProjections, type ProjectionDifference } from './compare-projections';
import { type AuditVerificationResult, verifyAuditChain } from './verify-audit';
import { verifyAndRecord, type VerificationResult } from './verify-ledger';

export interface LedgerVerificationRequest {
  readonly organisationId?: string | undefined;
  /** Walk every entry of every chain instead of starting at the last signed checkpoint. */
  readonly full?: boolean;
  /** A checkpoint file's text, to prove the ledger still extends each of its checkpoints. */
  readonly checkpointsText?: string | undefined;
  readonly checkpointsName?: string | undefined;
  /** A public key given apart (PEM text). */
  readonly publicKeyPem?: string | undefined;
  readonly keyDir: string;
  readonly fingerprint?: string | undefined;
}

export interface LedgerVerificationReport {
  readonly result: VerificationResult;
  readonly seconds: number;
  readonly key: TrustedKey | null;
  readonly checkpointsChecked: number;
  readonly checkpointFailures: ReadonlyArray<{ chainId: string; length: number; reason: string | null }>;
  /** Differences between the registry tables and what the ledger implies (null: not compared). */
  readonly projectionDifferences: readonly ProjectionDifference[] | null;
  /** Photos whose bytes no longer have their recorded SHA-256. */
  readonly alteredPhotos: ReadonlyArray<{ photoId: string; expected: string; found: string }>;
  /** The audit log's hash chain, walked from its genesis to its head (always, whatever the mode). */
  readonly audit: AuditVerificationResult;
  readonly ok: boolean;
}

/**
 * `custodia ledger verify`: the chains (from the last checkpoint whose signature holds for the key
 * held apart, or all of them with `full`), an optional checkpoint file checked against that key (a
 * file signed by another key is refused), and the registry tables compared with a rebuild from the
 * ledger, the photos against their hashes and the audit log's chain. Every verdict names the key's
 * fingerprint.
 */
export async function runLedgerVerification(
  ctx: Context,
  request: LedgerVerificationRequest,
): Promise<LedgerVerificationReport> {
  let file: CheckpointFile | null = null;
  if (request.checkpointsText !== undefined) {
    try {
      file = CheckpointFile.parse(JSON.parse(request.checkpointsText));
    } catch (error) {
      throw new AppError(
        'VALIDATION_FAILED',
        `${request.checkpointsName ?? 'the file'} is not a checkpoint file: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
      );
    }
  }
  let key: TrustedKey | null = null;
  try {
    key = resolveTrustedKey({
      publicKeyPem: request.publicKeyPem,
      keyDir: request.keyDir,
      fingerprint: request.fingerprint,
      offered: file?.publicKey,
    });
  } catch (error) {
    // Without a trusted key the chains are still walked, all of them; a checkpoint file is refused.
    if (file || !(error instanceof AppError) || error.code !== 'CHECKPOINT_KEY_UNKNOWN') throw error;
  }
  const started = performance.now();
  const result = await verifyAndRecord(ctx, {
    ...(request.organisationId ? { organisationId: request.organisationId } : {}),
    ...(key && !request.full ? { fromCheckpoints: { publicKeyPem: key.publicKeyPem } } : {}),
  });
  let checkpointsChecked = 0;
  let checkpointFailures: LedgerVerificationReport['checkpointFailures'] = [];
  if (file && key) {
    const checks = await checkCheckpoints(ctx, file, key);
    checkpointsChecked = checks.length;
    checkpointFailures = checks.filter((c) => !c.ok);
  }
  const projectionDifferences = result.ok ? await compareProjections(ctx.database) : null;
  const alteredPhotos: Array<{ photoId: string; expected: string; found: string }> = [];
  for await (const page of readPhotoPages(ctx.database.db)) {
    for (const photo of page) {
      const found = createHash('sha256').update(photo.data).digest('hex');
      if (found !== photo.sha256) alteredPhotos.push({ photoId: photo.id, expected: photo.sha256, found });
    }
  }
  const audit = await verifyAuditChain(ctx.database.db);
  const seconds = (performance.now() - started) / 1000;
  return {
    result,
    seconds,
    key,
    checkpointsChecked,
    checkpointFailures,
    projectionDifferences,
    alteredPhotos,
    audit,
    ok:
      result.ok &&
      audit.ok &&
      checkpointFailures.length === 0 &&
      (projectionDifferences?.length ?? 0) === 0 &&
      alteredPhotos.length === 0,
  };
}
