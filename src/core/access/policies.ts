import type { Actor, OrganisationScope } from './actor';
import { hasRole } from './actor';
import type { OrganisationKind, Role } from './roles';

/*
 * Access rules as pure predicates (architecture: tenancy and access). Every use-case asks one of
 * these before it reads or writes, and every list query is scoped by visibleOrganisationFilter.
 * The matrix test walks every role × operation × own/foreign organisation.
 */

function isOwn(actor: Actor, target: OrganisationScope): boolean {
  return actor.organisationId === target.id;
}

/** A regulator oversees the companies it licenses. */
function oversees(actor: Actor, target: OrganisationScope): boolean {
  return (
    actor.organisationKind === 'regulator' &&
    hasRole(actor, 'regulator-officer') &&
    target.licensedById === actor.organisationId
  );
}

export function canReadOrganisation(actor: Actor, target: OrganisationScope): boolean {
  if (hasRole(actor, 'system-admin') || isOwn(actor, target)) return true;
  if (oversees(actor, target)) return true;
  // Programme officers work across the organisations of the programme (regional view).
  return hasRole(actor, 'programme-officer');
}

/** Creating organisations: administrators any kind; a regulator officer licenses new PSCs. */
export function canCreateOrganisation(
  actor: Actor,
  kind: OrganisationKind,
  licensedById: string | null,
): boolean {
  if (hasRole(actor, 'system-admin')) return true;
  return (
    kind === 'psc' &&
    hasRole(actor, 'regulator-officer') &&
    actor.organisationKind === 'regulator' &&
    licensedById === actor.organisationId
  );
}

/** Organisation settings (e.g. mandatory second factor): its administrators, or a system administrator. */
export function canUpdateOrganisationSettings(actor: Actor, target: OrganisationScope): boolean {
  if (hasRole(actor, 'system-admin')) return true;
  if (!isOwn(actor, target)) return false;
  return hasRole(actor, 'psc-manager') || hasRole(actor, 'regulator-officer');
}

/** Which roles a user may hand out: never more than the organisation's managers themselves hold. */
const GRANTABLE_BY: Partial<Record<Role, readonly Role[]>> = {
  'psc-manager': ['psc-manager', 'psc-armourer'],
  'regulator-officer': ['regulator-officer'],
};

export function canReadUsers(actor: Actor, target: OrganisationScope): boolean {
  if (hasRole(actor, 'system-admin') || oversees(actor, target)) return true;
  return isOwn(actor, target) && (hasRole(actor, 'psc-manager') || hasRole(actor, 'regulator-officer'));
}

export function canManageUsers(
  actor: Actor,
  target: OrganisationScope,
  rolesGranted: readonly Role[],
): boolean {
  if (hasRole(actor, 'system-admin')) return true;
  if (!isOwn(actor, target)) return false;
  const grantable = new Set(actor.roles.flatMap((role) => GRANTABLE_BY[role] ?? []));
  if (grantable.size === 0) return false;
  return rolesGranted.every((role) => grantable.has(role));
}

/** The audit log: administrators everywhere; regulator officers for their own body and the PSCs they license. */
export function canReadAudit(actor: Actor, target: OrganisationScope): boolean {
  if (hasRole(actor, 'system-admin')) return true;
  if (!hasRole(actor, 'regulator-officer')) return false;
  return isOwn(actor, target) || oversees(actor, target);
}

export function canManageApiTokens(actor: Actor, target: OrganisationScope): boolean {
  if (hasRole(actor, 'system-admin')) return true;
  return isOwn(actor, target) && (hasRole(actor, 'psc-manager') || hasRole(actor, 'regulator-officer'));
}

/**
 * The set of organisations whose records an actor may list, as a filter the storage layer applies:
 * 'all', or a list of organisation ids plus "PSCs licensed by" a regulator.
 */
export type OrganisationFilter =
  | { readonly kind: 'all' }
  | { readonly kind: 'some'; readonly ids: readonly string[]; readonly licensedBy: string | null };

export function visibleOrganisationFilter(actor: Actor): OrganisationFilter {
  if (hasRole(actor, 'system-admin') || hasRole(actor, 'programme-officer')) return { kind: 'all' };
  if (hasRole(actor, 'regulator-officer') && actor.organisationKind === 'regulator') {
    return { kind: 'some', ids: [actor.organisationId], licensedBy: actor.organisationId };
  }
  return { kind: 'some', ids: [actor.organisationId], licensedBy: null };
}

/** The same filter applied to a known organisation (used to check the list filter agrees with the predicate). */
export function isInFilter(filter: OrganisationFilter, target: OrganisationScope): boolean {
  if (filter.kind === 'all') return true;
  return (
    filter.ids.includes(target.id) ||
    (filter.licensedBy !== null && target.licensedById === filter.licensedBy)
  );
}

/*
 * The book (registry and ledger) of an organisation. A PSC's staff keep it; its regulator and the
 * instance's administrators read it. Nobody else reads a company's weapons: tracing and the
 * programme's figures reach them through their own, narrower views.
 */
export type BookOperation =
  | 'register-facility'
  | 'acquire'
  | 'transfer'
  | 'move'
  | 'mark'
  | 'ammunition'
  | 'dispose'
  | 'correct'
  | 'import';

const ARMOURER_OPERATIONS: ReadonlySet<BookOperation> = new Set(['move', 'mark', 'ammunition']);

export function canReadBook(actor: Actor, target: OrganisationScope): boolean {
  if (hasRole(actor, 'system-admin') || oversees(actor, target)) return true;
  return (
    isOwn(actor, target) &&
    (hasRole(actor, 'psc-manager') || hasRole(actor, 'psc-armourer') || hasRole(actor, 'regulator-officer'))
  );
}

export function canWriteBook(actor: Actor, target: OrganisationScope, operation: BookOperation): boolean {
  if (!isOwn(actor, target) || target.kind !== 'psc') return false;
  if (hasRole(actor, 'psc-manager')) return true;
  return hasRole(actor, 'psc-armourer') && ARMOURER_OPERATIONS.has(operation);
}

/** Organisations whose books an actor may list. */
export function bookFilter(actor: Actor): OrganisationFilter {
  if (hasRole(actor, 'system-admin')) return { kind: 'all' };
  if (hasRole(actor, 'regulator-officer') && actor.organisationKind === 'regulator') {
    return { kind: 'some', ids: [actor.organisationId], licensedBy: actor.organisationId };
  }
  if (hasRole(actor, 'psc-manager') || hasRole(actor, 'psc-armourer'))
    return { kind: 'some', ids: [actor.organisationId], licensedBy: null };
  return { kind: 'some', ids: [], licensedBy: null };
}
