import { AppError } from '../../use-cases/app-error';
import {
  backupDatabase,
  databaseStatus,
  migrateDatabase,
  restoreDatabase,
} from '../../use-cases/manage-database';
import { CliError } from '../cli-error';
import type { CliIo } from '../io';
import { openConfiguredDatabase, readConfig } from '../runtime';

function asCliError(error: unknown): never {
  if (error instanceof AppError) throw new CliError(error.message);
  throw error;
}

/** `custodia db migrate`. */
export async function migrate(io: CliIo): Promise<void> {
  const database = await openConfiguredDatabase(readConfig(io));
  try {
    const applied = await migrateDatabase(database).catch((e: unknown) => {
      throw new CliError(e instanceof Error ? e.message : String(e));
    });
    io.stdout.write(applied.length ? `applied: ${applied.join(', ')}\n` : 'the database is up to date\n');
  } finally {
    await database.close();
  }
}

/** `custodia db status [--json]`. */
export async function status(io: CliIo, options: { json?: boolean }): Promise<void> {
  const database = await openConfiguredDatabase(readConfig(io));
  try {
    const migrations = await databaseStatus(database);
    if (options.json) {
      io.stdout.write(`${JSON.stringify({ database: database.location, migrations })}\n`);
    } else {
      io.stdout.write(`database: ${database.location} (${database.dialect})\n`);
      for (const m of migrations)
        io.stdout.write(`${m.appliedAt ? 'applied' : 'pending'}  ${m.name}  ${m.appliedAt ?? ''}\n`);
    }
  } finally {
    await database.close();
  }
}

/** `custodia db backup FILE`. */
export async function backup(io: CliIo, file: string, options: { timeout: string }): Promise<void> {
  const seconds = Number(options.timeout);
  if (!Number.isFinite(seconds) || seconds <= 0)
    throw new CliError(`--timeout must be a number of seconds above 0 (got "${options.timeout}")`, 2);
  const database = await openConfiguredDatabase(readConfig(io));
  try {
    const { bytes } = await backupDatabase(database, file, { timeoutMs: seconds * 1000 }).catch(asCliError);
    io.stdout.write(`backup written: ${file} (${bytes} bytes)\n`);
  } finally {
    await database.close();
  }
}

/** `custodia db restore FILE`. */
export async function restore(io: CliIo, file: string): Promise<void> {
  const config = readConfig(io);
  await restoreDatabase(
    {
      databaseUrl: config.databaseUrl,
      sqliteFile: config.sqliteFile,
      sqliteSynchronous: config.sqliteSynchronous,
    },
    file,
  ).catch(asCliError);
  io.stdout.write(`restored ${file}\n`);
}
