import type { Kysely } from 'kysely';
import type { Database } from '../../src/storage/database';

/**
 * Every table of the database, read from the schema itself (not a list kept by hand, which falls
 * behind with every migration), except those named: e.g. the audit log and the sign-in throttle,
 * which record a failed attempt and must be written by it.
 */
export async function tablesOf(database: Database, except: readonly string[] = []): Promise<string[]> {
  const tables = await database.db.introspection.getTables();
  const names = tables
    .filter((table) => !table.isView)
    .map((table) => table.name)
    .filter((name) => !except.includes(name))
    .sort();
  if (names.length < 20) throw new Error(`only ${names.length} tables found: ${names.join(', ')}`);
  return names;
}

type CountQuery = () => Promise<Record<string, unknown>>;
const compiled = new WeakMap<Database, Map<string, CountQuery>>();

/** The one statement that counts the tables, built once (on SQLite kept prepared: it is long). */
function countQueryOf(database: Database, tables: readonly string[]): CountQuery {
  const byTables = compiled.get(database) ?? new Map<string, CountQuery>();
  compiled.set(database, byTables);
  const key = tables.join(',');
  const known = byTables.get(key);
  if (known) return known;
  // The table names come from the schema at run time, so the typed query builder cannot know them.
  const db = database.db as unknown as Kysely<Record<string, Record<string, unknown>>>;
  const query = db
    .selectNoFrom((eb) =>
      tables.map((table) =>
        eb
          .selectFrom(table)
          .select((inner) => inner.fn.countAll<number>().as('n'))
          .as(table),
      ),
    )
    .compile();
  let run: CountQuery;
  if (database.sqlite) {
    const statement = database.sqlite.prepare(query.sql);
    run = async () => statement.get(...query.parameters) as Record<string, unknown>;
  } else {
    run = async () => (await database.db.executeQuery(query)).rows[0] as Record<string, unknown>;
  }
  byTables.set(key, run);
  return run;
}

/** Rows in each of the tables, read in one statement (one round trip on PostgreSQL). */
export async function countRows(
  database: Database,
  tables: readonly string[],
): Promise<Record<string, number>> {
  const row = await countQueryOf(database, tables)();
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const n = Number(row[table]);
    if (!Number.isInteger(n) || n < 0) throw new Error(`no row count for ${table}: ${String(row[table])}`);
    counts[table] = n;
  }
  return counts;
}
