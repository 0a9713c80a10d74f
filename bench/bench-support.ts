import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import type { Actor } from '../src/core/access/actor';
import { openDatabase, type Database } from '../src/storage/database';
import { createContext, DEFAULT_SECURITY_SETTINGS, type Context } from '../src/use-cases/context';
import { migrateDatabase } from '../src/use-cases/manage-database';
import { seedDemo } from '../src/use-cases/seed-demo';

export const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };

export function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

/** CPU time (user + system) of this process since `since`, in seconds: steadier than wall time on a shared box. */
export function cpuSeconds(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
}

export function peakRssMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

/** A fresh database for a benchmark: a new SQLite file under .tmp, or a new PostgreSQL database. */
export async function freshDatabase(
  dialect: string,
  name: string,
): Promise<{ database: Database; drop(): Promise<void> }> {
  if (dialect === 'postgres') {
    const admin =
      process.env.BENCH_DATABASE_URL ??
      process.env.TEST_DATABASE_URL ??
      'postgres://postgres@127.0.0.1:5432/postgres';
    const dbName = `custodia_bench_${name}_${process.pid}`;
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    await client.query(`CREATE DATABASE ${dbName}`);
    await client.end();
    const url = new URL(admin);
    url.pathname = `/${dbName}`;
    const database = openDatabase({ databaseUrl: url.toString(), sqliteFile: '' });
    return {
      database,
      drop: async () => {
        await database.close();
        const c = new pg.Client({ connectionString: admin });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
        await c.end();
      },
    };
  }
  const dir = join(process.cwd(), '.tmp', `bench-${name}-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const database = openDatabase({ databaseUrl: undefined, sqliteFile: join(dir, 'bench.sqlite') });
  return {
    database,
    drop: async () => {
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Migrated, with the demo country (a PSC with one armoury), and the manager acting. */
export async function benchBook(
  database: Database,
): Promise<{ ctx: Context; actor: Actor; organisationId: string }> {
  await migrateDatabase(database);
  const ctx = createContext(database, DEFAULT_SECURITY_SETTINGS, quiet);
  await seedDemo(ctx);
  const org = await database.db
    .selectFrom('organisation')
    .select('id')
    .where('code', '=', 'PSC-ANDINA')
    .executeTakeFirstOrThrow();
  const actor = {
    userId: null,
    apiTokenId: 'bench',
    organisationId: org.id,
    organisationKind: 'psc',
    countryCode: 'PE',
    roles: ['psc-manager'],
  } as unknown as Actor;
  return { ctx, actor, organisationId: org.id };
}
