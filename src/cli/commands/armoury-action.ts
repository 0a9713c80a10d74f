import { existsSync } from 'node:fs';
import { AppError } from '../../use-cases/app-error';
import { importPersonnel } from '../../use-cases/armoury/import-personnel';
import { sweepOverdue } from '../../use-cases/armoury/overdue-alerts';
import { findOrganisationCode } from '../../use-cases/find-organisation-code';
import { readHeader, readSpreadsheet } from '../../use-cases/import/read-spreadsheet';
import { CliError } from '../cli-error';
import { consoleActor, writeProblemsCsv } from '../console-operator';
import type { CliIo } from '../io';
import { contextFor, openMigratedDatabase, readConfig, stderrLogger } from '../runtime';

/** `custodia import personnel FILE --org CODE`: all rows or none. */
export async function runPersonnelImport(
  io: CliIo,
  file: string,
  flags: { org: string; dryRun?: boolean; json?: boolean },
): Promise<void> {
  if (!existsSync(file)) throw new CliError(`${file} does not exist`, 2);
  const config = readConfig(io);
  const database = await openMigratedDatabase(config);
  try {
    const ctx = contextFor(database, config, stderrLogger(io));
    const organisationId = await findOrganisationCode(ctx, flags.org).catch((e: unknown) => {
      throw new CliError(e instanceof Error ? e.message : String(e), 2);
    });
    let header: string[];
    try {
      header = await readHeader(file);
    } catch (error) {
      throw new CliError(error instanceof Error ? error.message : String(error), 2);
    }
    const result = await importPersonnel(ctx, consoleActor(organisationId), {
      organisationId,
      header,
      rows: () => readSpreadsheet(file),
      dryRun: flags.dryRun ?? false,
    }).catch((error: unknown) => {
      if (error instanceof AppError) throw new CliError(error.message, 2);
      throw error;
    });
    if (flags.json) io.stdout.write(`${JSON.stringify(result)}\n`);
    else writeProblemsCsv(io, result.errors);
    if (result.errors.length > 0)
      throw new CliError(
        `${result.errors.length} problems in ${new Set(result.errors.map((e) => e.line)).size} rows of ${result.rowsRead}: nothing was imported`,
        1,
      );
    if (!flags.json)
      io.stderr.write(
        result.dryRun
          ? `dry run: all ${result.rowsRead} rows are valid; nothing was written\n`
          : `imported ${result.created} people\n`,
      );
  } finally {
    await database.close();
  }
}

/** `custodia armoury sweep-overdue`: raise overdue alerts and send their webhooks (for cron). */
export async function runSweep(io: CliIo, flags: { json?: boolean }): Promise<void> {
  const config = readConfig(io);
  const database = await openMigratedDatabase(config);
  try {
    const result = await sweepOverdue(contextFor(database, config, stderrLogger(io)));
    io.stdout.write(
      flags.json
        ? `${JSON.stringify(result)}\n`
        : `overdue alerts raised: ${result.alertsRaised}; webhooks delivered: ${result.webhooksDelivered}; failed for good: ${result.webhooksFailed}\n`,
    );
  } finally {
    await database.close();
  }
}
