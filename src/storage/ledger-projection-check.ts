import { sql, type Transaction } from 'kysely';
import type { Queryable } from './database';
import type { DB } from './schema';

/*
 * The registry tables compared with a rebuild from the ledger, in a scratch space: inside one
 * transaction the current rows are copied to temporary tables, the projections are rebuilt from the
 * ledger, the two are compared with EXCEPT both ways, and the transaction is rolled back (the
 * temporary tables and the rebuild with it), so nothing is changed.
 */

/** The registry tables a rebuild writes, each with its key columns. */
export const CHECKED_PROJECTIONS = [
  { table: 'facility', key: ['id'] },
  { table: 'firearm', key: ['id'] },
  { table: 'firearm_marking', key: ['id'] },
  { table: 'ammunition_lot', key: ['id'] },
  { table: 'ammunition_stock', key: ['lot_id', 'facility_id'] },
  { table: 'serial_search', key: ['firearm_id'] },
  { table: 'ledger_subject', key: ['subject_id', 'entry_id'] },
] as const;

export type CheckedTable = (typeof CHECKED_PROJECTIONS)[number]['table'];

/** Copy every checked table to a temporary one (`scratch_<table>`), inside the caller's transaction. */
export async function snapshotProjections(trx: Transaction<DB>): Promise<void> {
  for (const { table } of CHECKED_PROJECTIONS) {
    await sql`CREATE TEMPORARY TABLE ${sql.id(`scratch_${table}`)} AS SELECT * FROM ${sql.id(table)}`.execute(
      trx,
    );
  }
}

/**
 * Rows of the snapshot not in the table now (`stored`), and rows of the table now not in the
 * snapshot (`rebuilt`), at most `limit` of each per table.
 */
export async function differingRows(
  trx: Transaction<DB>,
  table: CheckedTable,
  limit: number,
): Promise<{ stored: Array<Record<string, unknown>>; rebuilt: Array<Record<string, unknown>> }> {
  const scratch = sql.id(`scratch_${table}`);
  const live = sql.id(table);
  const stored = await sql<Record<string, unknown>>`
    SELECT * FROM (SELECT * FROM ${scratch} EXCEPT SELECT * FROM ${live}) AS d LIMIT ${limit}`.execute(trx);
  const rebuilt = await sql<Record<string, unknown>>`
    SELECT * FROM (SELECT * FROM ${live} EXCEPT SELECT * FROM ${scratch}) AS d LIMIT ${limit}`.execute(trx);
  return { stored: stored.rows, rebuilt: rebuilt.rows };
}

/** Every stored photo (id, recorded SHA-256, bytes), a page at a time. */
export async function* readPhotoPages(
  db: Queryable,
  pageSize = 200,
): AsyncGenerator<Array<{ id: string; sha256: string; data: Uint8Array }>> {
  let after: string | null = null;
  for (;;) {
    let query = db.selectFrom('photo').select(['id', 'sha256', 'data']);
    if (after !== null) query = query.where('id', '>', after);
    const page = await query.orderBy('id').limit(pageSize).execute();
    if (page.length === 0) return;
    yield page;
    after = page[page.length - 1]!.id;
  }
}
