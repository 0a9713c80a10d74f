import type { Actor, OrganisationScope } from '../access/actor';
import { hasRole } from '../access/actor';
import { isLicensingRegulator, isOwn, isStaff } from '../access/company-scope';

/*
 * Who may do what in a company's armoury (issue #4), as pure predicates. Decisions:
 * - Armoury records exist only in a PSC; any other organisation answers "not found".
 * - Reading (personnel, board, overrides, counts, maintenance, authorisation): the company's
 *   managers and armourers, its licensing regulator's officers, and system administrators.
 * - Operating the armoury (issue, return, maintenance, counts): the company's managers and
 *   armourers. These write the company's ledger, so, as with the registry, only its own staff
 *   record them; a system administrator does not act in a company's book.
 * - Managing (personnel, clients, sites, posts, count policies, settings): the company's
 *   managers, and system administrators (who set up an instance and help a company start).
 * - Overriding a refused issue: a company manager, or a signed-in user linked to an active
 *   personnel member whose role is supervisor (the caller checks the link and passes it here).
 * - The operating authorisation: read like the armoury; changed by an officer of the regulator
 *   that licenses the company, or a system administrator — never by the company itself.
 */

export function canReadArmoury(actor: Actor, target: OrganisationScope): boolean {
  if (target.kind !== 'psc') return false;
  return hasRole(actor, 'system-admin') || isLicensingRegulator(actor, target) || isStaff(actor, target);
}

export function canOperateArmoury(actor: Actor, target: OrganisationScope): boolean {
  return target.kind === 'psc' && isStaff(actor, target);
}

export function canManageArmoury(actor: Actor, target: OrganisationScope): boolean {
  if (target.kind !== 'psc') return false;
  return hasRole(actor, 'system-admin') || (isOwn(actor, target) && hasRole(actor, 'psc-manager'));
}

export function canOverrideIssue(
  actor: Actor,
  target: OrganisationScope,
  isLinkedToActiveSupervisor: boolean,
): boolean {
  if (!canOperateArmoury(actor, target)) return false;
  return hasRole(actor, 'psc-manager') || isLinkedToActiveSupervisor;
}

export function canEditOperatingAuthorisation(actor: Actor, target: OrganisationScope): boolean {
  if (target.kind !== 'psc') return false;
  return hasRole(actor, 'system-admin') || isLicensingRegulator(actor, target);
}
