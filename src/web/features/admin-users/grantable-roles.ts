import type { Organisation } from '../../../contracts/organisations';
import type { Actor } from '../../../core/access/actor';
import { canManageUsers } from '../../../core/access/policies';
import { ROLES_BY_ORGANISATION_KIND, type Role } from '../../../core/access/roles';
import { scopeOf } from '../auth/actor-of';

/** Roles the person may give in an organisation: those its kind allows and that they may hand out. */
export function grantableRoles(actor: Actor, organisation: Organisation): Role[] {
  const scope = scopeOf(organisation);
  return ROLES_BY_ORGANISATION_KIND[organisation.kind].filter((role) => canManageUsers(actor, scope, [role]));
}
