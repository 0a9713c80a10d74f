import { Kysely, PostgresDialect } from 'kysely';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { sqliteInsertValues } from './bulk-insert';
import type { Database, Queryable } from './database';
import { openPostgres } from './dialects/postgres';
import type { DB } from './schema';

/**
 * A write transaction for bulk paths (imports): ordinary queries through `db`, and `insert` for
 * rows given as arrays of values in column order, which skips query building — multi-row prepared
 * statements on SQLite's own connection, COPY … FROM STDIN on PostgreSQL. Both see the same
 * transaction: it commits when `work` returns and rolls back, writing nothing, when it throws.
 */
export interface BulkTransaction {
  readonly db: Queryable;
  insert(
    table: keyof DB & string,
    columns: readonly string[],
    rows: ReadonlyArray<readonly unknown[]>,
  ): Promise<void>;
}

export async function withBulkTransaction<T>(
  database: Database,
  work: (trx: BulkTransaction) => Promise<T>,
): Promise<T> {
  const sqlite = database.sqlite;
  if (sqlite) {
    return database.db.transaction().execute((trx) =>
      work({
        db: trx,
        insert: (table, columns, rows) => {
          sqliteInsertValues(sqlite, table, columns, rows);
          return Promise.resolve();
        },
      }),
    );
  }
  if (!database.postgresUrl) throw new Error('no database connection for a bulk transaction');
  // A connection of its own (the shared pool hides its clients), parsing values as the pool does.
  const { pool } = openPostgres({ connectionString: database.postgresUrl, maxConnections: 1 });
  const client = await pool.connect();
  const db = new Kysely<DB>({
    dialect: new PostgresDialect({
      pool: {
        connect: () => Promise.resolve({ query: client.query.bind(client), release: () => undefined }),
        end: () => Promise.resolve(),
      } as unknown as pg.Pool,
    }),
  });
  let broken = false;
  try {
    await client.query('BEGIN');
    try {
      const result = await work({
        db,
        insert: (table, columns, rows) => copyRows(client, table, columns, rows),
      });
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {
        broken = true;
      });
      throw error;
    }
  } finally {
    client.release(broken);
    await db.destroy();
    await pool.end();
  }
}

// COPY's text format: tab between columns, \N for null, backslash escapes for the rest.
const COPY_SPECIAL = /[\\\t\n\r]/;
function copyText(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  const text = typeof value === 'string' ? value : String(value);
  if (!COPY_SPECIAL.test(text)) return text;
  return text.replace(/[\\\t\n\r]/g, (c) =>
    c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r',
  );
}

async function copyRows(
  client: pg.PoolClient,
  table: string,
  columns: readonly string[],
  rows: ReadonlyArray<readonly unknown[]>,
): Promise<void> {
  if (rows.length === 0) return;
  const stream = client.query(
    copyFrom(`COPY "${table}" (${columns.map((c) => `"${c}"`).join(',')}) FROM STDIN`),
  );
  const done = new Promise<void>((resolve, reject) => {
    stream.on('finish', resolve);
    stream.on('error', reject);
  });
  let chunk = '';
  for (const row of rows) {
    let line = '';
    for (let c = 0; c < row.length; c++) line += (c === 0 ? '' : '\t') + copyText(row[c]);
    chunk += `${line}\n`;
    if (chunk.length > 1 << 20) {
      stream.write(chunk);
      chunk = '';
    }
  }
  stream.end(chunk);
  await done;
}
