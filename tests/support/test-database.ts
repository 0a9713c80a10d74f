import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type Database, type Dialect } from '../../src/storage/database';
import { migrateDatabase as migrateToLatest } from '../../src/use-cases/manage-database';
import { postgresUrlFor, type DatabaseTemplate } from './database-templates';

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

/** What a new test database starts from: nothing, every migration, or the migrated demo country. */
export type TestDatabaseContent = 'empty' | 'migrated' | 'seeded';

/** The templates made once per run by tests/support/database-templates.ts (none outside Vitest's run). */
function templateOf(dialect: Dialect): DatabaseTemplate | undefined {
  try {
    return inject('custodiaDatabaseTemplates')?.[dialect];
  } catch {
    return undefined;
  }
}

const OBJECT_IN_USE = '55006';

/** CREATE DATABASE, retried while another session still holds the template (never ours: a race). */
async function createPostgresDatabase(
  adminUrl: string,
  name: string,
  template: string | null,
): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        await admin.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`);
        return;
      } catch (error) {
        if ((error as { code?: string }).code !== OBJECT_IN_USE || attempt >= 50) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  } finally {
    await admin.end();
  }
}

/**
 * A fresh database of the dialect: a new SQLite file or PostgreSQL database, empty or copied from
 * the run's migrated (or migrated and seeded) template.
 */
export async function createEmptyTestDatabase(
  dialect: Dialect,
  content: TestDatabaseContent = 'empty',
): Promise<Omit<TestDatabase, 'database'> & { open(): Database; content: TestDatabaseContent }> {
  const template = content === 'empty' ? undefined : templateOf(dialect);
  // Without a template (outside a Vitest run) the caller migrates and seeds itself.
  const copied: TestDatabaseContent = template ? content : 'empty';
  const dir = mkdtempSync(join(tmpdir(), 'custodia-test-'));
  const sqliteFile = join(dir, 'custodia.sqlite');
  if (dialect === 'sqlite') {
    if (template) copyFileSync(content === 'seeded' ? template.seeded : template.migrated, sqliteFile);
    return {
      databaseUrl: undefined,
      sqliteFile,
      content: copied,
      open: () => openDatabase({ databaseUrl: undefined, sqliteFile }),
      cleanup: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const adminUrl = process.env.TEST_DATABASE_URL!;
  const name = `custodia_t_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  await createPostgresDatabase(
    adminUrl,
    name,
    template ? (content === 'seeded' ? template.seeded : template.migrated) : null,
  );
  const databaseUrl = postgresUrlFor(adminUrl, name);
  return {
    databaseUrl,
    sqliteFile,
    content: copied,
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

/**
 * A fresh database with every migration applied; with `seeded`, a copy of the run's demo-country
 * template when there is one (`seeded` in the answer says whether the caller still has to seed).
 */
export async function createTestDatabase(
  dialect: Dialect,
  options: { seeded?: boolean } = {},
): Promise<TestDatabase & { seeded: boolean }> {
  const empty = await createEmptyTestDatabase(dialect, options.seeded ? 'seeded' : 'migrated');
  const database = empty.open();
  if (empty.content === 'empty') await migrateToLatest(database);
  return {
    database,
    seeded: empty.content === 'seeded',
    databaseUrl: empty.databaseUrl,
    sqliteFile: empty.sqliteFile,
    cleanup: async () => {
      await database.close().catch(() => undefined);
      await empty.cleanup();
    },
  };
}
