import type { Organisation } from '../../../contracts/organisations';
import type { Actor } from '../../../core/access/actor';
import { hasRole } from '../../../core/access/actor';
import { ROLES_BY_ORGANISATION_KIND, type Role } from '../../../core/access/roles';

/**
 * Roles offered for a new token, mirroring the server's rule (use-cases/manage-api-tokens): roles
 * of the organisation's kind, never system-admin, and, unless an administrator makes it, only
 * roles the maker holds. The server decides; this only avoids offering what it would refuse.
 */
export function tokenRoleOptions(actor: Actor, organisation: Organisation): Role[] {
  const isAdmin = hasRole(actor, 'system-admin');
  return ROLES_BY_ORGANISATION_KIND[organisation.kind].filter(
    (role) => role !== 'system-admin' && (isAdmin || actor.roles.includes(role)),
  );
}
