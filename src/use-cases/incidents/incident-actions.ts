import { AppError } from '../app-error';
import type { Actor } from '../../core/access/actor';
import type { IncidentStatus } from '../../core/incidents/incident-terms';
import type { Queryable } from '../../storage/database';
import type { IncidentTable } from '../../storage/schema-incidents';
import type { Context } from '../context';
import { actorIdOf } from '../ledger/append-entry';
import { incidentCompanyFor, incidentRow, type IncidentNeed } from './incident-company';
import { notifyCompanyOfRequest } from './notifications';
import { presentIncident } from './read-incidents';

/*
 * What the company and the regulator do on an incident after it is filed: the follow-up report and
 * answers (company), acknowledgement, requests for information, the outcome and closing (regulator).
 * Requests and answers form one thread; nothing is edited or deleted.
 */

async function act(
  ctx: Context,
  actor: Actor,
  organisationId: string,
  incidentId: string,
  need: IncidentNeed,
  change: (trx: Queryable, incident: IncidentTable) => Promise<void>,
) {
  return ctx.database.db.transaction().execute(async (trx) => {
    const organisation = await incidentCompanyFor(trx, actor, organisationId, need);
    const incident = await incidentRow(trx, organisation.id, incidentId);
    if (incident.status === 'closed') throw new AppError('INCIDENT_CLOSED', 'The incident is closed');
    await change(trx, incident);
    return presentIncident(ctx, trx, actor, await incidentRow(trx, organisation.id, incidentId));
  });
}

async function addMessage(
  ctx: Context,
  trx: Queryable,
  actor: Actor,
  incident: IncidentTable,
  kind: 'request' | 'answer',
  body: string,
  status: IncidentStatus,
) {
  const last = await trx
    .selectFrom('incident_message')
    .select((eb) => eb.fn.max('position').as('n'))
    .where('incident_id', '=', incident.id)
    .executeTakeFirst();
  await trx
    .insertInto('incident_message')
    .values({
      id: ctx.newId(),
      incident_id: incident.id,
      position: Number(last?.n ?? 0) + 1,
      kind,
      body,
      author_id: actorIdOf(actor),
      author_organisation_id: actor.organisationId,
      created_at: ctx.now(),
    })
    .execute();
  await trx.updateTable('incident').set({ status }).where('id', '=', incident.id).execute();
}

export function submitFollowUp(
  ctx: Context,
  actor: Actor,
  organisationId: string,
  incidentId: string,
  input: { report: string },
) {
  return act(ctx, actor, organisationId, incidentId, 'file', async (trx, incident) => {
    if (incident.follow_up_submitted_at !== null)
      throw new AppError('FOLLOW_UP_ALREADY_SUBMITTED', 'The follow-up report was already submitted');
    await trx
      .updateTable('incident')
      .set({ follow_up_report: input.report, follow_up_submitted_at: ctx.now() })
      .where('id', '=', incident.id)
      .execute();
  });
}

export function answerRegulator(
  ctx: Context,
  actor: Actor,
  organisationId: string,
  incidentId: string,
  input: { body: string },
) {
  return act(ctx, actor, organisationId, incidentId, 'file', async (trx, incident) => {
    // An answer given with no question pending leaves the regulator's state as it was.
    const status =
      incident.status === 'information-requested' ? 'answered' : (incident.status as IncidentStatus);
    await addMessage(ctx, trx, actor, incident, 'answer', input.body, status);
  });
}

export function acknowledgeIncident(ctx: Context, actor: Actor, organisationId: string, incidentId: string) {
  return act(ctx, actor, organisationId, incidentId, 'regulate', async (trx, incident) => {
    if (incident.acknowledged_at !== null) return;
    await trx
      .updateTable('incident')
      .set({
        acknowledged_at: ctx.now(),
        status: incident.status === 'submitted' ? 'acknowledged' : incident.status,
      })
      .where('id', '=', incident.id)
      .execute();
  });
}

export function requestInformation(
  ctx: Context,
  actor: Actor,
  organisationId: string,
  incidentId: string,
  input: { body: string },
) {
  return act(ctx, actor, organisationId, incidentId, 'regulate', async (trx, incident) => {
    await addMessage(ctx, trx, actor, incident, 'request', input.body, 'information-requested');
    if (incident.acknowledged_at === null)
      await trx
        .updateTable('incident')
        .set({ acknowledged_at: ctx.now() })
        .where('id', '=', incident.id)
        .execute();
    await notifyCompanyOfRequest(ctx, trx, incident.organisation_id, incident.id);
  });
}

export function recordOutcome(
  ctx: Context,
  actor: Actor,
  organisationId: string,
  incidentId: string,
  input: { outcome: string },
) {
  return act(ctx, actor, organisationId, incidentId, 'regulate', async (trx, incident) => {
    await trx
      .updateTable('incident')
      .set({
        outcome: input.outcome,
        outcome_at: ctx.now(),
        acknowledged_at: incident.acknowledged_at ?? ctx.now(),
      })
      .where('id', '=', incident.id)
      .execute();
  });
}

export function closeIncident(
  ctx: Context,
  actor: Actor,
  organisationId: string,
  incidentId: string,
  input: { note: string | null },
) {
  return act(ctx, actor, organisationId, incidentId, 'regulate', async (trx, incident) => {
    const now = ctx.now();
    await trx
      .updateTable('incident')
      .set({
        status: 'closed',
        closed_at: now,
        closing_note: input.note,
        acknowledged_at: incident.acknowledged_at ?? now,
      })
      .where('id', '=', incident.id)
      .execute();
  });
}
