/** The records an entry touches, by id: what its history timelines are indexed by. */
export function subjectsOf(payload: unknown): string[] {
  const p = payload as Record<string, unknown>;
  const ids = new Set<string>();
  for (const key of ['facilityId', 'firearmId', 'lotId', 'fromFacilityId', 'toFacilityId']) {
    const value = p[key];
    if (typeof value === 'string') ids.add(value);
  }
  const firearm = p.firearm as { firearmId?: unknown } | undefined;
  if (firearm && typeof firearm.firearmId === 'string') ids.add(firearm.firearmId);
  const stock = p.stock as { lotId?: unknown; facilityId?: unknown } | undefined;
  if (stock && typeof stock.lotId === 'string') ids.add(stock.lotId);
  if (stock && typeof stock.facilityId === 'string') ids.add(stock.facilityId);
  // Armoury issues and returns carry the rounds' lot inside `ammunition` (null when no rounds).
  const ammunition = p.ammunition as { lotId?: unknown } | null | undefined;
  if (ammunition && typeof ammunition.lotId === 'string') ids.add(ammunition.lotId);
  return [...ids].sort();
}
