import type { HazardDivision } from './hazard-divisions';

/**
 * The hazard division of a mix of two divisions (row with column). Fact sheet §1.4 [C]: ACT Dangerous
 * Substances (Explosives) Regulation 2004, reg 16, Table 16 (austlii.edu.au); the same values are in the
 * Victorian Dangerous Goods (Explosives) Regulations 2000, reg 110, Table 110. UN/ADR-derived.
 */
export const COLLECTIVE_HAZARD_DIVISION_MATRIX: Readonly<
  Record<HazardDivision, Readonly<Record<HazardDivision, HazardDivision>>>
> = {
  '1.1': { '1.1': '1.1', '1.2': '1.1', '1.3': '1.1', '1.4': '1.1', '1.5': '1.1', '1.6': '1.1' },
  '1.2': { '1.1': '1.1', '1.2': '1.2', '1.3': '1.1', '1.4': '1.2', '1.5': '1.1', '1.6': '1.2' },
  '1.3': { '1.1': '1.1', '1.2': '1.1', '1.3': '1.3', '1.4': '1.3', '1.5': '1.1', '1.6': '1.3' },
  '1.4': { '1.1': '1.1', '1.2': '1.2', '1.3': '1.3', '1.4': '1.4', '1.5': '1.5', '1.6': '1.6' },
  '1.5': { '1.1': '1.1', '1.2': '1.1', '1.3': '1.1', '1.4': '1.5', '1.5': '1.5', '1.6': '1.5' },
  '1.6': { '1.1': '1.1', '1.2': '1.2', '1.3': '1.3', '1.4': '1.6', '1.5': '1.5', '1.6': '1.6' },
};

export function combineHazardDivisions(a: HazardDivision, b: HazardDivision): HazardDivision {
  return COLLECTIVE_HAZARD_DIVISION_MATRIX[a][b];
}

/**
 * The hazard division of a store. Fact sheet §1.4: for three or more, combine two at a time, then the
 * result with the next, until all are used. Undefined for an empty store.
 */
export function findCollectiveHazardDivision(
  divisions: readonly HazardDivision[],
): HazardDivision | undefined {
  const [first, ...rest] = divisions;
  if (first === undefined) return undefined;
  return rest.reduce(combineHazardDivisions, first);
}
