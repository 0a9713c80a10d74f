import type { OrganisationId, UserId } from '../shared/brand';
import type { OrganisationKind, Role } from './roles';

/** Who is acting: a signed-in user or an API token, always inside one organisation. */
export interface Actor {
  readonly userId: UserId | null;
  readonly apiTokenId: string | null;
  readonly organisationId: OrganisationId;
  readonly organisationKind: OrganisationKind;
  readonly countryCode: string;
  readonly roles: readonly Role[];
}

/** What a policy needs to know about an organisation to decide on access. */
export interface OrganisationScope {
  readonly id: OrganisationId;
  readonly kind: OrganisationKind;
  readonly countryCode: string;
  /** For a PSC: the regulator that licenses it. */
  readonly licensedById: OrganisationId | null;
}

export function hasRole(actor: Actor, role: Role): boolean {
  return actor.roles.includes(role);
}
