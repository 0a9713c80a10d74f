import type { Command } from 'commander';
import type { CliIo } from '../io';
import type { ImportFlags } from './import-action';

export function registerImportCommands(program: Command, io: CliIo): void {
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
      .action(async (file: string, flags: ImportFlags) =>
        (await import('./import-action')).runImport(io, kind, file, flags),
      );
  }
}
