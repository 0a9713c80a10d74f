import type { Actor } from '../../core/access/actor';
import type { MaintenanceClosed, MaintenanceOpened } from '../../core/armoury/armoury-entries';
import type { MaintenanceKind, MaintenanceOutcome } from '../../core/armoury/armoury-terms';
import type { Queryable } from '../../storage/database';
import { findEntryByIdempotencyKey, lockChainHead } from '../../storage/ledger-store';
import type { MaintenanceJobTable } from '../../storage/schema-armoury';
import { findFirearm } from '../../storage/registry-store';
import { AppError, notFound } from '../app-error';
import type { Context } from '../context';
import { actorIdOf, appendEntry } from '../ledger/append-entry';
import { companyFor, namesOfActors } from './company-access';

async function present(db: Queryable, rows: readonly MaintenanceJobTable[]) {
  if (rows.length === 0) return [];
  const firearms = new Map(
    (
      await db
        .selectFrom('firearm')
        .select(['id', 'serial', 'type', 'model'])
        .where('id', 'in', [...new Set(rows.map((r) => r.firearm_id))])
        .execute()
    ).map((f) => [f.id, f]),
  );
  const names = await namesOfActors(
    db,
    rows.flatMap((r) => [r.opened_by, ...(r.closed_by ? [r.closed_by] : [])]),
  );
  return rows.map((r) => {
    const f = firearms.get(r.firearm_id);
    return {
      id: r.id,
      firearm: { id: r.firearm_id, serial: f?.serial ?? '', type: f?.type ?? '', model: f?.model ?? '' },
      facilityId: r.facility_id,
      kind: r.kind as MaintenanceKind,
      status: r.status as 'open' | 'closed',
      note: r.note,
      openedAt: r.opened_at,
      openedByName: names.get(r.opened_by) ?? r.opened_by,
      closedAt: r.closed_at,
      closedByName: r.closed_by ? (names.get(r.closed_by) ?? r.closed_by) : null,
      result: r.result,
      outcome: r.outcome as MaintenanceOutcome | null,
    };
  });
}

export async function listMaintenance(
  ctx: Context,
  actor: Actor,
  organisationId: string,
  query: { status: 'open' | 'closed' | 'all'; limit: number; offset: number },
) {
  const db = ctx.database.db;
  const organisation = await companyFor(db, actor, organisationId, 'read');
  let select = db.selectFrom('maintenance_job').where('organisation_id', '=', organisation.id);
  if (query.status !== 'all') select = select.where('status', '=', query.status);
  const [total, rows] = await Promise.all([
    select.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    select
      .selectAll()
      .orderBy('opened_at', 'desc')
      .orderBy('id')
      .limit(query.limit)
      .offset(query.offset)
      .execute(),
  ]);
  return { items: await present(db, rows), total: Number(total.n) };
}

/** Send a weapon in store to a maintenance job: it cannot be issued until the job is closed. */
export async function openMaintenance(
  ctx: Context,
  actor: Actor,
  organisationId: string,
  input: { idempotencyKey: string; firearmId: string; kind: MaintenanceKind; note: string | null },
) {
  return ctx.database.db.transaction().execute(async (trx) => {
    const organisation = await companyFor(trx, actor, organisationId, 'operate');
    await lockChainHead(trx, organisation.id, organisation.id);
    const replay = await findEntryByIdempotencyKey(trx, organisation.id, input.idempotencyKey);
    if (replay) {
      const job = await trx
        .selectFrom('maintenance_job')
        .selectAll()
        .where('open_entry_id', '=', replay.id)
        .executeTakeFirst();
      if (!job)
        throw new AppError('IDEMPOTENCY_KEY_REUSED', 'This idempotency key was used for a different entry');
      return (await present(trx, [job]))[0]!;
    }
    const firearm = await findFirearm(trx, input.firearmId);
    if (!firearm || firearm.organisation_id !== organisation.id) throw notFound('Firearm');
    if (firearm.status !== 'in-store')
      throw new AppError('MAINTENANCE_NOT_POSSIBLE', 'Only a weapon in store can be sent to maintenance', {
        status: firearm.status,
      });
    const jobId = ctx.newId();
    const payload: MaintenanceOpened = {
      jobId,
      firearmId: firearm.id,
      facilityId: firearm.facility_id,
      kind: input.kind,
      note: input.note,
    };
    const actorId = actorIdOf(actor);
    const written = await appendEntry(ctx, trx, actorId, {
      organisationId: organisation.id,
      kind: 'maintenance-opened',
      payload,
      idempotencyKey: input.idempotencyKey,
    });
    const row: MaintenanceJobTable = {
      id: jobId,
      organisation_id: organisation.id,
      firearm_id: firearm.id,
      facility_id: firearm.facility_id,
      kind: input.kind,
      status: 'open',
      note: input.note,
      opened_at: written.entry.recorded_at,
      opened_by: actorId,
      open_entry_id: written.entry.id,
      closed_at: null,
      closed_by: null,
      result: null,
      outcome: null,
      close_entry_id: null,
    };
    await trx.insertInto('maintenance_job').values(row).execute();
    return (await present(trx, [row]))[0]!;
  });
}

export async function closeMaintenance(
  ctx: Context,
  actor: Actor,
  organisationId: string,
  jobId: string,
  input: { idempotencyKey: string; result: string; outcome: MaintenanceOutcome },
) {
  return ctx.database.db.transaction().execute(async (trx) => {
    const organisation = await companyFor(trx, actor, organisationId, 'operate');
    await lockChainHead(trx, organisation.id, organisation.id);
    const job = await trx
      .selectFrom('maintenance_job')
      .selectAll()
      .where('id', '=', jobId)
      .where('organisation_id', '=', organisation.id)
      .executeTakeFirst();
    if (!job) throw notFound('Maintenance job');
    const replay = await findEntryByIdempotencyKey(trx, organisation.id, input.idempotencyKey);
    if (replay) {
      if (replay.id !== job.close_entry_id)
        throw new AppError('IDEMPOTENCY_KEY_REUSED', 'This idempotency key was used for a different entry');
      return (await present(trx, [job]))[0]!;
    }
    if (job.status !== 'open') throw new AppError('MAINTENANCE_ALREADY_CLOSED', 'This job is already closed');
    const payload: MaintenanceClosed = {
      jobId: job.id,
      firearmId: job.firearm_id,
      result: input.result,
      outcome: input.outcome,
    };
    const actorId = actorIdOf(actor);
    const written = await appendEntry(ctx, trx, actorId, {
      organisationId: organisation.id,
      kind: 'maintenance-closed',
      payload,
      idempotencyKey: input.idempotencyKey,
    });
    await trx
      .updateTable('maintenance_job')
      .set({
        status: 'closed',
        closed_at: written.entry.recorded_at,
        closed_by: actorId,
        result: input.result,
        outcome: input.outcome,
        close_entry_id: written.entry.id,
      })
      .where('id', '=', job.id)
      .execute();
    const updated = await trx
      .selectFrom('maintenance_job')
      .selectAll()
      .where('id', '=', job.id)
      .executeTakeFirstOrThrow();
    return (await present(trx, [updated]))[0]!;
  });
}
