import type { Kysely } from 'kysely';
import type { DB } from '../../src/storage/schema';

/** Every projection row, sorted, so two registries can be compared for exact equality. */
export async function snapshotRegistry(db: Kysely<DB>): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of [
    'facility',
    'firearm',
    'firearm_marking',
    'ammunition_lot',
    'ammunition_stock',
    'ledger_subject',
  ] as const) {
    const rows = (await db.selectFrom(table).selectAll().execute()) as Array<Record<string, unknown>>;
    out[table] = rows
      .map((row) =>
        Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'number' ? Number(v) : v])),
      )
      .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  }
  return out;
}
