import type { User } from '../contracts/users';
import type { Actor } from '../core/access/actor';
import { canManageUsers, canReadUsers } from '../core/access/policies';
import { findDisallowedRoles, type OrganisationKind, type Role } from '../core/access/roles';
import type { Queryable } from '../storage/database';
import { deleteSessionsOfUser } from '../storage/session-store';
import { findUser, replaceRoles, updateUser, type UserWithRoles } from '../storage/user-store';
import { AppError, forbidden, notFound } from './app-error';
import type { Context, RequestInfo } from './context';
import { issueUserLink } from './issue-user-link';
import { getOrganisation } from './load-organisation';
import { toScope, toUser } from './presenters';
import { recordAuditEvent } from './record-audit-event';

// Changes an administrator makes to an existing account. Each checks the same two predicates:
// may the actor see this user's organisation's people, and may it manage them with these roles.

async function loadManageable(
  db: Queryable,
  actor: Actor,
  userId: string,
  rolesGranted: readonly Role[],
): Promise<{ user: UserWithRoles; kind: OrganisationKind }> {
  const user = await findUser(db, userId);
  if (!user) throw notFound('User');
  const organisation = await getOrganisation(db, user.organisation_id);
  const scope = toScope(organisation);
  if (!canReadUsers(actor, scope)) throw notFound('User');
  const touched = [...new Set([...(user.roles as Role[]), ...rolesGranted])];
  if (!canManageUsers(actor, scope, touched)) throw forbidden('You may not manage this account');
  return { user, kind: organisation.kind as OrganisationKind };
}

export async function deactivateUser(
  ctx: Context,
  actor: Actor,
  userId: string,
  request: RequestInfo,
): Promise<User> {
  if (actor.userId === userId) throw new AppError('CONFLICT', 'You cannot deactivate your own account');
  return ctx.database.db.transaction().execute(async (trx) => {
    const { user } = await loadManageable(trx, actor, userId, []);
    await updateUser(trx, userId, { status: 'deactivated', updated_at: ctx.now() });
    await deleteSessionsOfUser(trx, userId);
    await recordAuditEvent(ctx, trx, request, {
      type: 'user-deactivated',
      organisationId: user.organisation_id,
      actorUserId: actor.userId,
      subjectUserId: userId,
    });
    return toUser({ ...user, status: 'deactivated' });
  });
}

export async function setUserRoles(
  ctx: Context,
  actor: Actor,
  userId: string,
  roles: readonly Role[],
  request: RequestInfo,
): Promise<User> {
  return ctx.database.db.transaction().execute(async (trx) => {
    const { user, kind } = await loadManageable(trx, actor, userId, roles);
    const disallowed = findDisallowedRoles(kind, roles);
    if (disallowed.length > 0) {
      throw new AppError('ROLE_NOT_ALLOWED', `A ${kind} cannot have the role ${disallowed.join(', ')}`, {
        fields: [{ path: 'roles', message: `not allowed: ${disallowed.join(', ')}` }],
      });
    }
    const unique = [...new Set(roles)].sort();
    await replaceRoles(trx, userId, unique);
    await updateUser(trx, userId, { updated_at: ctx.now() });
    await recordAuditEvent(ctx, trx, request, {
      type: 'roles-changed',
      organisationId: user.organisation_id,
      actorUserId: actor.userId,
      subjectUserId: userId,
      details: { from: user.roles, to: unique },
    });
    return toUser({ ...user, roles: unique });
  });
}

/** Reset: the old password stops working, sessions end, and a one-time link sets a new one. */
export async function issuePasswordReset(
  ctx: Context,
  actor: Actor,
  userId: string,
  request: RequestInfo,
): Promise<{ url: string; expiresAt: string }> {
  return ctx.database.db.transaction().execute(async (trx) => {
    const { user } = await loadManageable(trx, actor, userId, []);
    if (user.status === 'deactivated') throw new AppError('CONFLICT', 'The account is deactivated');
    const purpose = user.status === 'invited' ? 'invitation' : 'password-reset';
    if (purpose === 'password-reset') {
      await updateUser(trx, userId, { password_hash: null, updated_at: ctx.now() });
      await deleteSessionsOfUser(trx, userId);
    }
    const link = await issueUserLink(ctx, trx, user, purpose);
    await recordAuditEvent(ctx, trx, request, {
      type: 'password-reset-issued',
      organisationId: user.organisation_id,
      actorUserId: actor.userId,
      subjectUserId: userId,
    });
    return link;
  });
}
