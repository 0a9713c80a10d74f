import { subjectsOf } from '../../core/holdings/entry-subjects';
import type { Database } from '../../storage/database';
import { insertSubjects, readAllEntries } from '../../storage/ledger-store';
import { applyToRegistry, clearRegistry } from '../../storage/registry-projection';
import { isFirearmInadequatelyMarked } from './marking-adequacy';

/**
 * Throw the projections away and replay every entry in commit order, in one transaction: the
 * registry afterwards is exactly what appending those entries produced (the same code applies them).
 */
export async function rebuildRegistry(
  database: Database,
  onProgress?: (entries: number) => void,
): Promise<{ entries: number }> {
  return database.db.transaction().execute(async (trx) => {
    await clearRegistry(trx);
    let entries = 0;
    for await (const page of readAllEntries(trx)) {
      for (const row of page) {
        const payload = JSON.parse(row.payload) as unknown;
        await insertSubjects(
          trx,
          subjectsOf(payload).map((subject_id) => ({ subject_id, entry_id: row.id })),
        );
        await applyToRegistry(
          trx,
          { id: row.id, organisationId: row.organisation_id, kind: row.kind, payload },
          isFirearmInadequatelyMarked,
        );
        entries++;
      }
      onProgress?.(entries);
    }
    return { entries };
  });
}
