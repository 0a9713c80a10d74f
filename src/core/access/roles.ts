/** The five kinds of organisation that use a national Custodia instance (architecture: tenancy). */
export const ORGANISATION_KINDS = [
  'regulator',
  'psc',
  'assessor-body',
  'programme-office',
  'law-enforcement',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const ROLES = [
  'system-admin',
  'regulator-officer',
  'psc-manager',
  'psc-armourer',
  'assessor',
  'programme-officer',
  'law-enforcement-officer',
] as const;
export type Role = (typeof ROLES)[number];

/**
 * Which roles a member of each kind of organisation may hold. A system administrator runs the
 * national instance and may sit in any organisation (usually the regulator or the programme office).
 */
export const ROLES_BY_ORGANISATION_KIND: Record<OrganisationKind, readonly Role[]> = {
  regulator: ['system-admin', 'regulator-officer'],
  psc: ['system-admin', 'psc-manager', 'psc-armourer'],
  'assessor-body': ['system-admin', 'assessor'],
  'programme-office': ['system-admin', 'programme-officer'],
  'law-enforcement': ['system-admin', 'law-enforcement-officer'],
};

export function isRoleAllowedIn(kind: OrganisationKind, role: Role): boolean {
  return ROLES_BY_ORGANISATION_KIND[kind].includes(role);
}

/** The roles of a list that the organisation kind does not allow, in the order given. */
export function findDisallowedRoles(kind: OrganisationKind, roles: readonly Role[]): Role[] {
  return roles.filter((role) => !isRoleAllowedIn(kind, role));
}
