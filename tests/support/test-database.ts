import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase, type Database, type Dialect } from '../../src/storage/database';
import { migrateDatabase as migrateToLatest } from '../../src/use-cases/manage-database';

/** SQLite always; PostgreSQL too when TEST_DATABASE_URL names a server we may create databases on. */
export const TEST_DIALECTS: readonly Dialect[] = process.env.TEST_DATABASE_URL
  ? ['sqlite', 'postgres']
  : ['sqlite'];

export interface TestDatabase {
  readonly database: Database;
  /** Options to open the same database again (another connection, a child process). */
  readonly databaseUrl: string | undefined;
  readonly sqliteFile: string;
  cleanup(): Promise<void>;
}

function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/** A fresh, empty database of the dialect: a new SQLite file, or a new PostgreSQL database. */
export async function createEmptyTestDatabase(
  dialect: Dialect,
): Promise<Omit<TestDatabase, 'database'> & { open(): Database }> {
  const dir = mkdtempSync(join(tmpdir(), 'custodia-test-'));
  const sqliteFile = join(dir, 'custodia.sqlite');
  if (dialect === 'sqlite') {
    return {
      databaseUrl: undefined,
      sqliteFile,
      open: () => openDatabase({ databaseUrl: undefined, sqliteFile }),
      cleanup: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const adminUrl = process.env.TEST_DATABASE_URL!;
  const name = `custodia_t_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const databaseUrl = withDatabaseName(adminUrl, name);
  return {
    databaseUrl,
    sqliteFile,
    open: () => openDatabase({ databaseUrl, sqliteFile }),
    cleanup: async () => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A fresh database with every migration applied. */
export async function createTestDatabase(dialect: Dialect): Promise<TestDatabase> {
  const empty = await createEmptyTestDatabase(dialect);
  const database = empty.open();
  await migrateToLatest(database);
  return {
    database,
    databaseUrl: empty.databaseUrl,
    sqliteFile: empty.sqliteFile,
    cleanup: async () => {
      await database.close().catch(() => undefined);
      await empty.cleanup();
    },
  };
}
