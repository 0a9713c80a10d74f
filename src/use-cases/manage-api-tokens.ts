import type { ApiToken, CreateApiTokenRequest } from '../contracts/api-tokens';
import type { Actor } from '../core/access/actor';
import { canManageApiTokens, canReadOrganisation, visibleOrganisationFilter } from '../core/access/policies';
import { findDisallowedRoles, type OrganisationKind } from '../core/access/roles';
import { listOrganisations } from '../storage/organisation-store';
import {
  findApiToken,
  insertApiToken,
  listApiTokens as listRows,
  revokeApiToken as revokeRow,
} from '../storage/token-store';
import { AppError, forbidden, notFound } from './app-error';
import type { Context, RequestInfo } from './context';
import { hashSecret, newSecret } from './context';
import { getOrganisation } from './load-organisation';
import { toApiToken, toScope } from './presenters';
import { recordAuditEvent } from './record-audit-event';

/** API tokens for machine clients: scoped to one organisation and a set of its roles; hashed at rest. */
export async function createApiToken(
  ctx: Context,
  actor: Actor,
  input: CreateApiTokenRequest,
  request: RequestInfo,
): Promise<{ token: ApiToken; secret: string }> {
  return ctx.database.db.transaction().execute(async (trx) => {
    const organisation = await getOrganisation(trx, input.organisationId);
    const scope = toScope(organisation);
    if (!canReadOrganisation(actor, scope)) throw notFound('Organisation');
    if (!canManageApiTokens(actor, scope)) throw forbidden();
    const roles = [...new Set(input.roles)].sort();
    const disallowed = findDisallowedRoles(organisation.kind as OrganisationKind, roles);
    // A token never carries administrator rights, nor (unless an administrator makes it) roles its maker lacks.
    const isAdmin = actor.roles.includes('system-admin');
    const beyondMaker = roles.filter(
      (role) => role === 'system-admin' || (!isAdmin && !actor.roles.includes(role)),
    );
    if (disallowed.length > 0 || beyondMaker.length > 0) {
      throw new AppError(
        'ROLE_NOT_ALLOWED',
        'A token may carry only roles of its organisation that you hold yourself',
        {
          fields: [{ path: 'roles', message: `not allowed: ${[...disallowed, ...beyondMaker].join(', ')}` }],
        },
      );
    }
    const secret = `cst_${newSecret()}`;
    const row = {
      id: ctx.newId(),
      organisation_id: organisation.id,
      name: input.name,
      token_hash: hashSecret(secret),
      roles: JSON.stringify(roles),
      created_by_user_id: actor.userId,
      created_at: ctx.now(),
      last_used_at: null,
      revoked_at: null,
    };
    await insertApiToken(trx, row);
    await recordAuditEvent(ctx, trx, request, {
      type: 'api-token-created',
      organisationId: organisation.id,
      actorUserId: actor.userId,
      details: { tokenId: row.id, name: row.name, roles },
    });
    return { token: toApiToken(row), secret };
  });
}

export async function listApiTokens(ctx: Context, actor: Actor): Promise<ApiToken[]> {
  const { db } = ctx.database;
  const visible = await listOrganisations(db, visibleOrganisationFilter(actor));
  const manageable = visible.filter((row) => canManageApiTokens(actor, toScope(row))).map((row) => row.id);
  return (await listRows(db, manageable)).map(toApiToken);
}

export async function revokeApiToken(
  ctx: Context,
  actor: Actor,
  id: string,
  request: RequestInfo,
): Promise<ApiToken> {
  return ctx.database.db.transaction().execute(async (trx) => {
    const token = await findApiToken(trx, id);
    if (!token) throw notFound('API token');
    const scope = toScope(await getOrganisation(trx, token.organisation_id));
    if (!canManageApiTokens(actor, scope)) throw notFound('API token');
    if (token.revoked_at !== null) return toApiToken(token);
    const at = ctx.now();
    await revokeRow(trx, id, at);
    await recordAuditEvent(ctx, trx, request, {
      type: 'api-token-revoked',
      organisationId: token.organisation_id,
      actorUserId: actor.userId,
      details: { tokenId: id },
    });
    return toApiToken({ ...token, revoked_at: at });
  });
}
