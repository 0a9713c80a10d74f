import { findCollectiveHazardDivision } from './collective-hazard-division';
import type { HazardDivision } from './hazard-divisions';
import { HAZARD_DIVISIONS } from './hazard-divisions';
import { findQuantityDistance } from './quantity-distance';
import type { DistanceType, QdFactorTable, QuantityDistanceResult } from './quantity-distance';

/**
 * How a mixed store's distance is found. Configuration: the IATG 02.20 aggregation rules are [U]
 * (fact sheet §1.4 and §11.3).
 * - 'collective-division': the whole NEQ at the store's collective HD (fact sheet §1.4: "the mix is
 *   treated as the most hazardous division").
 * - 'greatest-of-each-division': the whole NEQ as if it were each HD present in turn, the greatest
 *   distance (International Fire Code §5604.1.1.3, fact sheet §1.4 [C for IFC only]).
 */
export const QD_AGGREGATION_POLICIES = ['collective-division', 'greatest-of-each-division'] as const;
export type QdAggregationPolicy = (typeof QD_AGGREGATION_POLICIES)[number];

export interface QdContent {
  readonly hazardDivision: HazardDivision;
  readonly neqKg: number;
}

/** The distance a store needs for one distance type, under the chosen aggregation policy. */
export function findStoreQuantityDistance(
  contents: readonly QdContent[],
  distanceType: DistanceType,
  table: QdFactorTable,
  policy: QdAggregationPolicy,
): QuantityDistanceResult {
  const collective = findCollectiveHazardDivision(contents.map((content) => content.hazardDivision));
  if (collective === undefined) return { ok: true, distanceM: 0 };
  // Summed in milligrams, like the NEQ total, so the order of contents does not matter.
  const totalNeqKg = contents.reduce((sum, content) => sum + Math.round(content.neqKg * 1e6), 0) / 1e6;
  if (policy === 'collective-division')
    return findQuantityDistance(table, collective, distanceType, totalNeqKg);

  const divisions = HAZARD_DIVISIONS.filter((division) =>
    contents.some((c) => c.hazardDivision === division),
  );
  let greatest = 0;
  for (const division of divisions) {
    const result = findQuantityDistance(table, division, distanceType, totalNeqKg);
    // One division the table cannot answer leaves the store without an answer: no partial maximum.
    if (!result.ok) return result;
    greatest = Math.max(greatest, result.distanceM);
  }
  return { ok: true, distanceM: greatest };
}
