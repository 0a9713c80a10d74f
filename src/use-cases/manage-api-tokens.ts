import type { ApiToken, CreateApiTokenRequest } from '../contracts/api-tokens';
import type { Actor } from '../core/access/actor';
import { canManageApiTokens, canReadOrganisation, visibleOrganisationFilter } from '../core/access/policies';
import { findDisallowedRoles, type OrganisationKind } from '../core/access/roles';
import type { Queryable } from '../storage/database';
import { listOrganisations } from '../storage/organisation-store';
import { findUser } from '../storage/user-store';
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

/**
 * API tokens for machine clients: scoped to one organisation and a set of its roles; hashed at rest.
 * A token belongs to its creator: it expires, and acts only with the roles its creator still holds
 * (core/access/token-authority). The roles asked for are checked against the maker's roles now —
 * for a token making a token, its effective roles — so no token ever mints more than it has.
 */
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
    // A token minting a token: the new one belongs to the same person and ends no later than its parent.
    const parent = actor.apiTokenId ? await findApiToken(trx, actor.apiTokenId) : undefined;
    const creatorId = actor.userId ?? parent?.created_by_user_id ?? null;
    if (creatorId === null) throw forbidden('This token cannot make tokens');
    const maxDays = ctx.settings.apiTokenValidDays;
    if (input.validDays !== undefined && input.validDays > maxDays) {
      throw new AppError('VALIDATION_FAILED', `A token may be valid for at most ${maxDays} days`, {
        fields: [{ path: 'validDays', message: `at most ${maxDays}` }],
      });
    }
    const at = ctx.now();
    let expiresAt = new Date(Date.parse(at) + (input.validDays ?? maxDays) * 86_400_000).toISOString();
    if (parent?.expires_at && parent.expires_at < expiresAt) expiresAt = parent.expires_at;
    const secret = `cst_${newSecret()}`;
    const row = {
      id: ctx.newId(),
      organisation_id: organisation.id,
      name: input.name,
      token_hash: hashSecret(secret),
      roles: JSON.stringify(roles),
      created_by_user_id: creatorId,
      created_at: at,
      last_used_at: null,
      revoked_at: null,
      expires_at: expiresAt,
    };
    await insertApiToken(trx, row);
    await recordAuditEvent(ctx, trx, request, {
      type: 'api-token-created',
      organisationId: organisation.id,
      actorUserId: actor.userId,
      details: { tokenId: row.id, name: row.name, roles, expiresAt, viaTokenId: actor.apiTokenId },
    });
    return { token: toApiToken(row, await creatorNameOf(trx, creatorId)), secret };
  });
}

export async function listApiTokens(ctx: Context, actor: Actor): Promise<ApiToken[]> {
  const { db } = ctx.database;
  const visible = await listOrganisations(db, visibleOrganisationFilter(actor));
  const manageable = visible.filter((row) => canManageApiTokens(actor, toScope(row))).map((row) => row.id);
  return (await listRows(db, manageable)).map((row) => toApiToken(row, row.creator_name));
}

async function creatorNameOf(db: Queryable, userId: string): Promise<string | null> {
  return (await findUser(db, userId))?.display_name ?? null;
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
    const creatorName = token.created_by_user_id ? await creatorNameOf(trx, token.created_by_user_id) : null;
    if (token.revoked_at !== null) return toApiToken(token, creatorName);
    const at = ctx.now();
    await revokeRow(trx, id, at);
    await recordAuditEvent(ctx, trx, request, {
      type: 'api-token-revoked',
      organisationId: token.organisation_id,
      actorUserId: actor.userId,
      details: { tokenId: id },
    });
    return toApiToken({ ...token, revoked_at: at }, creatorName);
  });
}
