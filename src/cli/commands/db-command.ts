import type { Command } from 'commander';
import { AppError } from '../../use-cases/app-error';
import {
  backupDatabase,
  databaseStatus,
  migrateDatabase,
  restoreDatabase,
} from '../../use-cases/manage-database';
import { CliError } from '../cli-error';
import { openConfiguredDatabase, readConfig } from '../runtime';

function asCliError(error: unknown): never {
  if (error instanceof AppError) throw new CliError(error.message);
  throw error;
}

export function registerDbCommands(program: Command): void {
  const db = program.command('db').description('Database schema, backup and restore');

  db.command('migrate')
    .description('Apply pending migrations')
    .action(async () => {
      const database = await openConfiguredDatabase(readConfig());
      try {
        const applied = await migrateDatabase(database).catch((e: unknown) => {
          throw new CliError(e instanceof Error ? e.message : String(e));
        });
        process.stdout.write(
          applied.length ? `applied: ${applied.join(', ')}\n` : 'the database is up to date\n',
        );
      } finally {
        await database.close();
      }
    });

  db.command('status')
    .description('List migrations and whether each is applied')
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }) => {
      const database = await openConfiguredDatabase(readConfig());
      try {
        const migrations = await databaseStatus(database);
        if (options.json) {
          process.stdout.write(`${JSON.stringify({ database: database.location, migrations })}\n`);
        } else {
          process.stdout.write(`database: ${database.location} (${database.dialect})\n`);
          for (const m of migrations)
            process.stdout.write(`${m.appliedAt ? 'applied' : 'pending'}  ${m.name}  ${m.appliedAt ?? ''}\n`);
        }
      } finally {
        await database.close();
      }
    });

  db.command('backup')
    .description('Write a consistent copy of the database while it is in use')
    .argument('<file>', 'new file to write')
    .option('--timeout <seconds>', 'stop (and remove the partial file) after this long', '600')
    .action(async (file: string, options: { timeout: string }) => {
      const seconds = Number(options.timeout);
      if (!Number.isFinite(seconds) || seconds <= 0)
        throw new CliError(`--timeout must be a number of seconds above 0 (got "${options.timeout}")`, 2);
      const database = await openConfiguredDatabase(readConfig());
      try {
        const { bytes } = await backupDatabase(database, file, { timeoutMs: seconds * 1000 }).catch(
          asCliError,
        );
        process.stdout.write(`backup written: ${file} (${bytes} bytes)\n`);
      } finally {
        await database.close();
      }
    });

  db.command('restore')
    .description('Restore a backup into an empty database')
    .argument('<file>', 'backup file')
    .action(async (file: string) => {
      const config = readConfig();
      await restoreDatabase(
        {
          databaseUrl: config.databaseUrl,
          sqliteFile: config.sqliteFile,
          sqliteSynchronous: config.sqliteSynchronous,
        },
        file,
      ).catch(asCliError);
      process.stdout.write(`restored ${file}\n`);
    });
}
