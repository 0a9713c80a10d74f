import type BetterSqlite3 from 'better-sqlite3';
import type { Database, Queryable } from './database';
import type { DB } from './schema';

const statements = new WeakMap<BetterSqlite3.Database, Map<string, BetterSqlite3.Statement>>();

/**
 * Insert many rows inside the caller's transaction, as fast as each dialect allows: on SQLite a
 * cached prepared statement run row by row on the same connection (the transaction is open on it);
 * on PostgreSQL multi-row INSERTs sized under its 65,535-parameter limit.
 */
export async function bulkInsert<T extends keyof DB & string>(
  database: Database,
  trx: Queryable,
  table: T,
  rows: ReadonlyArray<Record<string, unknown>>,
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!);
  if (database.sqlite) {
    let cache = statements.get(database.sqlite);
    if (!cache) statements.set(database.sqlite, (cache = new Map()));
    const key = `${table}(${columns.join(',')})`;
    let statement = cache.get(key);
    if (!statement) {
      statement = database.sqlite.prepare(
        `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(',')}) VALUES (${columns.map(() => '?').join(',')})`,
      );
      cache.set(key, statement);
    }
    for (const row of rows) statement.run(columns.map((c) => row[c] ?? null));
    return;
  }
  const perStatement = Math.max(1, Math.floor(60_000 / columns.length));
  for (let i = 0; i < rows.length; i += perStatement) {
    await trx
      .insertInto(table)
      .values(rows.slice(i, i + perStatement) as never)
      .execute();
  }
}
