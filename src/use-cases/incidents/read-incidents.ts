import type { Actor } from '../../core/access/actor';
import { hasRole } from '../../core/access/actor';
import { incidentClocks, needsRegulatorAttention } from '../../core/incidents/incident-clock';
import { canActAsRegulator, canFileIncident, canReadInbox } from '../../core/incidents/incidents-access';
import type {
  ClockStatus,
  IncidentFirearmRole,
  IncidentKind,
  IncidentPersonRole,
  IncidentStatus,
} from '../../core/incidents/incident-terms';
import type { Queryable } from '../../storage/database';
import type { IncidentTable } from '../../storage/schema-incidents';
import { forbidden } from '../app-error';
import { namesOfActors } from '../armoury/company-access';
import type { Context } from '../context';
import { toScope } from '../presenters';
import { incidentCompanyFor, incidentRow } from './incident-company';

function clocksOf(row: IncidentTable, at: string) {
  const clocks = incidentClocks(
    {
      discoveredAt: row.discovered_at,
      regulatorNotifiedAt: row.regulator_notified_at,
      followUpSubmittedAt: row.follow_up_submitted_at,
    },
    { notifyWithinHours: row.notify_within_hours, followUpWithinDays: row.follow_up_within_days },
    at,
  );
  return {
    ...clocks,
    rule: {
      countryCode: row.clock_country_code,
      notifyWithinHours: row.notify_within_hours,
      followUpWithinDays: row.follow_up_within_days,
    },
  };
}

