import type { Actor } from '../../core/access/actor';
import { incidentReference } from '../../core/incidents/incident-clock';
import {
  isMissingStatus,
  missingStatusFor,
  type FirearmReportedMissing,
} from '../../core/incidents/incident-entries';
import {
  MISSING_WEAPON_KINDS,
  type DiscrepancySource,
  type IncidentFirearmRole,
  type IncidentKind,
  type IncidentPersonRole,
} from '../../core/incidents/incident-terms';
import type { Queryable } from '../../storage/database';
import { lockChainHead, type LedgerEntryRow } from '../../storage/ledger-store';
import type { OrganisationRow } from '../../storage/organisation-store';
import { AppError } from '../app-error';
import type { Context } from '../context';
import { actorIdOf, appendEntry } from '../ledger/append-entry';
import { clockRuleFor, incidentCompanyFor } from './incident-company';
import { notifyRegulatorOfIncident } from './notifications';
import { deliverIncidentWebhook, hasIncidentWebhook } from './incident-webhook';

export interface IncidentInput {
  readonly kind: IncidentKind;
  readonly occurredAt: string | null;
  readonly discoveredAt: string;
  readonly place: string;
  readonly facilityId: string | null;
  readonly circumstances: string;
  readonly injuries: string | null;
  readonly damage: string | null;
  readonly measuresTaken: string | null;
  readonly policeReportNumber: string | null;
  readonly notificationsMade: string | null;
  readonly regulatorNotifiedAt: string | null;
  readonly firearms: ReadonlyArray<{ firearmId: string; role: IncidentFirearmRole | null }>;
  readonly ammunition: ReadonlyArray<{ lotId: string; rounds: number }>;
  readonly persons: ReadonlyArray<{
    name: string;
    role: IncidentPersonRole;
    personnelId: string | null;
    isInjured: boolean;
    injuryDescription: string | null;
  }>;
}

/** The role of a weapon when the filer gave none: what the kind of incident implies. */
export function defaultFirearmRole(kind: IncidentKind): IncidentFirearmRole {
  if (MISSING_WEAPON_KINDS.has(kind)) return 'missing';
  if (kind === 'discharge-in-service') return 'discharged';
  if (kind === 'damage') return 'damaged';
  return 'involved';
}

type FieldProblem = { path: string; message: string };

function validationFailed(problems: readonly FieldProblem[]): AppError {
  return new AppError('VALIDATION_FAILED', problems.map((p) => `${p.path}: ${p.message}`).join('; '), {
    fields: problems,
  });
}

/**
 * Check an incident against the company's registry and write it, with one firearm-reported-missing
 * entry per missing weapon (closing its open armoury issue), the regulator's notifications and a
 * link to the discrepancy it reports, inside the caller's transaction.
 */
