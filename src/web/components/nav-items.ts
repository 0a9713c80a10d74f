import type { Role } from '../../core/access/roles';

export type NavItemId =
  | 'dashboard'
  | 'armoury'
  | 'registry'
  | 'hazard'
  | 'assessments'
  | 'tracing'
  | 'incidents'
  | 'organisations'
  | 'users'
  | 'audit'
  | 'apiTokens'
  | 'account';

export interface NavItem {
  readonly id: NavItemId;
  readonly path: string;
  /** Translation key of the label. */
  readonly label:
    | 'nav.dashboard'
    | 'nav.armoury'
    | 'nav.registry'
    | 'nav.hazard'
    | 'nav.assessments'
    | 'nav.tracing'
    | 'nav.incidents'
    | 'nav.organisations'
    | 'nav.companies'
    | 'nav.users'
    | 'nav.audit'
    | 'nav.apiTokens'
    | 'nav.account';
}

const PATHS: Record<NavItemId, string> = {
  dashboard: '/',
  armoury: '/armoury',
  registry: '/registry/firearms',
  hazard: '/hazard',
  assessments: '/assessments',
  tracing: '/tracing',
  incidents: '/incidents',
  organisations: '/admin/organisations',
  users: '/admin/users',
  audit: '/audit',
  apiTokens: '/api-tokens',
  account: '/account/security',
};

const ORDER: readonly NavItemId[] = [
  'dashboard',
  'armoury',
  'registry',
  'hazard',
  'assessments',
  'tracing',
  'incidents',
  'organisations',
  'users',
  'audit',
  'apiTokens',
  'account',
];

/** The screens each role works with; "My account" is everyone's. */
const ITEMS_BY_ROLE: Record<Role, readonly NavItemId[]> = {
  'system-admin': [
    'dashboard',
    'registry',
    'hazard',
    'assessments',
    'tracing',
    'incidents',
    'organisations',
    'users',
    'audit',
    'apiTokens',
  ],
  'regulator-officer': [
    'dashboard',
    'registry',
    'hazard',
    'assessments',
    'tracing',
    'incidents',
    'organisations',
    'users',
    'audit',
    'apiTokens',
  ],
  'psc-manager': [
    'dashboard',
    'armoury',
    'registry',
    'hazard',
    'assessments',
    'incidents',
    'users',
    'apiTokens',
  ],
  'psc-armourer': ['dashboard', 'armoury', 'registry', 'hazard', 'incidents'],
  assessor: ['dashboard', 'assessments'],
  'programme-officer': ['dashboard', 'assessments', 'organisations'],
  'law-enforcement-officer': ['dashboard', 'tracing'],
};

export function navItemsFor(roles: readonly Role[]): NavItem[] {
  const ids = new Set<NavItemId>(['account', ...roles.flatMap((role) => ITEMS_BY_ROLE[role])]);
  // A regulator officer oversees companies; whoever also administers or runs the programme sees all organisations.
  const isCompaniesOnly =
    roles.includes('regulator-officer') &&
    !roles.includes('system-admin') &&
    !roles.includes('programme-officer');
  return ORDER.filter((id) => ids.has(id)).map((id) => ({
    id,
    path: PATHS[id],
    label: id === 'organisations' && isCompaniesOnly ? 'nav.companies' : `nav.${id}`,
  }));
}

export function isNavAllowed(roles: readonly Role[], id: NavItemId): boolean {
  return navItemsFor(roles).some((item) => item.id === id);
}
