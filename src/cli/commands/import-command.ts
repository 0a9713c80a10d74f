import { existsSync } from 'node:fs';
import { Presets, SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import type { Actor } from '../../core/access/actor';
import { readHeader, readSpreadsheet } from '../../use-cases/import/read-spreadsheet';
import { findOrganisationCode } from '../../use-cases/find-organisation-code';
import { importAmmunitionRows } from '../../use-cases/registry/import-ammunition';
import { importFirearmRows, type ImportResult } from '../../use-cases/registry/import-firearms';
import { AppError } from '../../use-cases/app-error';
import { CliError } from '../cli-error';
import { contextFor, openMigratedDatabase, readConfig } from '../runtime';

interface ImportFlags {
  org: string;
  facility?: string;
  dryRun?: boolean;
  json?: boolean;
}

/** The console operator acts as the organisation's own manager would (the import is recorded as "cli"). */
function consoleActor(organisationId: string): Actor {
  return {
    userId: null,
    apiTokenId: 'cli',
    organisationId,
    organisationKind: 'psc',
    countryCode: '',
    roles: ['psc-manager'],
  } as unknown as Actor;
}

function csvField(value: string | number): string {
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function report(result: ImportResult, json: boolean): void {
  if (json) {
    process.stdout.write(
      `${JSON.stringify(result.entryIds.length ? result : { ...result, entryIds: undefined })}\n`,
    );
    return;
  }
  if (result.errors.length > 0) {
    process.stdout.write('line,column,code,reason\n');
    for (const e of result.errors)
      process.stdout.write(`${[e.line, e.column, e.code, e.reason].map(csvField).join(',')}\n`);
  }
}

async function runImport(kind: 'firearms' | 'ammunition', file: string, flags: ImportFlags): Promise<void> {
  if (!existsSync(file)) throw new CliError(`${file} does not exist`, 2);
  const config = readConfig();
  const database = await openMigratedDatabase(config);
  const bar =
    flags.json || !process.stderr.isTTY
      ? null
      : new SingleBar({ format: ' {phase} [{bar}] {value} rows', hideCursor: true }, Presets.shades_classic);
  try {
    const ctx = contextFor(database, config);
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
    report(result, flags.json ?? false);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if (result.errors.length > 0) {
      throw new CliError(
        `${result.errors.length} problems in ${new Set(result.errors.map((e) => e.line)).size} rows of ${result.rowsRead}: nothing was imported`,
        1,
      );
    }
    if (!flags.json) {
      process.stderr.write(
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

export function registerImportCommands(program: Command): void {
  const command = program
    .command('import')
    .description('Import the registry from CSV or XLSX (all rows or none)');
  for (const kind of ['firearms', 'ammunition'] as const) {
    command
      .command(kind)
      .description(`Import ${kind} from a CSV or XLSX file (template: docs/import.md)`)
      .argument('<file>', 'CSV or XLSX file')
      .requiredOption('--org <code>', 'organisation code, e.g. PSC-ANDINA')
      .option('--facility <code>', 'facility for rows that leave the facility column empty')
      .option('--dry-run', 'check every row and write nothing')
      .option('--json', 'print the result and any errors as JSON')
      .action((file: string, flags: ImportFlags) => runImport(kind, file, flags));
  }
}
