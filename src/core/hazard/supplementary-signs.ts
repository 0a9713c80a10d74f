import { COMPATIBILITY_GROUPS } from './compatibility-groups';
import type { CompatibilityGroup } from './compatibility-groups';

/** Supplementary signs posted beside the fire-division symbol (fact sheet §2; addendum §2, US sources [C]). */
export const SUPPLEMENTARY_SIGNS = ['apply-no-water', 'wear-breathing-apparatus', 'chemical-hazard'] as const;
export type SupplementarySign = (typeof SUPPLEMENTARY_SIGNS)[number];

export type SupplementarySignsByGroup = Readonly<Record<CompatibilityGroup, readonly SupplementarySign[]>>;

/**
 * EXAMPLE — not a table from any source. No text seen assigns supplementary signs to compatibility
 * groups (fact sheet §2 marks the IATG 02.50 signs [U]); this is Custodia's reading of the group meanings
 * (§1.2) against the sign meanings (§2, addendum §2), for a country to confirm or replace:
 * - G (pyrotechnic: incendiary, tear or smoke) and J (flammable liquid or gel): intense radiant heat or
 *   toxic smoke → wear breathing apparatus;
 * - H (white phosphorus; US protective-clothing set 3) and K (toxic agent; set 1) → chemical hazard;
 * - L (water-activated, pyrophoric, …): water may intensify the fire or cause an explosion → apply no water.
 */
export const EXAMPLE_SUPPLEMENTARY_SIGNS_BY_GROUP: SupplementarySignsByGroup = {
  A: [],
  B: [],
  C: [],
  D: [],
  E: [],
  F: [],
  G: ['wear-breathing-apparatus'],
  H: ['chemical-hazard'],
  J: ['wear-breathing-apparatus'],
  K: ['chemical-hazard'],
  L: ['apply-no-water'],
  N: [],
  S: [],
};

/** The supplementary signs a store needs: the union over the groups it holds, in a fixed order. */
export function findSupplementarySigns(
  groups: readonly CompatibilityGroup[],
  signsByGroup: SupplementarySignsByGroup,
): SupplementarySign[] {
  const present = COMPATIBILITY_GROUPS.filter((group) => groups.includes(group));
  return SUPPLEMENTARY_SIGNS.filter((sign) => present.some((group) => signsByGroup[group].includes(sign)));
}
