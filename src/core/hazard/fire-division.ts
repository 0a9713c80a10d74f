import type { HazardDivision } from './hazard-divisions';

/** Fire divisions 1–4; 1 is the greatest hazard (fact sheet §2 [C] for the NATO/US system). */
export const FIRE_DIVISIONS = [1, 2, 3, 4] as const;
export type FireDivision = (typeof FIRE_DIVISIONS)[number];

export type FireDivisionMapping = Readonly<Record<HazardDivision, FireDivision>>;

/**
 * Default fire division for each store hazard division. Configuration, not a confirmed IATG table:
 * fact sheet §2 marks the IATG 02.50 mapping [U]; addendum §2 raises FD n = HD 1.n for 1.1–1.4 to [P]
 * (DRDO/STEC via chempedia). HD 1.5 → FD 1 and HD 1.6 → FD 4 follow the fact sheet's "believed"
 * reading (1.6 "commonly 4"); a country sets its own mapping.
 */
export const DEFAULT_FIRE_DIVISION_MAPPING: FireDivisionMapping = {
  '1.1': 1,
  '1.2': 2,
  '1.3': 3,
  '1.4': 4,
  '1.5': 1,
  '1.6': 4,
};

/** Fact sheet §2 "Software implication": the fire division is derived from the store's collective HD. */
export function findFireDivision(
  collectiveHazardDivision: HazardDivision,
  mapping: FireDivisionMapping = DEFAULT_FIRE_DIVISION_MAPPING,
): FireDivision {
  return mapping[collectiveHazardDivision];
}