export async function writeIncident(
  ctx: Context,
  trx: Queryable,
  actor: Actor,
  organisation: OrganisationRow,
  input: IncidentInput,
  discrepancy: { source: DiscrepancySource; id: string } | null = null,
): Promise<{ incidentId: string; entries: LedgerEntryRow[] }> {
  const now = ctx.now();
  const problems: FieldProblem[] = [];
  if (input.discoveredAt > now) problems.push({ path: 'discoveredAt', message: 'must not be in the future' });
  if (input.occurredAt !== null && input.occurredAt > input.discoveredAt)
    problems.push({ path: 'occurredAt', message: 'must not be after discoveredAt' });
  if (input.regulatorNotifiedAt !== null) {
    if (input.regulatorNotifiedAt > now)
      problems.push({ path: 'regulatorNotifiedAt', message: 'must not be in the future' });
    else if (input.regulatorNotifiedAt < input.discoveredAt)
      problems.push({ path: 'regulatorNotifiedAt', message: 'must not be before discoveredAt' });
  }
  if (input.facilityId !== null) {
    const facility = await trx
      .selectFrom('facility')
      .select('id')
      .where('id', '=', input.facilityId)
      .where('organisation_id', '=', organisation.id)
      .executeTakeFirst();
    if (!facility) problems.push({ path: 'facilityId', message: 'not a facility of this company' });
  }
  const firearmIds = input.firearms.map((f) => f.firearmId);
  const firearms = firearmIds.length
    ? await trx
        .selectFrom('firearm')
        .select(['id', 'status', 'organisation_id'])
        .where('id', 'in', firearmIds)
        .execute()
    : [];
  const byId = new Map(firearms.map((f) => [f.id, f]));
  const roles = input.firearms.map((f) => f.role ?? defaultFirearmRole(input.kind));
  input.firearms.forEach((f, i) => {
    const found = byId.get(f.firearmId);
    if (!found || found.organisation_id !== organisation.id)
      problems.push({ path: `firearms.${i}.firearmId`, message: 'not a weapon of this company' });
    else if (firearmIds.indexOf(f.firearmId) !== i)
      problems.push({ path: `firearms.${i}.firearmId`, message: 'listed twice' });
    if (roles[i] === 'missing' && !MISSING_WEAPON_KINDS.has(input.kind))
      problems.push({
        path: `firearms.${i}.role`,
        message: 'a weapon is missing only in a loss, a theft or a robbery of a guard',
      });
  });
  const lotIds = input.ammunition.map((a) => a.lotId);
  const lots = lotIds.length
    ? await trx
        .selectFrom('ammunition_lot')
        .select('id')
        .where('id', 'in', lotIds)
        .where('organisation_id', '=', organisation.id)
        .execute()
    : [];
  const knownLots = new Set(lots.map((l) => l.id));
  input.ammunition.forEach((a, i) => {
    if (!knownLots.has(a.lotId))
      problems.push({ path: `ammunition.${i}.lotId`, message: 'not an ammunition lot of this company' });
    else if (lotIds.indexOf(a.lotId) !== i)
      problems.push({ path: `ammunition.${i}.lotId`, message: 'listed twice' });
  });
  const personnelIds = input.persons.flatMap((p) => (p.personnelId ? [p.personnelId] : []));
  const personnel = personnelIds.length
    ? await trx
        .selectFrom('personnel')
        .select('id')
        .where('id', 'in', personnelIds)
        .where('organisation_id', '=', organisation.id)
        .execute()
    : [];
  const knownPersonnel = new Set(personnel.map((p) => p.id));
  input.persons.forEach((p, i) => {
    if (p.personnelId !== null && !knownPersonnel.has(p.personnelId))
      problems.push({
        path: `persons.${i}.personnelId`,
        message: 'not a member of this company’s personnel',
      });
    if (p.isInjured && !p.injuryDescription)
      problems.push({
        path: `persons.${i}.injuryDescription`,
        message: 'required when the person is injured',
      });
  });
  if (MISSING_WEAPON_KINDS.has(input.kind) && input.firearms.length === 0 && input.ammunition.length === 0)
    problems.push({ path: 'firearms', message: 'list the weapons (or rounds) that are missing' });
  if (problems.length > 0) throw validationFailed(problems);

  // Weapons already gone cannot go missing again.
  input.firearms.forEach((f, i) => {
    if (roles[i] !== 'missing') return;
    const status = byId.get(f.firearmId)!.status;
    if (isMissingStatus(status))
      throw new AppError('WEAPON_ALREADY_MISSING', `The weapon is already recorded ${status}`, {
        firearmId: f.firearmId,
        status,
      });
    if (['destroyed', 'deactivated', 'transferred-out', 'in-transit'].includes(status))
      throw new AppError('WEAPON_DISPOSED', `The weapon is no longer held (${status})`, {
        firearmId: f.firearmId,
        status,
      });
  });

  // The chain's head orders incidents of a company too: the sequence below cannot be taken twice.
  await lockChainHead(trx, organisation.id, organisation.id);
  const year = Number(now.slice(0, 4));
  const last = await trx
    .selectFrom('incident')
    .select((eb) => eb.fn.max('sequence').as('n'))
    .where('organisation_id', '=', organisation.id)
    .where('year', '=', year)
    .executeTakeFirst();
  const sequence = Number(last?.n ?? 0) + 1;
  const reference = incidentReference(organisation.code, year, sequence);
  const rule = await clockRuleFor(trx, organisation.country_code);
  const incidentId = ctx.newId();
  const actorId = actorIdOf(actor);
  const hasWebhook = await hasIncidentWebhook(trx, organisation.licensed_by_id);
  await trx
    .insertInto('incident')
    .values({
      id: incidentId,
      organisation_id: organisation.id,
      reference,
      year,
      sequence,
      kind: input.kind,
      status: 'submitted',
      occurred_at: input.occurredAt,
      discovered_at: input.discoveredAt,
      place: input.place,
      facility_id: input.facilityId,
      circumstances: input.circumstances,
      injuries: input.injuries,
      damage: input.damage,
      measures_taken: input.measuresTaken,
      police_report_number: input.policeReportNumber,
      notifications_made: input.notificationsMade,
      created_by: actorId,
      created_at: now,
      // Filing notifies the regulator (inbox, notifications, webhook) unless it was told earlier.
      regulator_notified_at: input.regulatorNotifiedAt ?? now,
      notify_within_hours: rule.notifyWithinHours,
      follow_up_within_days: rule.followUpWithinDays,
      clock_country_code: organisation.country_code,
      follow_up_report: null,
      follow_up_submitted_at: null,
      acknowledged_at: null,
      outcome: null,
      outcome_at: null,
      closing_note: null,
      closed_at: null,
      webhook_status: hasWebhook ? 'pending' : 'none',
      webhook_attempts: 0,
      webhook_last_error: null,
      webhook_next_attempt_at: hasWebhook ? now : null,
    })
    .execute();

  const entries: LedgerEntryRow[] = [];
  for (const [i, f] of input.firearms.entries()) {
    let entryId: string | null = null;
    if (roles[i] === 'missing') {
      const status = missingStatusFor(input.kind);
      const payload: FirearmReportedMissing = {
        firearmId: f.firearmId,
        status,
        occurredAt: input.occurredAt,
        discoveredAt: input.discoveredAt,
        place: input.place,
        incidentId,
        incidentReference: reference,
        policeReference: input.policeReportNumber,
        note: null,
      };
      const written = await appendEntry(ctx, trx, actorId, {
        organisationId: organisation.id,
        kind: 'firearm-reported-missing',
        payload,
        idempotencyKey: `incident:${incidentId}:missing:${f.firearmId}`,
      });
      entryId = written.entry.id;
      entries.push(written.entry);
      await closeOpenIssue(trx, f.firearmId, written.entry, `Reported ${status} in ${reference}`);
    }
    await trx
      .insertInto('incident_firearm')
      .values({ incident_id: incidentId, firearm_id: f.firearmId, role: roles[i]!, entry_id: entryId })
      .execute();
  }
  if (input.ammunition.length)
    await trx
      .insertInto('incident_ammunition')
      .values(input.ammunition.map((a) => ({ incident_id: incidentId, lot_id: a.lotId, rounds: a.rounds })))
      .execute();
  if (input.persons.length)
    await trx
      .insertInto('incident_person')
      .values(
        input.persons.map((p, position) => ({
          id: ctx.newId(),
          incident_id: incidentId,
          position,
          name: p.name,
          role: p.role,
          personnel_id: p.personnelId,
          injured: p.isInjured ? 1 : 0,
          injury_description: p.injuryDescription,
        })),
      )
      .execute();
  if (discrepancy)
    await trx
      .insertInto('discrepancy_disposition')
      .values({
        discrepancy_id: discrepancy.id,
        source: discrepancy.source,
        organisation_id: organisation.id,
        incident_id: incidentId,
        reason: null,
        decided_at: now,
        decided_by: actorId,
      })
      .execute();
  await notifyRegulatorOfIncident(ctx, trx, organisation, incidentId);
  return { incidentId, entries };
}

/** A weapon reported missing while issued (a guard robbed): its open issue is closed as lost, not left out. */
async function closeOpenIssue(trx: Queryable, firearmId: string, entry: LedgerEntryRow, note: string) {
  await trx
    .updateTable('armoury_issue')
    .set({
      status: 'lost',
      returned_at: entry.recorded_at,
      returned_by: entry.actor_id,
      rounds_returned: 0,
      return_note: note,
      return_entry_id: entry.id,
    })
    .where('firearm_id', '=', firearmId)
    .where('status', '=', 'out')
    .execute();
}

export async function fileIncident(ctx: Context, actor: Actor, organisationId: string, input: IncidentInput) {
  const { incidentId, entries } = await ctx.database.db.transaction().execute(async (trx) => {
    const organisation = await incidentCompanyFor(trx, actor, organisationId, 'file');
    return writeIncident(ctx, trx, actor, organisation, input);
  });
  await deliverIncidentWebhook(ctx, incidentId);
  return { incidentId, entries };
}
