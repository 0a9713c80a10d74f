import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { SqliteDialect, type SqliteDatabase } from 'kysely';

export interface SqliteOptions {
  /** Path of the database file. */
  readonly file: string;
  /** PRAGMA synchronous: FULL survives a power cut with every committed transaction; NORMAL may lose the last ones. */
  readonly synchronous: 'FULL' | 'NORMAL';
}

/** Statements kept prepared, by SQL text; longer texts (bulk inserts) are prepared each time. */
const CACHED_STATEMENTS = 500;
const CACHED_SQL_LENGTH = 4_000;

/**
 * Kysely prepares every statement anew; the hot paths (sign-in check, issue, return) run the same
 * few dozen SQL texts, so they are kept prepared. A statement still being iterated is never reused.
 */
function withStatementCache(raw: BetterSqlite3.Database): SqliteDatabase {
  const cache = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => {
      cache.clear();
      raw.close();
    },
    prepare: (sql: string) => {
      if (sql.length > CACHED_SQL_LENGTH) return raw.prepare(sql);
      const cached = cache.get(sql);
      if (cached && !cached.busy) return cached;
      const statement = raw.prepare(sql);
      if (!cached) {
        if (cache.size >= CACHED_STATEMENTS) cache.delete(cache.keys().next().value!);
        cache.set(sql, statement);
      }
      return statement;
    },
  };
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
  return { dialect: new SqliteDialect({ database: withStatementCache(raw) }), raw };
}
