import type { CurrentUser } from '../../../contracts/auth';
import { hasRole } from '../../../core/access/actor';
import { canWriteBook, type BookOperation } from '../../../core/access/policies';
import type { OrganisationId } from '../../../core/shared/brand';
import { actorOf } from '../auth/actor-of';

/*
 * What to show, asked of the same predicates as the server (src/core/access/policies): only a
 * company's own staff write its book; a manager does everything, an armourer moves, marks and
 * handles ammunition. The server still decides.
 */

export function mayWrite(
  user: CurrentUser,
  organisationId: string | undefined,
  operation: BookOperation,
): boolean {
  if (!organisationId) return false;
  return canWriteBook(
    actorOf(user),
    {
      id: organisationId as OrganisationId,
      kind: organisationId === user.organisation.id ? user.organisation.kind : 'psc',
      countryCode: user.organisation.countryCode,
      licensedById: null,
    },
    operation,
  );
}

/** Starting a verification of a book now (src/use-cases/registry/verify-book.ts). */
export function mayVerify(user: CurrentUser): boolean {
  const actor = actorOf(user);
  return (
    hasRole(actor, 'system-admin') || hasRole(actor, 'regulator-officer') || hasRole(actor, 'psc-manager')
  );
}
