import { readFileSync, writeFileSync } from 'node:fs';
import { AppError } from '../../use-cases/app-error';
import { checkpointLedger, exportCheckpoints } from '../../use-cases/ledger/checkpoint-ledger';
import { describeDifference } from '../../use-cases/ledger/compare-projections';
import { rebuildRegistry } from '../../use-cases/ledger/rebuild-registry';
import { runLedgerVerification } from '../../use-cases/ledger/run-verification';
import { describeAuditProblem } from '../../use-cases/ledger/verify-audit';
import { fingerprintOf, loadOrCreateSigningKey } from '../../use-cases/ledger/signing-key';
import { findOrganisationCode } from '../../use-cases/find-organisation-code';
import { CliError } from '../cli-error';
import type { CliIo } from '../io';
import { contextFor, openMigratedDatabase, readConfig, stderrLogger } from '../runtime';

/** `custodia ledger verify`: from the last signed checkpoint (or every entry with --full); exit 1 naming what does not match. */
export async function verify(
  io: CliIo,
  options: { org?: string; checkpoints?: string; publicKey?: string; full?: boolean; json?: boolean },
): Promise<void> {
  const config = readConfig(io);
  const readText = (file: string | undefined) => {
    if (file === undefined) return undefined;
    try {
      return readFileSync(file, 'utf8');
    } catch (error) {
      throw new CliError(`cannot read ${file}: ${(error as Error).message}`, 2);
    }
  };
  const checkpointsText = readText(options.checkpoints);
  const publicKeyPem = readText(options.publicKey);
  const database = await openMigratedDatabase(config);
  try {
    const ctx = contextFor(database, config, stderrLogger(io));
    const organisationId = options.org
      ? await findOrganisationCode(ctx, options.org).catch((e: unknown) => {
          throw new CliError(e instanceof Error ? e.message : String(e));
        })
      : undefined;
    const report = await runLedgerVerification(ctx, {
      organisationId,
      full: options.full,
      checkpointsText,
      checkpointsName: options.checkpoints,
      publicKeyPem,
      keyDir: config.keyDir,
      fingerprint: config.ledgerKeyFingerprint,
    }).catch((e: unknown) => {
      if (e instanceof AppError) throw new CliError(e.message, e.code === 'VALIDATION_FAILED' ? 2 : 1);
      throw e;
    });
    const { result } = report;
    const keyText = report.key ? `key ${report.key.fingerprint}` : 'no trusted key: every entry walked';
    if (options.json) {
      io.stdout.write(
        `${JSON.stringify({
          ok: report.ok,
          chains: result.chains,
          entries: result.entries,
          mode: result.mode,
          entriesFromCheckpoints: result.entriesFromCheckpoints,
          keyFingerprint: report.key?.fingerprint ?? null,
          problem: result.problem,
          checkpointsChecked: report.checkpointsChecked,
          checkpointFailures: report.checkpointFailures,
          projectionDifferences: report.projectionDifferences,
          alteredPhotos: report.alteredPhotos,
          audit: { ok: report.audit.ok, events: report.audit.events, problem: report.audit.problem },
        })}\n`,
      );
    } else if (report.ok) {
      const from =
        result.mode === 'incremental'
          ? ` (from signed checkpoints: ${result.entriesFromCheckpoints} earlier entries vouched for)`
          : ' (every entry)';
      io.stdout.write(
        `ledger intact: ${result.chains} chains, ${result.entries} entries verified${from}, the registry tables match the ledger and the audit log's ${report.audit.events} events are chained, in ${report.seconds.toFixed(2)} s; ${keyText}\n`,
      );
      if (options.checkpoints)
        io.stdout.write(
          `checkpoints: ${report.checkpointsChecked} of ${report.checkpointsChecked} still extended; ${keyText}\n`,
        );
    }
    if (!result.ok && result.problem) {
      const p = result.problem;
      throw new CliError(
        `ledger altered: chain ${p.chainId}, sequence ${p.sequence}: ${p.kind} (expected ${p.expected}, found ${p.found}); ${keyText}`,
        1,
      );
    }
    if (report.audit.problem)
      throw new CliError(`${describeAuditProblem(report.audit.problem)}; ${keyText}`, 1);
    if (report.checkpointFailures.length > 0) {
      const f = report.checkpointFailures[0]!;
      throw new CliError(
        `checkpoint not extended: chain ${f.chainId} at length ${f.length}: ${f.reason}; ${keyText}`,
        1,
      );
    }
    if (report.alteredPhotos.length > 0) {
      const lines = report.alteredPhotos.map(
        (p) => `photo ${p.photoId}: SHA-256 ${p.found}, recorded ${p.expected}`,
      );
      throw new CliError(`photos altered (${lines.length}):\n  ${lines.join('\n  ')}\n${keyText}`, 1);
    }
    if (report.projectionDifferences && report.projectionDifferences.length > 0) {
      const lines = report.projectionDifferences.map(describeDifference);
      throw new CliError(
        `registry tables differ from the ledger (${lines.length}):\n  ${lines.join('\n  ')}\n${keyText}`,
        1,
      );
    }
  } finally {
    await database.close();
  }
}

/** `custodia ledger checkpoint [--export FILE] [--export-public-key FILE]`: sign the head of every chain. */
export async function checkpoint(
  io: CliIo,
  options: { export?: string; exportPublicKey?: string },
): Promise<void> {
  const config = readConfig(io);
  if (options.exportPublicKey) {
    const key = loadOrCreateSigningKey(config.keyDir);
    writeFileSync(options.exportPublicKey, key.publicKeyPem, { flag: 'wx' });
    io.stdout.write(`public key ${fingerprintOf(key.publicKeyPem)} written to ${options.exportPublicKey}\n`);
    return;
  }
  const database = await openMigratedDatabase(config);
  try {
    const ctx = contextFor(database, config, stderrLogger(io));
    const signed = await checkpointLedger(ctx, config.keyDir).catch((e: unknown) => {
      if (e instanceof AppError) throw new CliError(e.message);
      throw e;
    });
    io.stdout.write(
      `signed ${signed.checkpoints.length} checkpoints with key ${fingerprintOf(signed.publicKey)}\n`,
    );
    if (options.export) {
      writeFileSync(
        options.export,
        `${JSON.stringify(await exportCheckpoints(ctx, config.keyDir), null, 2)}\n`,
      );
      io.stdout.write(`exported to ${options.export}\n`);
    }
  } finally {
    await database.close();
  }
}

/** `custodia ledger rebuild`: the registry tables from the ledger alone. */
export async function rebuild(io: CliIo): Promise<void> {
  const config = readConfig(io);
  const database = await openMigratedDatabase(config);
  try {
    const started = performance.now();
    const { entries } = await rebuildRegistry(database);
    io.stdout.write(
      `registry rebuilt from ${entries} entries in ${((performance.now() - started) / 1000).toFixed(2)} s\n`,
    );
  } finally {
    await database.close();
  }
}
