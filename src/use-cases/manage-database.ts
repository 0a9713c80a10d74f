import { execFile } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  openSync,
  readSync,
  closeSync,
  statSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { type Database, openDatabase, type DatabaseOptions } from '../storage/database';
import { listMigrations, migrateToLatest, type MigrationStatus } from '../storage/migrator';
import { AppError } from './app-error';
import { ensureCatalogue } from './registry/ensure-catalogue';

const run = promisify(execFile);

export { openDatabase, type Database, type DatabaseOptions };

/** Apply pending migrations, then add any missing entries of the shipped reference catalogue. */
export async function migrateDatabase(database: Database): Promise<string[]> {
  const applied = await migrateToLatest(database);
  await ensureCatalogue(database.db);
  return applied;
}

export async function databaseStatus(database: Database): Promise<MigrationStatus[]> {
  return listMigrations(database);
}

/** Does the database hold any table of ours (used to refuse a restore over data)? */
export async function isDatabaseEmpty(database: Database): Promise<boolean> {
  if (database.dialect === 'sqlite') {
    const rows = await sql<{
      n: number;
    }>`select count(*) as n from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(
      database.db,
    );
    return Number(rows.rows[0]?.n ?? 0) === 0;
  }
  const rows = await sql<{
    n: number;
  }>`select count(*)::int as n from information_schema.tables where table_schema = 'public'`.execute(
    database.db,
  );
  return Number(rows.rows[0]?.n ?? 0) === 0;
}

/** How long a backup may run before it is stopped and its partial file removed (default 10 minutes). */
export const BACKUP_TIMEOUT_MS = 10 * 60 * 1000;

/**
 * A consistent copy while the server runs: SQLite's online backup API copying every page in one
 * step (one read snapshot, so writes by the server cannot make it start over and over, as 100
 * pages a step did), or pg_dump's single-transaction snapshot on PostgreSQL. The copy is written to
 * `FILE.partial` and renamed when whole; on a failure or after `timeoutMs` the partial file is
 * removed and nothing is left behind. A partial file left by a killed backup is removed first.
 */
export async function backupDatabase(
  database: Database,
  file: string,
  options: { timeoutMs?: number } = {},
): Promise<{ bytes: number; seconds: number }> {
  if (existsSync(file)) throw new AppError('CONFLICT', `${file} already exists: choose a new file name`);
  const timeoutMs = options.timeoutMs ?? BACKUP_TIMEOUT_MS;
  const partial = `${file}.partial`;
  rmSync(partial, { force: true });
  const started = performance.now();
  const timedOut = () =>
    new AppError(
      'BACKUP_TIMED_OUT',
      `the backup did not finish in ${Math.round(timeoutMs / 1000)} s: stopped, no file written`,
      { timeoutSeconds: Math.round(timeoutMs / 1000) },
    );
  try {
    if (database.sqlite) {
      await database.sqlite.backup(partial, {
        progress: () => {
          if (performance.now() - started > timeoutMs) throw timedOut();
          // Every remaining page in the next step: a step is one read snapshot, never restarted.
          return 0x7fffffff;
        },
      });
    } else if (database.postgresUrl) {
      try {
        await run('pg_dump', ['--format=custom', '--no-owner', '--file', partial, database.postgresUrl], {
          timeout: Math.max(1, timeoutMs),
          killSignal: 'SIGKILL',
        });
      } catch (error) {
        if ((error as { killed?: boolean }).killed) throw timedOut();
        throw new AppError('UNAVAILABLE', `pg_dump failed: ${firstLine(error)}`);
      }
    }
    renameSync(partial, file);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  return { bytes: statSync(file).size, seconds: (performance.now() - started) / 1000 };
}

function firstLine(error: unknown): string {
  const text =
    (error as { stderr?: string }).stderr || (error instanceof Error ? error.message : String(error));
  return text.trim().split('\n')[0] ?? 'unknown error';
}

function readMagic(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(16);
    readSync(fd, buffer, 0, 16, 0);
    return buffer.toString('latin1');
  } finally {
    closeSync(fd);
  }
}

/**
 * Restore a backup into an empty database only, so a restore can never silently overwrite a book.
 * SQLite: the target file must not exist yet (or be empty). PostgreSQL: no table in the public schema.
 */
export async function restoreDatabase(options: DatabaseOptions, file: string): Promise<void> {
  if (!existsSync(file)) throw new AppError('NOT_FOUND', `${file} does not exist`);
  const magic = readMagic(file);
  const target = openDatabase(options);
  try {
    if (!(await isDatabaseEmpty(target))) {
      throw new AppError(
        'CONFLICT',
        `the target database ${target.location} is not empty: restore only into an empty one`,
      );
    }
    if (target.dialect === 'sqlite') {
      if (!magic.startsWith('SQLite format 3'))
        throw new AppError('VALIDATION_FAILED', `${file} is not a SQLite backup`);
      await target.close();
      copyFileSync(file, target.location);
      return;
    }
    if (!magic.startsWith('PGDMP'))
      throw new AppError('VALIDATION_FAILED', `${file} is not a pg_dump custom-format backup`);
    try {
      await run('pg_restore', [
        '--no-owner',
        '--exit-on-error',
        '--single-transaction',
        '--dbname',
        target.postgresUrl!,
        file,
      ]);
    } catch (error) {
      throw new AppError('UNAVAILABLE', `pg_restore failed: ${firstLine(error)}`);
    }
  } finally {
    await target.close().catch(() => undefined);
  }
}
