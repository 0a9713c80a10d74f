import type { Command } from 'commander';
import type { CliIo } from '../io';

export function registerDbCommands(program: Command, io: CliIo): void {
  const db = program.command('db').description('Database schema, backup and restore');
  const action = () => import('./db-action');

  db.command('migrate')
    .description('Apply pending migrations')
    .action(async () => (await action()).migrate(io));

  db.command('status')
    .description('List migrations and whether each is applied')
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }) => (await action()).status(io, options));

  db.command('backup')
    .description('Write a consistent copy of the database while it is in use')
    .argument('<file>', 'new file to write')
    .option('--timeout <seconds>', 'stop (and remove the partial file) after this long', '600')
    .action(async (file: string, options: { timeout: string }) => (await action()).backup(io, file, options));

  db.command('restore')
    .description('Restore a backup into an empty database')
    .argument('<file>', 'backup file')
    .action(async (file: string) => (await action()).restore(io, file));
}
