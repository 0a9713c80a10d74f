import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { SqliteDialect } from 'kysely';

export interface SqliteOptions {
  /** Path of the database file. */
  readonly file: string;
  /** PRAGMA synchronous: FULL survives a power cut with every committed transaction; NORMAL may lose the last ones. */
  readonly synchronous: 'FULL' | 'NORMAL';
}

export function openSqlite(options: SqliteOptions): { dialect: SqliteDialect; raw: BetterSqlite3.Database } {
  mkdirSync(dirname(options.file), { recursive: true });
  const raw = new BetterSqlite3(options.file);
  raw.pragma('journal_mode = WAL');
  raw.pragma(`synchronous = ${options.synchronous}`);
  raw.pragma('foreign_keys = ON');
  raw.pragma('busy_timeout = 5000');
  // 64 MiB of page cache (the default is 2 MiB): index maintenance of large imports stays in memory.
  raw.pragma('cache_size = -65536');
  raw.pragma('temp_store = MEMORY');
  return { dialect: new SqliteDialect({ database: raw }), raw };
}
