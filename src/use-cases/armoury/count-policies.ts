import type { Actor } from '../../core/access/actor';
import type { CountPolicyKind, CountTrigger } from '../../core/armoury/armoury-terms';
import { countsDue } from '../../core/armoury/counts-due';
import type { Context } from '../context';
import { companyFor, fieldError } from './company-access';

export async function listCountPolicies(ctx: Context, actor: Actor, organisationId: string) {
  const db = ctx.database.db;
  const organisation = await companyFor(db, actor, organisationId, 'read');
  const rows = await db
    .selectFrom('count_policy')
    .selectAll()
    .where('organisation_id', '=', organisation.id)
    .orderBy('facility_id')
    .orderBy('kind')
    .execute();
  return rows.map((r) => ({ id: r.id, facilityId: r.facility_id, kind: r.kind as CountPolicyKind }));
}

export async function setCountPolicies(
  ctx: Context,
  actor: Actor,
  organisationId: string,
  input: { facilityId: string; kinds: CountPolicyKind[] },
) {
  await ctx.database.db.transaction().execute(async (trx) => {
    const organisation = await companyFor(trx, actor, organisationId, 'manage');
    const facility = await trx
      .selectFrom('facility')
      .select('id')
      .where('id', '=', input.facilityId)
      .where('organisation_id', '=', organisation.id)
      .executeTakeFirst();
    if (!facility) throw fieldError('facilityId', 'not a facility of this organisation');
    const kinds = [...new Set(input.kinds)];
    const existing = await trx
      .selectFrom('count_policy')
      .select(['id', 'kind'])
      .where('facility_id', '=', facility.id)
      .execute();
    const removed = existing.filter((p) => !kinds.includes(p.kind as CountPolicyKind)).map((p) => p.id);
    if (removed.length) await trx.deleteFrom('count_policy').where('id', 'in', removed).execute();
    for (const kind of kinds.filter((k) => !existing.some((p) => p.kind === k)))
      await trx
        .insertInto('count_policy')
        .values({
          id: ctx.newId(),
          organisation_id: organisation.id,
          facility_id: facility.id,
          kind,
          created_at: ctx.now(),
        })
        .execute();
  });
  return listCountPolicies(ctx, actor, organisationId);
}

export async function listCountsDue(ctx: Context, actor: Actor, organisationId: string) {
  const db = ctx.database.db;
  const organisation = await companyFor(db, actor, organisationId, 'read');
  const policies = await db
    .selectFrom('count_policy')
    .selectAll()
    .where('organisation_id', '=', organisation.id)
    .execute();
  const last = await db
    .selectFrom('count_session')
    .select(['facility_id', 'trigger'])
    .select((eb) => eb.fn.max('closed_at').as('closed_at'))
    .where('organisation_id', '=', organisation.id)
    .where('status', '=', 'closed')
    .groupBy(['facility_id', 'trigger'])
    .execute();
  const facilities = new Map(
    (
      await db
        .selectFrom('facility')
        .select(['id', 'name'])
        .where('organisation_id', '=', organisation.id)
        .execute()
    ).map((f) => [f.id, f.name]),
  );
  const lastOf = new Map(last.map((l) => [`${l.facility_id}|${l.trigger}`, l.closed_at as string | null]));
  return countsDue(
    policies.map((p) => ({
      facilityId: p.facility_id,
      kind: p.kind as CountPolicyKind,
      createdAt: p.created_at,
    })),
    (facilityId: string, trigger: CountTrigger) => lastOf.get(`${facilityId}|${trigger}`) ?? null,
    ctx.now(),
  ).map((item) => ({ ...item, facilityName: facilities.get(item.facilityId) ?? '' }));
}
