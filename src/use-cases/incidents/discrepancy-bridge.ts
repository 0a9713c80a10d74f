import type { Actor } from '../../core/access/actor';
import type { DiscrepancyIncidentKind, IncidentFirearmRole } from '../../core/incidents/incident-terms';
import type { Queryable } from '../../storage/database';
import type { OrganisationRow } from '../../storage/organisation-store';
import type { CountDiscrepancyTable } from '../../storage/schema-armoury';
import type { Context } from '../context';
import { writeIncident, type IncidentInput } from './file-incident';

/*
 * Discrepancies raised by returns and counts (issue #4) become incidents here, or are resolved with
 * a written reason: never silently dropped. The count path of the armoury calls
 * reportCountDiscrepancy when a discrepancy is resolved as a reported loss.
 */

/** What the filer adds to what the discrepancy already says; every field may be left to its default. */
export interface DiscrepancyIncidentDetails {
  readonly kind?: DiscrepancyIncidentKind | null | undefined;
  readonly occurredAt?: string | null | undefined;
  readonly discoveredAt?: string | null | undefined;
  readonly place?: string | null | undefined;
  readonly facilityId?: string | null | undefined;
  readonly circumstances?: string | null | undefined;
  readonly injuries?: string | null | undefined;
  readonly damage?: string | null | undefined;
  readonly measuresTaken?: string | null | undefined;
  readonly policeReportNumber?: string | null | undefined;
  readonly notificationsMade?: string | null | undefined;
  readonly regulatorNotifiedAt?: string | null | undefined;
  readonly firearms?: IncidentInput['firearms'] | undefined;
  readonly ammunition?: IncidentInput['ammunition'] | undefined;
  readonly persons?: IncidentInput['persons'] | undefined;
}

function merge(base: IncidentInput, details: DiscrepancyIncidentDetails): IncidentInput {
  const firearms = [
    ...base.firearms,
    ...(details.firearms ?? []).filter((f) => !base.firearms.some((b) => b.firearmId === f.firearmId)),
  ];
  const ammunition = [
    ...base.ammunition.filter((a) => !(details.ammunition ?? []).some((d) => d.lotId === a.lotId)),
    ...(details.ammunition ?? []),
  ];
  return {
    kind: details.kind ?? base.kind,
    occurredAt: details.occurredAt ?? base.occurredAt,
    discoveredAt: details.discoveredAt ?? base.discoveredAt,
    place: details.place ?? base.place,
    facilityId: details.facilityId ?? base.facilityId,
    circumstances: details.circumstances ?? base.circumstances,
    injuries: details.injuries ?? null,
    damage: details.damage ?? null,
    measuresTaken: details.measuresTaken ?? null,
    policeReportNumber: details.policeReportNumber ?? null,
    notificationsMade: details.notificationsMade ?? null,
    regulatorNotifiedAt: details.regulatorNotifiedAt ?? null,
    firearms,
    ammunition,
    persons: [...base.persons, ...(details.persons ?? [])],
  };
}

function roleFor(kind: DiscrepancyIncidentKind): IncidentFirearmRole | null {
  if (kind === 'loss') return 'missing';
  if (kind === 'discharge-in-service') return 'discharged';
  return 'involved';
}

export function suggestedKindOfCount(kind: string): DiscrepancyIncidentKind {
  return kind === 'missing' ? 'loss' : 'count-discrepancy';
}

export function suggestedKindOfReturn(kind: string): DiscrepancyIncidentKind {
  return kind === 'discharge' ? 'discharge-in-service' : 'ammunition-shortfall';
}

