import { AppError } from '../app-error';
import type { Actor } from '../../core/access/actor';
import { clockOf } from '../../core/incidents/incident-clock';
import type { DiscrepancySource } from '../../core/incidents/incident-terms';
import { notFound } from '../app-error';
import { fieldError } from '../armoury/company-access';
import { resolveCountDiscrepancy } from '../armoury/count-sessions';
import type { Queryable } from '../../storage/database';
import type { Context } from '../context';
import { actorIdOf } from '../ledger/append-entry';
import {
  reportReturnDiscrepancy,
  suggestedKindOfCount,
  suggestedKindOfReturn,
  type DiscrepancyIncidentDetails,
} from './discrepancy-bridge';
import { clockRuleFor, incidentCompanyFor } from './incident-company';
import { deliverPendingIncidentWebhooks } from './incident-webhook';
import { presentIncident } from './read-incidents';
import { toLedgerEntry } from '../registry/present-registry';

/*
 * The company's open discrepancies, from returns (rounds missing) and stock counts, in one list.
 * Each becomes an incident or is resolved with a written reason. A count discrepancy is settled
 * through the count (its resolution writes the count's correction entry), so the count stays the
 * one place its discrepancies are closed.
 */

export async function listOpenDiscrepancies(ctx: Context, actor: Actor, organisationId: string) {
  const db = ctx.database.db;
  const organisation = await incidentCompanyFor(db, actor, organisationId, 'read');
  const rule = await clockRuleFor(db, organisation.country_code);
  const now = ctx.now();
  const clock = (from: string) => clockOf(from, rule.notifyWithinHours, null, now);
  const returns = await db
    .selectFrom('armoury_discrepancy as d')
    .innerJoin('armoury_issue as i', 'i.id', 'd.issue_id')
    .innerJoin('firearm as w', 'w.id', 'i.firearm_id')
    .innerJoin('personnel as p', 'p.id', 'i.personnel_id')
    .innerJoin('facility as f', 'f.id', 'i.facility_id')
    .leftJoin('ammunition_lot as l', 'l.id', 'd.lot_id')
    .select([
      'd.id',
      'd.kind',
      'd.created_at',
      'd.rounds_missing',
      'd.reason',
      'd.note',
      'w.id as firearm_id',
      'w.serial',
      'l.id as lot_id',
      'l.lot_number',
      'p.full_name',
      'f.name as facility_name',
    ])
    .where('d.organisation_id', '=', organisation.id)
    .where('d.status', '=', 'open')
    .orderBy('d.created_at')
    .execute();
  const counts = await db
    .selectFrom('count_discrepancy as d')
    .innerJoin('count_session as c', 'c.id', 'd.count_id')
    .innerJoin('facility as f', 'f.id', 'c.facility_id')
    .leftJoin('firearm as w', 'w.id', 'd.firearm_id')
    .leftJoin('ammunition_lot as l', 'l.id', 'd.lot_id')
    .select([
      'd.id',
      'd.kind',
      'd.expected',
      'd.counted',
      'd.scanned_code',
      'c.submitted_at',
      'c.started_at',
      'w.id as firearm_id',
      'w.serial',
      'l.id as lot_id',
      'l.lot_number',
      'f.name as facility_name',
    ])
    .where('d.organisation_id', '=', organisation.id)
    .where('d.status', '=', 'open')
    .where('c.status', '=', 'reconciling')
    .execute();
  const items = [
    ...returns.map((r) => ({
      id: r.id,
      source: 'return' as const,
      kind: r.kind,
      status: 'open' as const,
      createdAt: r.created_at,
      facilityName: r.facility_name,
      firearm: { id: r.firearm_id, serial: r.serial },
      lot: r.lot_id && r.lot_number ? { id: r.lot_id, lotNumber: r.lot_number } : null,
      rounds: r.rounds_missing,
      description: `${r.full_name}${r.note ? `: ${r.note}` : ''}`,
      reason: r.reason,
      suggestedKind: suggestedKindOfReturn(r.kind),
      incidentId: null,
      resolutionReason: null,
      notificationClock: clock(r.created_at),
    })),
    ...counts.map((c) => {
      const createdAt = c.submitted_at ?? c.started_at;
      return {
        id: c.id,
        source: 'count' as const,
        kind: c.kind,
        status: 'open' as const,
        createdAt,
        facilityName: c.facility_name,
        firearm: c.firearm_id && c.serial ? { id: c.firearm_id, serial: c.serial } : null,
        lot: c.lot_id && c.lot_number ? { id: c.lot_id, lotNumber: c.lot_number } : null,
        rounds: c.expected !== null && c.counted !== null ? Number(c.expected) - Number(c.counted) : null,
        description: c.scanned_code ?? c.facility_name,
        reason: null,
        suggestedKind: suggestedKindOfCount(c.kind),
        incidentId: null,
        resolutionReason: null,
        notificationClock: clock(createdAt),
      };
    }),
  ].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return { items };
}

async function countDiscrepancyOf(ctx: Context, organisationId: string, discrepancyId: string) {
  const row = await ctx.database.db
    .selectFrom('count_discrepancy')
    .selectAll()
    .where('id', '=', discrepancyId)
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
  if (!row) throw notFound('Discrepancy');
  if (row.status !== 'open') throw new AppError('DISCREPANCY_NOT_OPEN', 'The discrepancy is no longer open');
  return row;
}