/** Incidents as listed: with their clocks, counts of weapons and rounds and unanswered requests. */
export async function presentSummaries(ctx: Context, db: Queryable, rows: readonly IncidentTable[]) {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const organisations = await db
    .selectFrom('organisation')
    .select(['id', 'name'])
    .where('id', 'in', [...new Set(rows.map((r) => r.organisation_id))])
    .execute();
  const names = new Map(organisations.map((o) => [o.id, o.name]));
  const firearmCounts = await db
    .selectFrom('incident_firearm')
    .select(['incident_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('incident_id', 'in', ids)
    .groupBy('incident_id')
    .execute();
  const rounds = await db
    .selectFrom('incident_ammunition')
    .select(['incident_id', (eb) => eb.fn.sum<number>('rounds').as('n')])
    .where('incident_id', 'in', ids)
    .groupBy('incident_id')
    .execute();
  const messages = await db
    .selectFrom('incident_message')
    .select(['incident_id', 'kind', 'position'])
    .where('incident_id', 'in', ids)
    .orderBy('incident_id')
    .orderBy('position')
    .execute();
  const unanswered = new Map<string, number>();
  for (const m of messages)
    unanswered.set(m.incident_id, m.kind === 'request' ? (unanswered.get(m.incident_id) ?? 0) + 1 : 0);
  const firearmsOf = new Map(firearmCounts.map((r) => [r.incident_id, Number(r.n)]));
  const roundsOf = new Map(rounds.map((r) => [r.incident_id, Number(r.n ?? 0)]));
  const at = ctx.now();
  return rows.map((r) => ({
    id: r.id,
    organisationId: r.organisation_id,
    organisationName: names.get(r.organisation_id) ?? '',
    reference: r.reference,
    kind: r.kind as IncidentKind,
    status: r.status as IncidentStatus,
    occurredAt: r.occurred_at,
    discoveredAt: r.discovered_at,
    place: r.place,
    createdAt: r.created_at,
    regulatorNotifiedAt: r.regulator_notified_at,
    followUpSubmittedAt: r.follow_up_submitted_at,
    acknowledgedAt: r.acknowledged_at,
    closedAt: r.closed_at,
    firearmCount: firearmsOf.get(r.id) ?? 0,
    roundsInvolved: roundsOf.get(r.id) ?? 0,
    clocks: clocksOf(r, at),
    unansweredRequests: unanswered.get(r.id) ?? 0,
  }));
}

export async function presentIncident(ctx: Context, db: Queryable, actor: Actor, row: IncidentTable) {
  const [summary] = await presentSummaries(ctx, db, [row]);
  const firearms = await db
    .selectFrom('incident_firearm as f')
    .innerJoin('firearm as w', 'w.id', 'f.firearm_id')
    .leftJoin('catalogue_manufacturer as m', 'm.id', 'w.manufacturer_id')
    .leftJoin('catalogue_calibre as c', 'c.id', 'w.calibre_id')
    .select([
      'f.firearm_id',
      'f.role',
      'f.entry_id',
      'w.serial',
      'w.model',
      'w.type',
      'w.calibre_id',
      'w.status',
      (eb) => eb.fn.coalesce('m.name', 'w.manufacturer_id').as('manufacturer'),
      (eb) => eb.fn.coalesce('c.name', 'w.calibre_id').as('calibre_name'),
    ])
    .where('f.incident_id', '=', row.id)
    .orderBy('w.serial')
    .execute();
  const ammunition = await db
    .selectFrom('incident_ammunition as a')
    .innerJoin('ammunition_lot as l', 'l.id', 'a.lot_id')
    .leftJoin('catalogue_calibre as c', 'c.id', 'l.calibre_id')
    .select([
      'a.lot_id',
      'a.rounds',
      'l.lot_number',
      (eb) => eb.fn.coalesce('c.name', 'l.calibre_id').as('calibre_name'),
    ])
    .where('a.incident_id', '=', row.id)
    .orderBy('l.lot_number')
    .execute();
  const persons = await db
    .selectFrom('incident_person')
    .selectAll()
    .where('incident_id', '=', row.id)
    .orderBy('position')
    .execute();
  const messages = await db
    .selectFrom('incident_message')
    .selectAll()
    .where('incident_id', '=', row.id)
    .orderBy('position')
    .execute();
  const discrepancies = await db
    .selectFrom('discrepancy_disposition')
    .select(['source', 'discrepancy_id'])
    .where('incident_id', '=', row.id)
    .execute();
  const facility = row.facility_id
    ? await db.selectFrom('facility').select('name').where('id', '=', row.facility_id).executeTakeFirst()
    : undefined;
  const names = await namesOfActors(db, [row.created_by, ...messages.map((m) => m.author_id)]);
  const organisation = await db
    .selectFrom('organisation')
    .selectAll()
    .where('id', '=', row.organisation_id)
    .executeTakeFirstOrThrow();
  const scope = toScope(organisation);
  const isOpen = row.status !== 'closed';
  const isStaff = canFileIncident(actor, scope);
  const isRegulator = canActAsRegulator(actor, scope);
  return {
    ...summary!,
    facilityId: row.facility_id,
    facilityName: facility?.name ?? null,
    circumstances: row.circumstances,
    injuries: row.injuries,
    damage: row.damage,
    measuresTaken: row.measures_taken,
    policeReportNumber: row.police_report_number,
    notificationsMade: row.notifications_made,
    createdByName: names.get(row.created_by) ?? row.created_by,
    followUpReport: row.follow_up_report,
    outcome: row.outcome,
    outcomeAt: row.outcome_at,
    closingNote: row.closing_note,
    firearms: firearms.map((f) => ({
      firearmId: f.firearm_id,
      role: f.role as IncidentFirearmRole,
      serial: f.serial,
      manufacturer: String(f.manufacturer ?? ''),
      model: f.model,
      type: f.type,
      calibre: f.calibre_name,
      currentStatus: f.status,
    })),
    ammunition: ammunition.map((a) => ({
      lotId: a.lot_id,
      lotNumber: a.lot_number,
      calibre: a.calibre_name,
      rounds: Number(a.rounds),
    })),
    persons: persons.map((p) => ({
      id: p.id,
      name: p.name,
      role: p.role as IncidentPersonRole,
      personnelId: p.personnel_id,
      isInjured: p.injured === 1,
      injuryDescription: p.injury_description,
    })),
    messages: messages.map((m) => ({
      id: m.id,
      kind: m.kind as 'request' | 'answer',
      body: m.body,
      authorName: names.get(m.author_id) ?? m.author_id,
      authorOrganisationId: m.author_organisation_id,
      createdAt: m.created_at,
    })),
    discrepancies: discrepancies.map((d) => ({
      source: d.source as 'return' | 'count',
      discrepancyId: d.discrepancy_id,
    })),
    ledgerEntryIds: firearms.flatMap((f) => (f.entry_id ? [f.entry_id] : [])),
    permissions: {
      canAnswer: isStaff && isOpen,
      canSubmitFollowUp: isStaff && isOpen && row.follow_up_submitted_at === null,
      canAcknowledge: isRegulator && row.status === 'submitted',
      canRequestInformation: isRegulator && isOpen,
      canRecordOutcome: isRegulator && isOpen,
      canClose: isRegulator && isOpen,
    },
  };
}

export async function readIncident(ctx: Context, actor: Actor, organisationId: string, incidentId: string) {
  const db = ctx.database.db;
  const organisation = await incidentCompanyFor(db, actor, organisationId, 'read');
  return presentIncident(ctx, db, actor, await incidentRow(db, organisation.id, incidentId));
}

export interface IncidentFilters {
  readonly status?: IncidentStatus | undefined;
  readonly kind?: IncidentKind | undefined;
  readonly notificationClock?: ClockStatus | undefined;
  readonly followUpClock?: ClockStatus | undefined;
  readonly isOpen?: boolean | undefined;
  readonly limit: number;
  readonly offset: number;
}

/**
 * Filter and page. Clock states depend on the time of asking, so they are computed here rather
 * than stored; a company or a regulator holds hundreds of incidents, not millions.
 */
async function filtered(
  ctx: Context,
  db: Queryable,
  organisationIds: readonly string[] | 'all',
  query: IncidentFilters,
  attention = false,
) {
  let select = db.selectFrom('incident').selectAll();
  if (organisationIds !== 'all') {
    if (organisationIds.length === 0) return { items: [], total: 0 };
    select = select.where('organisation_id', 'in', [...organisationIds]);
  }
  if (query.status) select = select.where('status', '=', query.status);
  if (query.kind) select = select.where('kind', '=', query.kind);
  if (query.isOpen === true) select = select.where('status', '!=', 'closed');
  if (query.isOpen === false) select = select.where('status', '=', 'closed');
  const rows = await select.orderBy('discovered_at', 'desc').orderBy('id', 'desc').limit(20_000).execute();
  const items = (await presentSummaries(ctx, db, rows)).filter(
    (i) =>
      (!query.notificationClock || i.clocks.notification.status === query.notificationClock) &&
      (!query.followUpClock || i.clocks.followUp.status === query.followUpClock) &&
      (!attention || needsRegulatorAttention(i.clocks)),
  );
  return { items: items.slice(query.offset, query.offset + query.limit), total: items.length };
}

export async function listIncidents(
  ctx: Context,
  actor: Actor,
  organisationId: string,
  query: IncidentFilters,
) {
  const db = ctx.database.db;
  const organisation = await incidentCompanyFor(db, actor, organisationId, 'read');
  return filtered(ctx, db, [organisation.id], query);
}

async function inboxCompanies(
  db: Queryable,
  actor: Actor,
  organisationId?: string,
): Promise<string[] | 'all'> {
  if (!canReadInbox(actor)) throw forbidden('The inbox is the regulator’s');
  let select = db.selectFrom('organisation').select('id').where('kind', '=', 'psc');
  if (!hasRole(actor, 'system-admin')) select = select.where('licensed_by_id', '=', actor.organisationId);
  else if (!organisationId) return 'all';
  if (organisationId) select = select.where('id', '=', organisationId);
  return (await select.execute()).map((r) => r.id);
}

/** The regulator's inbox: incidents of the companies it licenses (administrators: every company). */
export async function listInbox(
  ctx: Context,
  actor: Actor,
  query: IncidentFilters & { organisationId?: string | undefined },
) {
  const db = ctx.database.db;
  return filtered(ctx, db, await inboxCompanies(db, actor, query.organisationId), query);
}

/** The regulator's overview: incidents notified late, or whose notification or follow-up is late or overdue. */
export async function regulatorOverview(ctx: Context, actor: Actor) {
  const db = ctx.database.db;
  return filtered(ctx, db, await inboxCompanies(db, actor), { limit: 500, offset: 0 }, true);
}
