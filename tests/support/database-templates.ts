import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase, type Dialect } from '../../src/storage/database';
import { createContext, DEFAULT_SECURITY_SETTINGS } from '../../src/use-cases/context';
import { migrateDatabase } from '../../src/use-cases/manage-database';
import { seedDemo } from '../../src/use-cases/seed-demo';

/*
 * Migrating and seeding the demo country take most of a test database's set-up (the seed hashes a
 * password with Argon2 and writes a few hundred ledger entries). They are done once per test run and
 * dialect, here; each test then gets a copy: a file copy on SQLite, `CREATE DATABASE … TEMPLATE …`
 * on PostgreSQL (cheap, and the template is never connected to while tests run).
 */

/** The clock the templates are seeded at: the start of every test clock (tests/support/test-app.ts). */
export const TEMPLATE_CLOCK_START = '2026-11-28T06:00:00.000Z';

export interface DatabaseTemplate {
  /** Every migration applied, no rows. SQLite: a file path; PostgreSQL: a database name. */
  readonly migrated: string;
  /** Migrated, then seeded with the demo country at TEMPLATE_CLOCK_START. */
  readonly seeded: string;
}

export type DatabaseTemplates = Partial<Record<Dialect, DatabaseTemplate>>;

declare module 'vitest' {
  export interface ProvidedContext {
    custodiaDatabaseTemplates: DatabaseTemplates;
  }
}

const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };

export function postgresUrlFor(adminUrl: string, name: string): string {
  const parsed = new URL(adminUrl);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

async function seedInto(options: { databaseUrl: string | undefined; sqliteFile: string }): Promise<void> {
  const database = openDatabase(options);
  try {
    const start = Date.parse(TEMPLATE_CLOCK_START);
    await seedDemo(createContext(database, DEFAULT_SECURITY_SETTINGS, silent, () => new Date(start)));
  } finally {
    await database.close();
  }
}

async function migrateInto(options: { databaseUrl: string | undefined; sqliteFile: string }): Promise<void> {
  const database = openDatabase(options);
  try {
    await migrateDatabase(database);
  } finally {
    await database.close();
  }
}

async function sqliteTemplates(dir: string): Promise<DatabaseTemplate> {
  const migrated = join(dir, 'migrated.sqlite');
  const seeded = join(dir, 'seeded.sqlite');
  await migrateInto({ databaseUrl: undefined, sqliteFile: migrated });
  // Closing the only connection checkpoints the WAL into the file and removes it: the file is whole.
  if (existsSync(`${migrated}-wal`)) throw new Error('the migrated template kept its WAL file');
  copyFileSync(migrated, seeded);
  await seedInto({ databaseUrl: undefined, sqliteFile: seeded });
  if (existsSync(`${seeded}-wal`)) throw new Error('the seeded template kept its WAL file');
  return { migrated, seeded };
}

async function adminQuery(adminUrl: string, sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

async function postgresTemplates(adminUrl: string, prefix: string): Promise<DatabaseTemplate> {
  const migrated = `${prefix}_migrated`;
  const seeded = `${prefix}_seeded`;
  await adminQuery(adminUrl, `CREATE DATABASE ${migrated}`);
  await migrateInto({ databaseUrl: postgresUrlFor(adminUrl, migrated), sqliteFile: '' });
  await adminQuery(adminUrl, `CREATE DATABASE ${seeded} TEMPLATE ${migrated}`);
  await seedInto({ databaseUrl: postgresUrlFor(adminUrl, seeded), sqliteFile: '' });
  return { migrated, seeded };
}

export default async function setup(project: {
  provide(key: 'custodiaDatabaseTemplates', value: DatabaseTemplates): void;
}): Promise<() => Promise<void>> {
  const started = Date.now();
  const dir = mkdtempSync(join(tmpdir(), 'custodia-templates-'));
  const templates: DatabaseTemplates = { sqlite: await sqliteTemplates(dir) };
  const adminUrl = process.env.TEST_DATABASE_URL;
  const prefix = `custodia_tpl_${Date.now().toString(36)}_${process.pid}`;
  if (adminUrl) templates.postgres = await postgresTemplates(adminUrl, prefix);
  project.provide('custodiaDatabaseTemplates', templates);
  console.log(
    `test database templates (${Object.keys(templates).join(', ')}) migrated and seeded in ${Date.now() - started} ms`,
  );
  return async () => {
    rmSync(dir, { recursive: true, force: true });
    if (adminUrl && templates.postgres) {
      for (const name of [templates.postgres.seeded, templates.postgres.migrated])
        await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }
  };
}
