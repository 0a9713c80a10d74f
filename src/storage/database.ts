import { resolve } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { Kysely, type Transaction } from 'kysely';
import type pg from 'pg';
import { openPostgres } from './dialects/postgres';
import { openSqlite } from './dialects/sqlite';
import type { DB } from './schema';

export type Dialect = 'sqlite' | 'postgres';

/** What storage functions take as their first argument: the database or an open transaction. */
export type Queryable = Kysely<DB> | Transaction<DB>;

export interface Database {
  readonly db: Kysely<DB>;
  readonly dialect: Dialect;
  /** Human description for logs: the SQLite file, or the PostgreSQL host and database (never the password). */
  readonly location: string;
  /** The raw better-sqlite3 handle (online backup), when SQLite. */
  readonly sqlite: BetterSqlite3.Database | null;
  readonly postgresUrl: string | null;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** postgres://… for PostgreSQL; empty for the embedded SQLite database. */
  readonly databaseUrl: string | undefined;
  readonly sqliteFile: string;
  readonly sqliteSynchronous?: 'FULL' | 'NORMAL';
  readonly maxConnections?: number;
}

export function describePostgresUrl(url: string): string {
  const parsed = new URL(url);
  return `postgresql://${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
}

export function openDatabase(options: DatabaseOptions): Database {
  const url = options.databaseUrl?.trim();
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) {
      throw new Error(
        `DATABASE_URL must start with postgres:// or postgresql:// (got "${url.split(':')[0]}:…")`,
      );
    }
    const { dialect, pool } = openPostgres({
      connectionString: url,
      maxConnections: options.maxConnections ?? 10,
    });
    const db = new Kysely<DB>({ dialect });
    return {
      db,
      dialect: 'postgres',
      location: describePostgresUrl(url),
      sqlite: null,
      postgresUrl: url,
      close: async () => {
        await db.destroy();
        // Kysely ends the pool; nothing else holds it.
        void (pool as pg.Pool);
      },
    };
  }
  const file = resolve(options.sqliteFile);
  const { dialect, raw } = openSqlite({ file, synchronous: options.sqliteSynchronous ?? 'FULL' });
  const db = new Kysely<DB>({ dialect });
  return { db, dialect: 'sqlite', location: file, sqlite: raw, postgresUrl: null, close: () => db.destroy() };
}

/** Unique-constraint violation, in either dialect. */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/** Check the database answers a trivial query. */
export async function pingDatabase(database: Database): Promise<void> {
  await database.db
    .selectFrom('organisation')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirst();
}