/** File the incident a count discrepancy reports (inside the count's transaction). */
export async function reportCountDiscrepancy(
  ctx: Context,
  trx: Queryable,
  actor: Actor,
  organisation: OrganisationRow,
  discrepancy: CountDiscrepancyTable,
  note: string,
  details: DiscrepancyIncidentDetails = {},
): Promise<string> {
  const count = await trx
    .selectFrom('count_session as c')
    .innerJoin('facility as f', 'f.id', 'c.facility_id')
    .select(['c.facility_id', 'c.submitted_at', 'c.started_at', 'f.name'])
    .where('c.id', '=', discrepancy.count_id)
    .executeTakeFirstOrThrow();
  const kind = details.kind ?? suggestedKindOfCount(discrepancy.kind);
  const missingRounds =
    discrepancy.lot_id && discrepancy.expected !== null && discrepancy.counted !== null
      ? Number(discrepancy.expected) - Number(discrepancy.counted)
      : 0;
  const base: IncidentInput = {
    kind,
    occurredAt: null,
    discoveredAt: count.submitted_at ?? count.started_at,
    place: count.name,
    facilityId: count.facility_id,
    circumstances: `Stock count discrepancy (${discrepancy.kind}) at ${count.name}: ${note}`,
    injuries: null,
    damage: null,
    measuresTaken: null,
    policeReportNumber: null,
    notificationsMade: null,
    regulatorNotifiedAt: null,
    firearms: discrepancy.firearm_id ? [{ firearmId: discrepancy.firearm_id, role: roleFor(kind) }] : [],
    ammunition:
      discrepancy.lot_id && missingRounds > 0 ? [{ lotId: discrepancy.lot_id, rounds: missingRounds }] : [],
    persons: [],
  };
  const { incidentId } = await writeIncident(ctx, trx, actor, organisation, merge(base, details), {
    source: 'count',
    id: discrepancy.id,
  });
  return incidentId;
}

/** File the incident a return discrepancy (discharge, unexplained shortfall) reports and close it. */
export async function reportReturnDiscrepancy(
  ctx: Context,
  trx: Queryable,
  actor: Actor,
  organisation: OrganisationRow,
  discrepancyId: string,
  details: DiscrepancyIncidentDetails,
): Promise<string> {
  const row = await trx
    .selectFrom('armoury_discrepancy as d')
    .innerJoin('armoury_issue as i', 'i.id', 'd.issue_id')
    .innerJoin('personnel as p', 'p.id', 'i.personnel_id')
    .innerJoin('facility as f', 'f.id', 'i.facility_id')
    .select([
      'd.id',
      'd.kind',
      'd.lot_id',
      'd.rounds_missing',
      'd.note',
      'd.reason',
      'd.created_at',
      'i.firearm_id',
      'i.facility_id',
      'i.personnel_id',
      'i.issued_at',
      'p.full_name',
      'f.name as facility_name',
    ])
    .where('d.id', '=', discrepancyId)
    .where('d.organisation_id', '=', organisation.id)
    .executeTakeFirstOrThrow();
  const kind = details.kind ?? suggestedKindOfReturn(row.kind);
  const base: IncidentInput = {
    kind,
    occurredAt: null,
    discoveredAt: row.created_at,
    place: row.facility_name,
    facilityId: row.facility_id,
    circumstances: `Return with ${row.rounds_missing} rounds missing (${row.reason ?? row.kind})${row.note ? `: ${row.note}` : ''}`,
    injuries: null,
    damage: null,
    measuresTaken: null,
    policeReportNumber: null,
    notificationsMade: null,
    regulatorNotifiedAt: null,
    firearms: [{ firearmId: row.firearm_id, role: roleFor(kind) }],
    ammunition:
      row.lot_id && row.rounds_missing > 0 ? [{ lotId: row.lot_id, rounds: row.rounds_missing }] : [],
    persons: [
      {
        name: row.full_name,
        role: 'guard',
        personnelId: row.personnel_id,
        isInjured: false,
        injuryDescription: null,
      },
    ],
  };
  const { incidentId } = await writeIncident(ctx, trx, actor, organisation, merge(base, details), {
    source: 'return',
    id: row.id,
  });
  await trx.updateTable('armoury_discrepancy').set({ status: 'closed' }).where('id', '=', row.id).execute();
  return incidentId;
}
