import { findCollectiveHazardDivision } from './collective-hazard-division';
import type { CompatibilityGroup } from './compatibility-groups';
import { findConflicts } from './find-conflicts';
import type { Conflict } from './find-conflicts';
import { findFireDivision } from './fire-division';
import type { FireDivision } from './fire-division';
import { findMixedLoadGroup } from './find-mixed-load-group';
import type { HazardDivision } from './hazard-divisions';
import { DEFAULT_HAZARD_RULES } from './hazard-rules';
import type { HazardRules } from './hazard-rules';
import { totalNeqKg } from './net-explosive-quantity';
import type { StoreItem } from './resolve-store-item';
import { findSupplementarySigns } from './supplementary-signs';
import type { SupplementarySign } from './supplementary-signs';

export interface StoreAssessment {
  readonly isCompatible: boolean;
  readonly conflicts: readonly Conflict[];
  /** Collective HD (fact sheet §1.4); null for an empty store, and given even when the mix is incompatible. */
  readonly hazardDivision: HazardDivision | null;
  /** Group of the mixed load (fact sheet §1.3 footnotes); null when empty or incompatible. */
  readonly compatibilityGroup: CompatibilityGroup | null;
  /** From the collective HD (fact sheet §2); null for an empty store. */
  readonly fireDivision: FireDivision | null;
  readonly supplementarySigns: readonly SupplementarySign[];
  readonly neqKg: number;
}

/** Everything the hazard rules say about what a store holds. Pure: the same items give the same answer in any order. */
export function assessStore(
  items: readonly StoreItem[],
  rules: HazardRules = DEFAULT_HAZARD_RULES,
): StoreAssessment {
  const conflicts = findConflicts(items, rules.mixingRuleSet);
  const isCompatible = conflicts.length === 0;
  const groups = items.map((item) => item.compatibilityGroup);
  const hazardDivision = findCollectiveHazardDivision(items.map((item) => item.hazardDivision)) ?? null;
  return {
    isCompatible,
    conflicts,
    hazardDivision,
    compatibilityGroup: isCompatible ? (findMixedLoadGroup(groups, rules.mixingRuleSet) ?? null) : null,
    fireDivision:
      hazardDivision === null ? null : findFireDivision(hazardDivision, rules.fireDivisionMapping),
    supplementarySigns: findSupplementarySigns(groups, rules.supplementarySignsByGroup),
    neqKg: totalNeqKg(items.map((item) => item.quantity)),
  };
}
