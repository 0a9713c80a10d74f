/** The tile keys GET /api/v1/dashboard answers with, each translated under dashboard.tiles. */
export const DASHBOARD_TILE_KEYS = [
  'organisations',
  'users',
  'failedSignIns24h',
  'licensedCompanies',
  'usersInScope',
  'countries',
  'companiesReached',
  'staffAccounts',
  'colleagues',
  'firearmsInBook',
  'ammunitionLots',
  'firearmsInScope',
] as const;
export type DashboardTileKey = (typeof DASHBOARD_TILE_KEYS)[number];

export function isDashboardTileKey(key: string): key is DashboardTileKey {
  return (DASHBOARD_TILE_KEYS as readonly string[]).includes(key);
}
