import type { CreateTraceRequest, TraceRequest } from '../../contracts/tracing';
import type { Actor } from '../../core/access/actor';
import { dueAt } from '../../core/tracing/response-clock';
import { canCreateTraceRequest } from '../../core/tracing/tracing-access';
import {
  countTraceRequestsWithPrefix,
  findTraceRequest,
  insertTraceRequest,
} from '../../storage/trace-request-store';
import { AppError, forbidden } from '../app-error';
import type { Context } from '../context';
import { toTraceRequest } from './present-trace';
import { parsePatternOrThrow } from './search-serials';
import { findCountryRegulator, responseTargetsOf } from './trace-settings';

/**
 * A law-enforcement agency asks the regulator of its country (the national point of contact) to
 * trace a recovered weapon. The fields follow ISACS 05.31's essential data and the ATF trace form
 * (fact sheet §6.5); the due time follows the regulator's response-time target for the urgency.
 */
export async function createTraceRequest(
  ctx: Context,
  actor: Actor,
  input: CreateTraceRequest,
): Promise<TraceRequest> {
  if (!canCreateTraceRequest(actor)) throw forbidden('Only law-enforcement officers submit trace requests');
  // The serial (or its legible part) must be something a search can use.
  const searchable = input.serialObliterated
    ? (input.serialLegible ?? input.serial)
    : (input.serial ?? input.serialLegible);
  parsePatternOrThrow(searchable ?? '', input.serialObliterated ? 'serialLegible' : 'serial');
  const { db } = ctx.database;
  const regulator = await findCountryRegulator(db, actor.countryCode);
  if (!regulator)
    throw new AppError('NO_REGULATOR', 'No regulator is registered for your country to answer traces');
  const createdAt = ctx.now();
  const id = ctx.newId();
  await db.transaction().execute(async (trx) => {
    const targets = await responseTargetsOf(trx, regulator.id);
    const prefix = `TR-${createdAt.slice(0, 4)}-`;
    const number = (await countTraceRequestsWithPrefix(trx, prefix)) + 1;
    await insertTraceRequest(trx, {
      id,
      reference: `${prefix}${String(number).padStart(6, '0')}`,
      requesting_organisation_id: actor.organisationId,
      requested_by_user_id: actor.userId,
      regulator_id: regulator.id,
      status: 'submitted',
      urgency: input.urgency,
      urgency_reason: input.urgencyReason,
      manufacturer: input.manufacturer,
      model: input.model,
      type: input.type,
      calibre: input.calibre,
      serial: input.serial,
      serial_obliterated: input.serialObliterated ? 1 : 0,
      serial_legible: input.serialLegible,
      country_of_origin: input.countryOfOrigin,
      other_marks: input.otherMarks,
      recovered_at: input.recoveredAt,
      recovered_place: input.recoveredPlace,
      illicit_reason: input.illicitReason,
      case_reference: input.caseReference,
      point_of_contact: input.pointOfContact,
      intended_use: input.intendedUse,
      created_at: createdAt,
      due_at: dueAt(createdAt, input.urgency, targets),
      answered_at: null,
      answered_by_user_id: null,
      outcome: null,
      firearm_id: null,
      answer_note: null,
      answer: null,
    });
  });
  return toTraceRequest((await findTraceRequest(db, id))!, [], ctx.now());
}
