import type { TraceSettings } from '../../contracts/tracing';
import type { Actor } from '../../core/access/actor';
import { DEFAULT_RESPONSE_TARGETS, type ResponseTargets } from '../../core/tracing/response-clock';
import { canManageTraceSettings } from '../../core/tracing/tracing-access';
import type { Queryable } from '../../storage/database';
import { findTraceSetting, saveTraceSetting } from '../../storage/trace-request-store';
import { AppError, forbidden } from '../app-error';
import type { Context } from '../context';

export async function responseTargetsOf(db: Queryable, regulatorId: string): Promise<ResponseTargets> {
  const row = await findTraceSetting(db, regulatorId);
  return row
    ? { urgentHours: Number(row.urgent_hours), routineHours: Number(row.routine_hours) }
    : DEFAULT_RESPONSE_TARGETS;
}

/** The regulator whose targets the actor reads or sets: its own (an administrator names none: the country's). */
async function regulatorOf(ctx: Context, actor: Actor): Promise<string> {
  if (actor.organisationKind === 'regulator') return actor.organisationId;
  const regulator = await findCountryRegulator(ctx.database.db, actor.countryCode);
  if (!regulator) throw new AppError('NO_REGULATOR', 'No regulator is registered for this country');
  return regulator.id;
}

export async function findCountryRegulator(db: Queryable, countryCode: string) {
  return db
    .selectFrom('organisation')
    .select(['id', 'name'])
    .where('kind', '=', 'regulator')
    .where('country_code', '=', countryCode)
    .where('deactivated_at', 'is', null)
    .orderBy('created_at')
    .executeTakeFirst();
}

export async function readTraceSettings(ctx: Context, actor: Actor): Promise<TraceSettings> {
  const regulatorId = await regulatorOf(ctx, actor);
  if (!canManageTraceSettings(actor, regulatorId))
    throw forbidden('Only the regulator sets response-time targets');
  return responseTargetsOf(ctx.database.db, regulatorId);
}

export async function updateTraceSettings(
  ctx: Context,
  actor: Actor,
  input: TraceSettings,
): Promise<TraceSettings> {
  const regulatorId = await regulatorOf(ctx, actor);
  if (!canManageTraceSettings(actor, regulatorId))
    throw forbidden('Only the regulator sets response-time targets');
  await saveTraceSetting(ctx.database.db, {
    regulator_id: regulatorId,
    urgent_hours: input.urgentHours,
    routine_hours: input.routineHours,
    updated_at: ctx.now(),
  });
  return input;
}
