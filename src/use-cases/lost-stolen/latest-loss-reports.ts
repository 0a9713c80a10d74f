import { LOSS_REPORT_KIND, readLossReport, type LossReport } from '../../core/tracing/trace-answer';
import type { Queryable } from '../../storage/database';

export type LatestLossReport = Omit<LossReport, 'organisation'> & { readonly organisationId: string };

/**
 * The latest `firearm-reported-missing` entry of each weapon (the incident that made it lost,
 * stolen or seized), read from the ledger by subject. Weapons with no such entry are absent.
 */
export async function latestLossReports(
  db: Queryable,
  firearmIds: readonly string[],
): Promise<Map<string, LatestLossReport>> {
  const latest = new Map<string, LatestLossReport>();
  // In chunks that fit both dialects' parameter limits.
  for (let i = 0; i < firearmIds.length; i += 500) {
    const rows = await db
      .selectFrom('ledger_subject as s')
      .innerJoin('ledger_entry as e', 'e.id', 's.entry_id')
      .select(['s.subject_id', 'e.id', 'e.recorded_at', 'e.organisation_id', 'e.payload'])
      .where('s.subject_id', 'in', firearmIds.slice(i, i + 500))
      .where('e.kind', '=', LOSS_REPORT_KIND)
      .orderBy('e.global_seq')
      .execute();
    for (const row of rows) {
      const payload = JSON.parse(row.payload) as { firearmId?: unknown };
      // The entry is about this weapon (its subject), not only a facility it names.
      if (payload.firearmId !== row.subject_id) continue;
      latest.set(row.subject_id, {
        reportedAt: row.recorded_at,
        ...readLossReport(payload),
        organisationId: row.organisation_id,
        entryId: row.id,
      });
    }
  }
  return latest;
}
