import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';
import type { Database } from './database';
import { MIGRATIONS } from './migrations/index';

function providerFor(database: Database): MigrationProvider {
  return {
    async getMigrations() {
      const out: Record<string, Migration> = {};
      for (const [name, migration] of MIGRATIONS) {
        out[name] = { up: (db: Kysely<unknown>) => migration.up(db, database.dialect) };
      }
      return out;
    },
  };
}

function migratorFor(database: Database): Migrator {
  return new Migrator({
    db: database.db as unknown as Kysely<unknown>,
    provider: providerFor(database),
    migrationTableName: 'schema_migration',
    migrationLockTableName: 'schema_migration_lock',
  });
}

export interface MigrationStatus {
  readonly name: string;
  readonly appliedAt: string | null;
}

/** Apply every pending migration, each in its own transaction; returns the names applied now. */
export async function migrateToLatest(database: Database): Promise<string[]> {
  const { error, results } = await migratorFor(database).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error');
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      failed ? `migration ${failed.migrationName} failed: ${reason}` : `migration failed: ${reason}`,
    );
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

export async function listMigrations(database: Database): Promise<MigrationStatus[]> {
  const infos = await migratorFor(database).getMigrations();
  return infos.map((info) => ({
    name: info.name,
    appliedAt: info.executedAt ? info.executedAt.toISOString() : null,
  }));
}
