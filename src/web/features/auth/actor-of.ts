import type { CurrentUser } from '../../../contracts/auth';
import type { Organisation } from '../../../contracts/organisations';
import type { Actor, OrganisationScope } from '../../../core/access/actor';
import type { OrganisationId, UserId } from '../../../core/shared/brand';

/*
 * The web asks the same access predicates as the server (src/core/access/policies) only to decide
 * what to show; the server still decides what is allowed.
 */

export function actorOf(user: CurrentUser): Actor {
  return {
    userId: user.id as UserId,
    apiTokenId: null,
    organisationId: user.organisation.id as OrganisationId,
    organisationKind: user.organisation.kind,
    countryCode: user.organisation.countryCode,
    roles: user.roles,
  };
}

export function scopeOf(organisation: Organisation): OrganisationScope {
  return {
    id: organisation.id as OrganisationId,
    kind: organisation.kind,
    countryCode: organisation.countryCode,
    licensedById: organisation.licensedById as OrganisationId | null,
  };
}
