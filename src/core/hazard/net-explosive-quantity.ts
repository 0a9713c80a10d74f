/**
 * How much explosive an item holds: a count of rounds with the NEQ per 1,000 rounds (fact sheet §1.5:
 * a cartridge's NEQ is its propellant plus primer mix), or an NEQ given directly in kg.
 */
export type ItemQuantity =
  { readonly rounds: number; readonly neqKgPer1000: number } | { readonly neqKg: number };

// NEQ is kept as a whole number of milligrams while summing, so a total is exact and does not
// depend on the order of the items (floating-point addition is not associative).
const MILLIGRAMS_PER_KG = 1_000_000;

function toMilligrams(quantity: ItemQuantity): number {
  const kg = 'neqKg' in quantity ? quantity.neqKg : (quantity.rounds * quantity.neqKgPer1000) / 1000;
  return Math.round(kg * MILLIGRAMS_PER_KG);
}

/** NEQ of one item in kg, to the milligram: rounds × neqKgPer1000 / 1000, or neqKg. */
export function itemNeqKg(quantity: ItemQuantity): number {
  return toMilligrams(quantity) / MILLIGRAMS_PER_KG;
}

/** Total NEQ of a store in kg, to the milligram. */
export function totalNeqKg(quantities: readonly ItemQuantity[]): number {
  return quantities.reduce((sum, quantity) => sum + toMilligrams(quantity), 0) / MILLIGRAMS_PER_KG;
}

export interface NeqLimitComparison {
  readonly isWithinLimit: boolean;
  /** kg above the licensed maximum; 0 when within it. */
  readonly excessKg: number;
  /** kg still allowed; 0 when at or over the maximum. */
  readonly headroomKg: number;
}

/** A store's NEQ against the facility's licensed maximum; holding exactly the maximum is within it. */
export function compareWithLicensedMaximum(neqKg: number, licensedMaximumNeqKg: number): NeqLimitComparison {
  const held = Math.round(neqKg * MILLIGRAMS_PER_KG);
  const allowed = Math.round(licensedMaximumNeqKg * MILLIGRAMS_PER_KG);
  return {
    isWithinLimit: held <= allowed,
    excessKg: Math.max(0, held - allowed) / MILLIGRAMS_PER_KG,
    headroomKg: Math.max(0, allowed - held) / MILLIGRAMS_PER_KG,
  };
}
