import { DEFAULT_FIRE_DIVISION_MAPPING } from './fire-division';
import type { FireDivisionMapping } from './fire-division';
import type { MixingRuleSet } from './mixing-rule-set';
import { EXAMPLE_SUPPLEMENTARY_SIGNS_BY_GROUP } from './supplementary-signs';
import type { SupplementarySignsByGroup } from './supplementary-signs';
import { UN_TRANSPORT_MIXING_RULES } from './un-transport-mixing-rules';

/** The parts of the hazard rules a country may set differently (architecture: configuration, not code). */
export interface HazardRules {
  readonly mixingRuleSet: MixingRuleSet;
  readonly fireDivisionMapping: FireDivisionMapping;
  readonly supplementarySignsByGroup: SupplementarySignsByGroup;
}

/**
 * Defaults: UN transport mixing rules (fact sheet §11.2), the believed FD mapping (§2, [U]/[P]) and the
 * example supplementary-sign table, which is Custodia's reading and not a source table.
 */
export const DEFAULT_HAZARD_RULES: HazardRules = {
  mixingRuleSet: UN_TRANSPORT_MIXING_RULES,
  fireDivisionMapping: DEFAULT_FIRE_DIVISION_MAPPING,
  supplementarySignsByGroup: EXAMPLE_SUPPLEMENTARY_SIGNS_BY_GROUP,
};
