import { AppError } from '../app-error';
import type { Actor } from '../../core/access/actor';
import {
  isMissingStatus,
  statusAfterRecovery,
  type FirearmRecovered,
  type FirearmReportedMissing,
} from '../../core/incidents/incident-entries';
import type { Queryable } from '../../storage/database';
import { lockChainHead } from '../../storage/ledger-store';
import type { OrganisationRow } from '../../storage/organisation-store';
import { fieldError } from '../armoury/company-access';
import type { Context } from '../context';
import { actorIdOf, appendEntry } from '../ledger/append-entry';
import { toLedgerEntry } from '../registry/present-registry';
import { incidentCompanyFor } from './incident-company';

async function firearmOf(trx: Queryable, organisation: OrganisationRow, firearmId: string) {
  const firearm = await trx
    .selectFrom('firearm')
    .select(['id', 'status'])
    .where('id', '=', firearmId)
    .where('organisation_id', '=', organisation.id)
    .executeTakeFirst();
  if (!firearm) throw fieldError('firearmId', 'not a weapon of this company');
  return firearm;
}

/**
 * A lost, stolen or seized weapon found again: a `firearm-recovered` entry saying where, when and by
 * whom. Back with the company it is in store at a facility (and may be issued again); kept by the
 * authorities it is seized. Recorded by the company's staff, or by the licensing regulator.
 */
export async function recoverFirearm(
  ctx: Context,
  actor: Actor,
  organisationId: string,
  input: Omit<FirearmRecovered, never>,
) {
  return ctx.database.db.transaction().execute(async (trx) => {
    const organisation = await incidentCompanyFor(trx, actor, organisationId, 'recover');
    await lockChainHead(trx, organisation.id, organisation.id);
    const firearm = await firearmOf(trx, organisation, input.firearmId);
    if (input.custody === 'company' && input.facilityId === null)
      throw fieldError('facilityId', 'required when the company takes the weapon back');
    if (input.facilityId !== null) {
      const facility = await trx
        .selectFrom('facility')
        .select('id')
        .where('id', '=', input.facilityId)
        .where('organisation_id', '=', organisation.id)
        .executeTakeFirst();
      if (!facility) throw fieldError('facilityId', 'not a facility of this company');
    }
    if (input.recoveredAt > ctx.now()) throw fieldError('recoveredAt', 'must not be in the future');
    if (input.incidentId !== null) {
      const incident = await trx
        .selectFrom('incident')
        .select('id')
        .where('id', '=', input.incidentId)
        .where('organisation_id', '=', organisation.id)
        .executeTakeFirst();
      if (!incident) throw fieldError('incidentId', 'not an incident of this company');
    }
    if (!isMissingStatus(firearm.status))
      throw new AppError(
        'WEAPON_NOT_MISSING',
        `The weapon is not lost, stolen or seized (${firearm.status})`,
        {
          status: firearm.status,
        },
      );
    if (input.custody === 'authorities' && firearm.status === 'seized')
      throw new AppError('WEAPON_ALREADY_MISSING', 'The weapon is already held by the authorities', {
        status: firearm.status,
      });
    const payload: FirearmRecovered = { ...input };
    const written = await appendEntry(ctx, trx, actorIdOf(actor), {
      organisationId: organisation.id,
      kind: 'firearm-recovered',
      payload,
      idempotencyKey: `recovery:${ctx.newId()}`,
    });
    return {
      firearmId: input.firearmId,
      status: statusAfterRecovery(input.custody),
      entry: toLedgerEntry(written.entry),
    };
  });
}

/**
 * A seizure by the authorities, recorded by the licensing regulator: a `firearm-reported-missing`
 * entry with status seized. The seizure's own reference stands in for an incident's.
 */
export async function seizeFirearm(
  ctx: Context,
  actor: Actor,
  organisationId: string,
  input: {
    firearmId: string;
    seizedAt: string;
    place: string;
    authority: string;
    reason: string;
    reference: string | null;
  },
) {
  return ctx.database.db.transaction().execute(async (trx) => {
    const organisation = await incidentCompanyFor(trx, actor, organisationId, 'regulate');
    await lockChainHead(trx, organisation.id, organisation.id);
    const firearm = await firearmOf(trx, organisation, input.firearmId);
    if (input.seizedAt > ctx.now()) throw fieldError('seizedAt', 'must not be in the future');
    if (isMissingStatus(firearm.status))
      throw new AppError('WEAPON_ALREADY_MISSING', `The weapon is already recorded ${firearm.status}`, {
        status: firearm.status,
      });
    if (['destroyed', 'deactivated', 'transferred-out', 'in-transit'].includes(firearm.status))
      throw new AppError('WEAPON_DISPOSED', `The weapon is no longer held (${firearm.status})`, {
        status: firearm.status,
      });
    const seizureId = ctx.newId();
    const payload: FirearmReportedMissing = {
      firearmId: input.firearmId,
      status: 'seized',
      occurredAt: input.seizedAt,
      discoveredAt: input.seizedAt,
      place: input.place,
      incidentId: seizureId,
      incidentReference: `${organisation.code}-SEIZ-${input.seizedAt.slice(0, 4)}-${seizureId.slice(-6).toUpperCase()}`,
      policeReference: input.reference,
      note: `${input.authority}: ${input.reason}`,
    };
    const written = await appendEntry(ctx, trx, actorIdOf(actor), {
      organisationId: organisation.id,
      kind: 'firearm-reported-missing',
      payload,
      idempotencyKey: `seizure:${seizureId}`,
    });
    // A weapon seized from a guard on duty is no longer out on issue.
    await trx
      .updateTable('armoury_issue')
      .set({
        status: 'lost',
        returned_at: written.entry.recorded_at,
        returned_by: written.entry.actor_id,
        rounds_returned: 0,
        return_note: `Seized by ${input.authority}`,
        return_entry_id: written.entry.id,
      })
      .where('firearm_id', '=', input.firearmId)
      .where('status', '=', 'out')
      .execute();
    return { firearmId: input.firearmId, status: 'seized', entry: toLedgerEntry(written.entry) };
  });
}
