import type { Actor } from '../../core/access/actor';
import type { NotificationKind } from '../../core/incidents/incident-terms';
import type { Queryable } from '../../storage/database';
import type { OrganisationRow } from '../../storage/organisation-store';
import { notFound } from '../app-error';
import type { Context } from '../context';

/*
 * In-app notifications: one row per recipient, so each person reads theirs. The regulator's
 * officers hear of every new incident of a company it licenses; the company's managers and
 * armourers hear of every request for information on one of theirs.
 */

async function notifyUsers(
  ctx: Context,
  db: Queryable,
  organisationId: string,
  roles: readonly string[],
  kind: NotificationKind,
  incidentId: string,
): Promise<void> {
  const users = await db
    .selectFrom('app_user as u')
    .innerJoin('user_role as r', 'r.user_id', 'u.id')
    .select('u.id')
    .distinct()
    .where('u.organisation_id', '=', organisationId)
    .where('u.status', '!=', 'deactivated')
    .where('r.role', 'in', [...roles])
    .execute();
  if (users.length === 0) return;
  await db
    .insertInto('notification')
    .values(
      users.map((u) => ({
        id: ctx.newId(),
        user_id: u.id,
        kind,
        incident_id: incidentId,
        created_at: ctx.now(),
        read_at: null,
      })),
    )
    .execute();
}

export async function notifyRegulatorOfIncident(
  ctx: Context,
  db: Queryable,
  company: OrganisationRow,
  incidentId: string,
): Promise<void> {
  if (!company.licensed_by_id) return;
  await notifyUsers(ctx, db, company.licensed_by_id, ['regulator-officer'], 'incident-filed', incidentId);
}

export async function notifyCompanyOfRequest(
  ctx: Context,
  db: Queryable,
  companyId: string,
  incidentId: string,
): Promise<void> {
  await notifyUsers(ctx, db, companyId, ['psc-manager', 'psc-armourer'], 'information-requested', incidentId);
}

function present(row: {
  id: string;
  kind: string;
  incident_id: string;
  reference: string;
  organisation_id: string;
  organisation_name: string;
  created_at: string;
  read_at: string | null;
}) {
  return {
    id: row.id,
    kind: row.kind as NotificationKind,
    incidentId: row.incident_id,
    incidentReference: row.reference,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    createdAt: row.created_at,
    readAt: row.read_at,
  };
}

function selectNotifications(db: Queryable, userId: string) {
  return db
    .selectFrom('notification as n')
    .innerJoin('incident as i', 'i.id', 'n.incident_id')
    .innerJoin('organisation as o', 'o.id', 'i.organisation_id')
    .where('n.user_id', '=', userId);
}

/** The caller's notifications, newest first. An API token has none. */
export async function listNotifications(
  ctx: Context,
  actor: Actor,
  query: { unread: boolean; limit: number; offset: number },
) {
  const db = ctx.database.db;
  if (!actor.userId) return { items: [], total: 0, unread: 0 };
  let select = selectNotifications(db, actor.userId);
  if (query.unread) select = select.where('n.read_at', 'is', null);
  const total = await select.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const unread = await selectNotifications(db, actor.userId)
    .where('n.read_at', 'is', null)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await select
    .select([
      'n.id',
      'n.kind',
      'n.incident_id',
      'i.reference',
      'i.organisation_id',
      'o.name as organisation_name',
      'n.created_at',
      'n.read_at',
    ])
    .orderBy('n.created_at', 'desc')
    .orderBy('n.id', 'desc')
    .limit(query.limit)
    .offset(query.offset)
    .execute();
  return { items: rows.map(present), total: Number(total.n), unread: Number(unread.n) };
}

export async function markNotificationRead(ctx: Context, actor: Actor, notificationId: string) {
  const db = ctx.database.db;
  if (!actor.userId) throw notFound('Notification');
  const row = await selectNotifications(db, actor.userId)
    .where('n.id', '=', notificationId)
    .select([
      'n.id',
      'n.kind',
      'n.incident_id',
      'i.reference',
      'i.organisation_id',
      'o.name as organisation_name',
      'n.created_at',
      'n.read_at',
    ])
    .executeTakeFirst();
  if (!row) throw notFound('Notification');
  if (row.read_at === null) {
    const at = ctx.now();
    await db.updateTable('notification').set({ read_at: at }).where('id', '=', row.id).execute();
    row.read_at = at;
  }
  return present(row);
}

export async function markAllNotificationsRead(ctx: Context, actor: Actor) {
  if (!actor.userId) return { marked: 0 };
  const result = await ctx.database.db
    .updateTable('notification')
    .set({ read_at: ctx.now() })
    .where('user_id', '=', actor.userId)
    .where('read_at', 'is', null)
    .executeTakeFirst();
  return { marked: Number(result.numUpdatedRows) };
}
