import type { ApiToken } from '../contracts/api-tokens';
import type { CurrentUser } from '../contracts/auth';
import type { Organisation } from '../contracts/organisations';
import type { User } from '../contracts/users';
import type { Actor, OrganisationScope } from '../core/access/actor';
import type { OrganisationKind, Role } from '../core/access/roles';
import type { OrganisationId, UserId } from '../core/shared/brand';
import type { OrganisationRow } from '../storage/organisation-store';
import type { ApiTokenRow } from '../storage/token-store';
import type { UserWithRoles } from '../storage/user-store';

// Rows to wire shapes and to the values core policies take: one place, so routes stay thin.

export function toOrganisation(row: OrganisationRow): Organisation {
  return {
    id: row.id,
    kind: row.kind as OrganisationKind,
    code: row.code,
    name: row.name,
    countryCode: row.country_code,
    licensedById: row.licensed_by_id,
    requiresTotp: row.requires_totp === 1,
    createdAt: row.created_at,
  };
}

export function toScope(row: OrganisationRow): OrganisationScope {
  return {
    id: row.id as OrganisationId,
    kind: row.kind as OrganisationKind,
    countryCode: row.country_code,
    licensedById: row.licensed_by_id as OrganisationId | null,
  };
}

export function toUser(row: UserWithRoles): User {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    email: row.email,
    displayName: row.display_name,
    language: row.language as User['language'],
    status: row.status as User['status'],
    roles: row.roles as Role[],
    totpEnabled: row.totp_enabled === 1,
    createdAt: row.created_at,
  };
}

export function toCurrentUser(user: UserWithRoles, organisation: OrganisationRow): CurrentUser {
  return {
    id: user.id,
    email: user.email,
    displayName: user.display_name,
    language: user.language as CurrentUser['language'],
    roles: user.roles as Role[],
    totpEnabled: user.totp_enabled === 1,
    organisation: {
      id: organisation.id,
      name: organisation.name,
      code: organisation.code,
      kind: organisation.kind as OrganisationKind,
      countryCode: organisation.country_code,
      requiresTotp: organisation.requires_totp === 1,
    },
  };
}

export function toActor(user: UserWithRoles, organisation: OrganisationRow): Actor {
  return {
    userId: user.id as UserId,
    apiTokenId: null,
    organisationId: organisation.id as OrganisationId,
    organisationKind: organisation.kind as OrganisationKind,
    countryCode: organisation.country_code,
    roles: user.roles as Role[],
  };
}

export function toApiToken(row: ApiTokenRow, creatorName: string | null = null): ApiToken {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    name: row.name,
    roles: JSON.parse(row.roles) as Role[],
    createdBy: row.created_by_user_id ? { id: row.created_by_user_id, name: creatorName } : null,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
  };
}