/** Close an open return discrepancy in the caller's transaction: a concurrent second decision finds it closed. */
async function claimReturnDiscrepancy(trx: Queryable, organisationId: string, discrepancyId: string) {
  const claimed = await trx
    .updateTable('armoury_discrepancy')
    .set({ status: 'closed' })
    .where('id', '=', discrepancyId)
    .where('organisation_id', '=', organisationId)
    .where('status', '=', 'open')
    .executeTakeFirst();
  if (Number(claimed.numUpdatedRows) === 1) return;
  const exists = await trx
    .selectFrom('armoury_discrepancy')
    .select('id')
    .where('id', '=', discrepancyId)
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
  if (!exists) throw notFound('Discrepancy');
  throw new AppError('DISCREPANCY_NOT_OPEN', 'The discrepancy is no longer open');
}

const COUNT_INCIDENT_KINDS = new Set(['missing', 'ammunition-variance']);

/** Turn an open discrepancy into an incident, in one call. */
export async function fileIncidentForDiscrepancy(
  ctx: Context,
  actor: Actor,
  organisationId: string,
  source: DiscrepancySource,
  discrepancyId: string,
  details: DiscrepancyIncidentDetails,
) {
  const db = ctx.database.db;
  const organisation = await incidentCompanyFor(db, actor, organisationId, 'file');
  let incidentId: string;
  if (source === 'count') {
    const row = await countDiscrepancyOf(ctx, organisation.id, discrepancyId);
    if (!COUNT_INCIDENT_KINDS.has(row.kind))
      throw fieldError(
        'source',
        `a count's ${row.kind} discrepancy is settled with a reason, not an incident`,
      );
    await resolveCountDiscrepancy(ctx, actor, organisation.id, row.count_id, row.id, {
      resolution: 'reported-loss',
      note: details.circumstances ?? 'Reported as an incident',
      incident: details,
    });
    const link = await db
      .selectFrom('discrepancy_disposition')
      .select('incident_id')
      .where('discrepancy_id', '=', row.id)
      .executeTakeFirstOrThrow();
    incidentId = link.incident_id!;
  } else {
    incidentId = await db.transaction().execute(async (trx) => {
      const company = await incidentCompanyFor(trx, actor, organisationId, 'file');
      await claimReturnDiscrepancy(trx, company.id, discrepancyId);
      return reportReturnDiscrepancy(ctx, trx, actor, company, discrepancyId, details);
    });
    await deliverPendingIncidentWebhooks(ctx);
  }
  const incident = await db
    .selectFrom('incident')
    .selectAll()
    .where('id', '=', incidentId)
    .executeTakeFirstOrThrow();
  const entries = await db
    .selectFrom('ledger_entry')
    .selectAll()
    .where(
      'id',
      'in',
      (
        await db
          .selectFrom('incident_firearm')
          .select('entry_id')
          .where('incident_id', '=', incidentId)
          .execute()
      ).flatMap((r) => (r.entry_id ? [r.entry_id] : ['00000000-0000-0000-0000-000000000000'])),
    )
    .execute();
  return {
    incident: await presentIncident(ctx, db, actor, incident),
    entries: entries.map((e) => toLedgerEntry(e)),
  };
}

/** Resolve an open discrepancy with a written reason (no incident). */
export async function resolveDiscrepancy(
  ctx: Context,
  actor: Actor,
  organisationId: string,
  source: DiscrepancySource,
  discrepancyId: string,
  input: { reason: string },
) {
  const db = ctx.database.db;
  const organisation = await incidentCompanyFor(db, actor, organisationId, 'file');
  const listed = (await listOpenDiscrepancies(ctx, actor, organisationId)).items.find(
    (d) => d.id === discrepancyId && d.source === source,
  );
  if (source === 'count') {
    const row = await countDiscrepancyOf(ctx, organisation.id, discrepancyId);
    // The count records the reason on its discrepancy (and its correction entry) in its own transaction.
    await resolveCountDiscrepancy(ctx, actor, organisation.id, row.count_id, row.id, {
      resolution: 'recorded-error',
      note: input.reason,
    });
    await db
      .insertInto('discrepancy_disposition')
      .values({
        discrepancy_id: row.id,
        source,
        organisation_id: organisation.id,
        incident_id: null,
        reason: input.reason,
        decided_at: ctx.now(),
        decided_by: actorIdOf(actor),
      })
      .execute();
  } else {
    await db.transaction().execute(async (trx) => {
      await claimReturnDiscrepancy(trx, organisation.id, discrepancyId);
      await trx
        .insertInto('discrepancy_disposition')
        .values({
          discrepancy_id: discrepancyId,
          source,
          organisation_id: organisation.id,
          incident_id: null,
          reason: input.reason,
          decided_at: ctx.now(),
          decided_by: actorIdOf(actor),
        })
        .execute();
    });
  }
  if (!listed) throw notFound('Discrepancy');
  return { ...listed, status: 'resolved' as const, resolutionReason: input.reason };
}
