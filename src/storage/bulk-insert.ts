import type BetterSqlite3 from 'better-sqlite3';
import type { Database, Queryable } from './database';
import type { DB } from './schema';

const statements = new WeakMap<BetterSqlite3.Database, Map<string, BetterSqlite3.Statement>>();

/** Rows per multi-row INSERT on SQLite (12 columns × 64 rows stays far under its 32,766 parameters). */
const SQLITE_ROWS_PER_STATEMENT = 64;

function sqliteStatement(
  sqlite: BetterSqlite3.Database,
  table: string,
  columns: readonly string[],
  rows: number,
): BetterSqlite3.Statement {
  let cache = statements.get(sqlite);
  if (!cache) statements.set(sqlite, (cache = new Map()));
  const key = `${table}(${columns.join(',')})×${rows}`;
  let statement = cache.get(key);
  if (!statement) {
    const tuple = `(${columns.map(() => '?').join(',')})`;
    statement = sqlite.prepare(
      `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(',')}) VALUES ${Array.from({ length: rows }, () => tuple).join(',')}`,
    );
    cache.set(key, statement);
  }
  return statement;
}

/**
 * Insert rows given as arrays of values in `columns` order, on SQLite's own connection (inside the
 * transaction open on it): cached multi-row prepared statements, no query building.
 */
export function sqliteInsertValues(
  sqlite: BetterSqlite3.Database,
  table: string,
  columns: readonly string[],
  rows: ReadonlyArray<readonly unknown[]>,
): void {
  const width = columns.length;
  let i = 0;
  if (rows.length >= SQLITE_ROWS_PER_STATEMENT) {
    const many = sqliteStatement(sqlite, table, columns, SQLITE_ROWS_PER_STATEMENT);
    const params: unknown[] = new Array<unknown>(width * SQLITE_ROWS_PER_STATEMENT);
    for (; i + SQLITE_ROWS_PER_STATEMENT <= rows.length; i += SQLITE_ROWS_PER_STATEMENT) {
      let k = 0;
      for (let r = i; r < i + SQLITE_ROWS_PER_STATEMENT; r++) {
        const row = rows[r]!;
        for (let c = 0; c < width; c++) params[k++] = row[c] ?? null;
      }
      many.run(params);
    }
  }
  if (i < rows.length) {
    const one = sqliteStatement(sqlite, table, columns, 1);
    for (; i < rows.length; i++) one.run(rows[i]!.map((v) => v ?? null));
  }
}

/**
 * Insert many rows inside the caller's transaction, as fast as each dialect allows: on SQLite
 * cached multi-row prepared statements run on the same connection (the transaction is open on it);
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
    sqliteInsertValues(
      database.sqlite,
      table,
      columns,
      rows.map((row) => columns.map((c) => row[c])),
    );
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
