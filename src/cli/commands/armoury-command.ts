import type { Command } from 'commander';
import type { CliIo } from '../io';

/** `custodia armoury …` and `custodia import personnel` (registered after the import command). */
export function registerArmouryCommands(program: Command, io: CliIo): void {
  const action = () => import('./armoury-action');
  const armoury = program.command('armoury').description('Armoury operations');
  armoury
    .command('sweep-overdue')
    .description(
      'Raise alerts for weapons not back by their expected time and send their webhooks (for cron)',
    )
    .option('--json', 'print the result as JSON')
    .action(async (flags: { json?: boolean }) => (await action()).runSweep(io, flags));
  const importCommand =
    program.commands.find((c) => c.name() === 'import') ??
    program.command('import').description('Import from CSV or XLSX (all rows or none)');
  importCommand
    .command('personnel')
    .description('Import personnel from a CSV or XLSX file (template: docs/import.md)')
    .argument('<file>', 'CSV or XLSX file')
    .requiredOption('--org <code>', 'organisation code, e.g. PSC-ANDINA')
    .option('--dry-run', 'check every row and write nothing')
    .option('--json', 'print the result and any errors as JSON')
    .action(async (file: string, flags: { org: string; dryRun?: boolean; json?: boolean }) =>
      (await action()).runPersonnelImport(io, file, flags),
    );
}
