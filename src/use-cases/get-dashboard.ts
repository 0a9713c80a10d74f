import type { DashboardResponse } from '../contracts/dashboard';
import type { Actor } from '../core/access/actor';
import { visibleOrganisationFilter } from '../core/access/policies';
import { ROLES, type Role } from '../core/access/roles';
import { addMinutes } from '../core/shared/brand';
import { listAuditEvents } from '../storage/audit-store';
import { listOrganisations } from '../storage/organisation-store';
import { countUsers } from '../storage/user-store';
import type { Context } from './context';

/** The role that decides the dashboard: the first of the actor's roles in the order of ROLES. */
export function primaryRole(roles: readonly Role[]): Role {
  return ROLES.find((role) => roles.includes(role)) ?? roles[0] ?? 'psc-armourer';
}

/** Figures for the signed-in person's landing page, each a count of records they may see. */
export async function getDashboard(ctx: Context, actor: Actor): Promise<DashboardResponse> {
  const { db } = ctx.database;
  const role = primaryRole(actor.roles);
  const filter = visibleOrganisationFilter(actor);
  const organisations = await listOrganisations(db, filter);
  const ids = organisations.map((o) => o.id);
  const dayAgo = addMinutes(ctx.now(), -24 * 60);
  const failedSignIns = async () =>
    (await listAuditEvents(db, { filter, type: 'sign-in-failed', from: dayAgo, limit: 1, offset: 0 })).total;
  const byKind = (kind: string) => organisations.filter((o) => o.kind === kind).length;
  // Firearms held (not disposed of) in the given books.
  const firearmsHeld = async (books: readonly string[]) => {
    if (books.length === 0) return 0;
    const row = await db
      .selectFrom('firearm')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('organisation_id', 'in', [...books])
      .where('status', 'not in', ['destroyed', 'deactivated', 'transferred-out'])
      .executeTakeFirstOrThrow();
    return Number(row.n);
  };
  const lotsHeld = async (book: string) => {
    const row = await db
      .selectFrom('ammunition_lot')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('organisation_id', '=', book)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  };

  switch (role) {
    case 'system-admin':
      return {
        role,
        tiles: [
          { key: 'organisations', value: organisations.length, link: '/admin/organisations' },
          { key: 'users', value: await countUsers(db), link: '/admin/users' },
          { key: 'failedSignIns24h', value: await failedSignIns(), link: '/audit?type=sign-in-failed' },
        ],
      };
    case 'regulator-officer':
      return {
        role,
        tiles: [
          { key: 'licensedCompanies', value: byKind('psc'), link: '/admin/organisations?kind=psc' },
          { key: 'firearmsInScope', value: await firearmsHeld(ids), link: '/registry/firearms' },
          { key: 'usersInScope', value: await countUsers(db, ids), link: '/admin/users' },
          { key: 'failedSignIns24h', value: await failedSignIns(), link: '/audit?type=sign-in-failed' },
        ],
      };
    case 'programme-officer':
      return {
        role,
        tiles: [
          { key: 'countries', value: new Set(organisations.map((o) => o.country_code)).size, link: null },
          { key: 'companiesReached', value: byKind('psc'), link: '/admin/organisations?kind=psc' },
          { key: 'organisations', value: organisations.length, link: '/admin/organisations' },
        ],
      };
    case 'psc-manager':
      return {
        role,
        tiles: [
          {
            key: 'firearmsInBook',
            value: await firearmsHeld([actor.organisationId]),
            link: '/registry/firearms',
          },
          {
            key: 'ammunitionLots',
            value: await lotsHeld(actor.organisationId),
            link: '/registry/ammunition',
          },
          { key: 'staffAccounts', value: await countUsers(db, [actor.organisationId]), link: '/admin/users' },
        ],
      };
    case 'psc-armourer':
      return {
        role,
        tiles: [
          {
            key: 'firearmsInBook',
            value: await firearmsHeld([actor.organisationId]),
            link: '/registry/firearms',
          },
          {
            key: 'ammunitionLots',
            value: await lotsHeld(actor.organisationId),
            link: '/registry/ammunition',
          },
          { key: 'colleagues', value: await countUsers(db, [actor.organisationId]), link: null },
        ],
      };
    default:
      return {
        role,
        tiles: [{ key: 'colleagues', value: await countUsers(db, [actor.organisationId]), link: null }],
      };
  }
}
