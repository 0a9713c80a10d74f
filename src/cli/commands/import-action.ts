import { existsSync } from 'node:fs';
import { Presets, SingleBar } from 'cli-progress';
import { readHeader, readSpreadsheet } from '../../use-cases/import/read-spreadsheet';
import { findOrganisationCode } from '../../use-cases/find-organisation-code';
import { importAmmunitionRows } from '../../use-cases/registry/import-ammunition';
import { importFirearmRows, type ImportResult } from '../../use-cases/registry/import-firearms';
import { AppError } from '../../use-cases/app-error';
import { CliError } from '../cli-error';
import { consoleActor, writeProblemsCsv } from '../console-operator';
import type { CliIo } from '../io';
import { contextFor, openMigratedDatabase, readConfig, stderrLogger } from '../runtime';

export interface ImportFlags {
  org: string;
  facility?: string;
  dryRun?: boolean;
  json?: boolean;
}

function report(io: CliIo, result: ImportResult, json: boolean): void {
  if (json) {
    io.stdout.write(
      `${JSON.stringify(result.entryIds.length ? result : { ...result, entryIds: undefined })}\n`,
    );
    return;
  }
  writeProblemsCsv(io, result.errors);
}

/** `custodia import firearms|ammunition FILE --org CODE`: all rows or none. */
export async function runImport(
  io: CliIo,
  kind: 'firearms' | 'ammunition',
  file: string,
  flags: ImportFlags,
): Promise<void> {
  if (!existsSync(file)) throw new CliError(`${file} does not exist`, 2);
  const config = readConfig(io);
  const database = await openMigratedDatabase(config);
  const bar =
    flags.json || io.stderr.isTTY !== true
      ? null
      : new SingleBar(
          {
            format: ' {phase} [{bar}] {value} rows',
            hideCursor: true,
            stream: io.stderr as NodeJS.WritableStream,
          },
          Presets.shades_classic,
        );
  try {
    const ctx = contextFor(database, config, stderrLogger(io));
    const organisationId = await findOrganisationCode(ctx, flags.org).catch((e: unknown) => {
      throw new CliError(e instanceof Error ? e.message : String(e), 2);
    });
    let header: string[];
    try {
      header = await readHeader(file);
    } catch (error) {
      throw new CliError(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`, 2);
    }
    bar?.start(0, 0, { phase: 'checking' });
    const started = performance.now();
    const options = {
      organisationId,
      header,
      rows: () => readSpreadsheet(file),
      defaultFacilityCode: flags.facility ?? null,
      dryRun: flags.dryRun ?? false,
      onProgress: (phase: 'validate' | 'commit', rows: number) => {
        bar?.setTotal(Math.max(rows, bar.getTotal()));
        bar?.update(rows, { phase: phase === 'validate' ? 'checking' : 'writing ' });
      },
    };
    const run = kind === 'firearms' ? importFirearmRows : importAmmunitionRows;
    const result = await run(ctx, consoleActor(organisationId), options).catch((error: unknown) => {
      if (error instanceof AppError) throw new CliError(error.message, 2);
      throw error;
    });
    bar?.stop();
    report(io, result, flags.json ?? false);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if (result.errors.length > 0) {
      throw new CliError(
        `${result.errors.length} problems in ${new Set(result.errors.map((e) => e.line)).size} rows of ${result.rowsRead}: nothing was imported`,
        1,
      );
    }
    if (!flags.json) {
      io.stderr.write(
        result.dryRun
          ? `dry run: all ${result.rowsRead} rows are valid; nothing was written\n`
          : `imported ${result.entriesWritten} ${kind === 'firearms' ? 'firearms' : 'ammunition receipts'} in ${seconds} s\n`,
      );
    }
  } finally {
    bar?.stop();
    await database.close();
  }
}
