import type { Acquisition, Correction } from '../core/holdings/holding-entries';
import { foldSerial } from '../core/tracing/confusables';
import { bulkInsert } from './bulk-insert';
import type { Database, Queryable } from './database';

/**
 * The serial search index (table serial_search) as a projection of the ledger: an acquisition adds
 * the weapon's folded serial, a correction of the serial replaces it. Called by applyToRegistry, so
 * appending and `ledger rebuild` write the same rows; the bulk import calls indexFirearmSerials.
 */
export async function applyToSerialSearch(
  db: Queryable,
  entry: { readonly kind: string; readonly payload: unknown },
): Promise<void> {
  if (entry.kind === 'acquisition') {
    const p = entry.payload as Acquisition;
    await db
      .insertInto('serial_search')
      .values({ firearm_id: p.firearmId, folded: foldSerial(p.firearm.serialNormalised) })
      .execute();
    return;
  }
  if (entry.kind === 'correction') {
    const p = entry.payload as Correction;
    const serial = p.firearm?.changes.serialNormalised;
    if (p.firearm && typeof serial === 'string')
      await db
        .updateTable('serial_search')
        .set({ folded: foldSerial(serial) })
        .where('firearm_id', '=', p.firearm.firearmId)
        .execute();
  }
}

/** The bulk path (import): index the firearm rows just inserted, in the same transaction. */
export async function indexFirearmSerials(
  database: Database,
  trx: Queryable,
  firearms: ReadonlyArray<{ readonly id: string; readonly serial_normalised: string }>,
): Promise<void> {
  await bulkInsert(
    database,
    trx,
    'serial_search',
    firearms.map((f) => ({ firearm_id: f.id, folded: foldSerial(f.serial_normalised) })),
  );
}
