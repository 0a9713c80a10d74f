import type { Acquisition } from '../../core/holdings/holding-entries';
import { subjectsOf } from '../../core/holdings/entry-subjects';
import { bulkInsert } from '../../storage/bulk-insert';
import type { Database } from '../../storage/database';
import { insertSubjects, readAllEntries } from '../../storage/ledger-store';
import { applyToRegistry, clearRegistry, firearmRowOfAcquisition } from '../../storage/registry-projection';
import { indexFirearmSerials } from '../../storage/serial-search-projection';
import type { DB, FirearmTable } from '../../storage/schema';
import type { Transaction } from 'kysely';
import { isFirearmInadequatelyMarked } from './marking-adequacy';

/**
 * An acquisition with no marking recorded and its serial as found (every row of a bulk import):
 * `applyToRegistry` writes for it exactly its serial-search row and its firearm row, and nothing
 * it writes depends on other rows, so a run of them can be written in bulk.
 */
function isPlainAcquisition(kind: string, payload: unknown): payload is Acquisition {
  if (kind !== 'acquisition') return false;
  const p = payload as Partial<Acquisition>;
  return Array.isArray(p.markings) && p.markings.length === 0 && p.firearm?.serialAssigned === false;
}

/**
 * Throw the projections away and replay every entry in commit order, in one transaction: the
 * registry afterwards is exactly what appending those entries produced (the same code applies them).
 * Consecutive plain acquisitions are written in bulk — the same rows `applyToRegistry` writes, in
 * the same order — and written out before any other entry is applied.
 */
export async function rebuildRegistry(
  database: Database,
  onProgress?: (entries: number) => void,
): Promise<{ entries: number }> {
  return database.db.transaction().execute(async (trx) => rebuildInside(database, trx, onProgress));
}

/** The rebuild inside the caller's transaction (`compareProjections` rolls it back). */
export async function rebuildInside(
  database: Database,
  trx: Transaction<DB>,
  onProgress?: (entries: number) => void,
): Promise<{ entries: number }> {
  {
    await clearRegistry(trx);
    let entries = 0;
    let subjects: Array<{ subject_id: string; entry_id: string }> = [];
    let firearms: FirearmTable[] = [];
    const flush = async () => {
      if (firearms.length === 0) return;
      await bulkInsert(database, trx, 'ledger_subject', subjects);
      await indexFirearmSerials(database, trx, firearms);
      await bulkInsert(database, trx, 'firearm', firearms as unknown as Array<Record<string, unknown>>);
      subjects = [];
      firearms = [];
    };
    for await (const page of readAllEntries(trx)) {
      for (const row of page) {
        const payload = JSON.parse(row.payload) as unknown;
        if (isPlainAcquisition(row.kind, payload)) {
          for (const subject_id of subjectsOf(payload)) subjects.push({ subject_id, entry_id: row.id });
          firearms.push(firearmRowOfAcquisition(row.id, row.organisation_id, payload));
        } else {
          await flush();
          await insertSubjects(
            trx,
            subjectsOf(payload).map((subject_id) => ({ subject_id, entry_id: row.id })),
          );
          await applyToRegistry(
            trx,
            { id: row.id, organisationId: row.organisation_id, kind: row.kind, payload },
            isFirearmInadequatelyMarked,
          );
        }
        entries++;
      }
      await flush();
      onProgress?.(entries);
    }
    return { entries };
  }
}
