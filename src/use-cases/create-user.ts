import type { CreateUserRequest } from '../contracts/users';
import type { Actor } from '../core/access/actor';
import { canManageUsers, canReadOrganisation } from '../core/access/policies';
import { findDisallowedRoles, type OrganisationKind } from '../core/access/roles';
import { isUniqueViolation } from '../storage/database';
import { findUser, insertUser } from '../storage/user-store';
import { AppError, forbidden, notFound } from './app-error';
import type { Context, RequestInfo } from './context';
import { issueUserLink } from './issue-user-link';
import { getOrganisation } from './load-organisation';
import { toScope, toUser } from './presenters';
import { recordAuditEvent } from './record-audit-event';
import type { User } from '../contracts/users';

/** Invite a user: the account exists without a password until the invitation link is used. */
export async function createUser(
  ctx: Context,
  actor: Actor,
  input: CreateUserRequest,
  request: RequestInfo,
): Promise<{ user: User; invitation: { url: string; expiresAt: string } }> {
  return ctx.database.db.transaction().execute(async (trx) => {
    const organisation = await getOrganisation(trx, input.organisationId);
    const scope = toScope(organisation);
    if (!canReadOrganisation(actor, scope)) throw notFound('Organisation');
    if (!canManageUsers(actor, scope, input.roles))
      throw forbidden('You may not give these roles in this organisation');
    const disallowed = findDisallowedRoles(organisation.kind as OrganisationKind, input.roles);
    if (disallowed.length > 0) {
      throw new AppError(
        'ROLE_NOT_ALLOWED',
        `A ${organisation.kind} cannot have the role ${disallowed.join(', ')}`,
        {
          fields: [
            { path: 'roles', message: `not allowed in a ${organisation.kind}: ${disallowed.join(', ')}` },
          ],
        },
      );
    }
    const at = ctx.now();
    const id = ctx.newId();
    try {
      await insertUser(
        trx,
        {
          id,
          organisation_id: organisation.id,
          email: input.email,
          display_name: input.displayName,
          password_hash: null,
          language: input.language,
          status: 'invited',
          totp_secret: null,
          totp_enabled: 0,
          totp_last_step: null,
          created_at: at,
          updated_at: at,
        },
        [...new Set(input.roles)],
      );
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new AppError('CONFLICT', 'An account with this e-mail address already exists', {
          fields: [{ path: 'email', message: 'already in use' }],
        });
      }
      throw error;
    }
    const invitation = await issueUserLink(ctx, trx, { id, email: input.email }, 'invitation');
    await recordAuditEvent(ctx, trx, request, {
      type: 'user-created',
      organisationId: organisation.id,
      actorUserId: actor.userId,
      subjectUserId: id,
      details: { email: input.email, roles: input.roles },
    });
    const created = await findUser(trx, id);
    if (!created) throw new Error('user vanished inside its own transaction');
    return { user: toUser(created), invitation };
  });
}
