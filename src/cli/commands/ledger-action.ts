import { readFileSync, writeFileSync } from 'node:fs';
import { AppError } from '../../use-cases/app-error';
import {
  checkCheckpoints,
  checkpointLedger,
  CheckpointFile,
  exportCheckpoints,
} from '../../use-cases/ledger/checkpoint-ledger';
import { rebuildRegistry } from '../../use-cases/ledger/rebuild-registry';
import { verifyAndRecord } from '../../use-cases/ledger/verify-ledger';
import { findOrganisationCode } from '../../use-cases/find-organisation-code';
import { CliError } from '../cli-error';
import type { CliIo } from '../io';
import { contextFor, openMigratedDatabase, readConfig, stderrLogger } from '../runtime';

/** `custodia ledger verify`: exit 1 naming the first entry that does not match. */
export async function verify(
  io: CliIo,
  options: { org?: string; checkpoints?: string; json?: boolean },
): Promise<void> {
  const config = readConfig(io);
  const database = await openMigratedDatabase(config);
  try {
    const ctx = contextFor(database, config, stderrLogger(io));
    const organisationId = options.org
      ? await findOrganisationCode(ctx, options.org).catch((e: unknown) => {
          throw new CliError(e instanceof Error ? e.message : String(e));
        })
      : undefined;
    const started = performance.now();
    const result = await verifyAndRecord(ctx, organisationId ? { organisationId } : {});
    const seconds = (performance.now() - started) / 1000;
    let checkpointFailures: Array<{ chainId: string; length: number; reason: string | null }> = [];
    let checkpointCount = 0;
    if (options.checkpoints) {
      let file: CheckpointFile;
      try {
        file = CheckpointFile.parse(JSON.parse(readFileSync(options.checkpoints, 'utf8')));
      } catch (error) {
        throw new CliError(
          `${options.checkpoints} is not a checkpoint file: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
          2,
        );
      }
      const checks = await checkCheckpoints(ctx, file);
      checkpointCount = checks.length;
      checkpointFailures = checks.filter((c) => !c.ok);
    }
    if (options.json) {
      io.stdout.write(
        `${JSON.stringify({ ok: result.ok && checkpointFailures.length === 0, chains: result.chains, entries: result.entries, problem: result.problem, checkpointsChecked: checkpointCount, checkpointFailures })}\n`,
      );
    } else if (result.ok) {
      io.stdout.write(
        `ledger intact: ${result.chains} chains, ${result.entries} entries verified in ${seconds.toFixed(2)} s\n`,
      );
      if (options.checkpoints)
        io.stdout.write(
          `checkpoints: ${checkpointCount - checkpointFailures.length} of ${checkpointCount} still extended\n`,
        );
    }
    if (!result.ok && result.problem) {
      const p = result.problem;
      throw new CliError(
        `ledger altered: chain ${p.chainId}, sequence ${p.sequence}: ${p.kind} (expected ${p.expected}, found ${p.found})`,
        1,
      );
    }
    if (checkpointFailures.length > 0) {
      const f = checkpointFailures[0]!;
      throw new CliError(`checkpoint not extended: chain ${f.chainId} at length ${f.length}: ${f.reason}`, 1);
    }
  } finally {
    await database.close();
  }
}

/** `custodia ledger checkpoint [--export FILE]`: sign the head of every chain. */
export async function checkpoint(io: CliIo, options: { export?: string }): Promise<void> {
  const config = readConfig(io);
  const database = await openMigratedDatabase(config);
  try {
    const ctx = contextFor(database, config, stderrLogger(io));
    const signed = await checkpointLedger(ctx, config.keyDir).catch((e: unknown) => {
      if (e instanceof AppError) throw new CliError(e.message);
      throw e;
    });
    io.stdout.write(
      `signed ${signed.checkpoints.length} checkpoints with key ${signed.checkpoints[0]?.keyId ?? '(none)'}\n`,
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
