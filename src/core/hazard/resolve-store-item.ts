import { isCompatibilityGroup } from './compatibility-groups';
import type { CompatibilityGroup } from './compatibility-groups';
import { isHazardDivision } from './hazard-divisions';
import type { HazardDivision } from './hazard-divisions';
import type { ItemQuantity } from './net-explosive-quantity';
import { findUnNumber } from './un-numbers';

/** An item as a person or another tool describes it: a UN number or an explicit HD and CG, and a quantity. */
export interface StoreItemInput {
  readonly unNumber?: string;
  readonly hazardDivision?: string;
  readonly compatibilityGroup?: string;
  readonly rounds?: number;
  readonly neqKgPer1000?: number;
  readonly neqKg?: number;
}

/** An item whose classification and quantity are known. */
export interface StoreItem {
  readonly unNumber?: string;
  readonly hazardDivision: HazardDivision;
  readonly compatibilityGroup: CompatibilityGroup;
  readonly quantity: ItemQuantity;
}

export type StoreItemProblem =
  | { readonly code: 'UNKNOWN_UN_NUMBER'; readonly unNumber: string }
  | { readonly code: 'MISSING_CLASSIFICATION' }
  | { readonly code: 'UNKNOWN_HAZARD_DIVISION'; readonly value: string }
  | { readonly code: 'UNKNOWN_COMPATIBILITY_GROUP'; readonly value: string }
  | {
      readonly code: 'CLASSIFICATION_MISMATCH';
      readonly unNumber: string;
      readonly expected: string;
      readonly given: string;
    }
  | { readonly code: 'MISSING_QUANTITY' }
  | { readonly code: 'AMBIGUOUS_QUANTITY' }
  | {
      readonly code: 'INVALID_QUANTITY';
      readonly field: 'rounds' | 'neqKgPer1000' | 'neqKg';
      readonly value: number;
    };

export type StoreItemResolution =
  | { readonly ok: true; readonly item: StoreItem }
  | { readonly ok: false; readonly problem: StoreItemProblem };

/**
 * Classifies an item from its UN number (fact sheet §1.5) or from the HD and CG it states. An unknown
 * UN number is accepted only with an explicit HD and CG; a known one must agree with any HD or CG given,
 * since a UN number fixes its classification code.
 */
export function resolveStoreItem(input: StoreItemInput): StoreItemResolution {
  const { hazardDivision, compatibilityGroup, unNumber } = input;
  if (hazardDivision !== undefined && !isHazardDivision(hazardDivision)) {
    return fail({ code: 'UNKNOWN_HAZARD_DIVISION', value: hazardDivision });
  }
  if (compatibilityGroup !== undefined && !isCompatibilityGroup(compatibilityGroup)) {
    return fail({ code: 'UNKNOWN_COMPATIBILITY_GROUP', value: compatibilityGroup });
  }
  const quantity = resolveQuantity(input);
  if ('code' in quantity) return fail(quantity);

  const known = unNumber === undefined ? undefined : findUnNumber(unNumber);
  if (known !== undefined) {
    const given = `${hazardDivision ?? known.hazardDivision}${compatibilityGroup ?? known.compatibilityGroup}`;
    const expected = `${known.hazardDivision}${known.compatibilityGroup}`;
    if (given !== expected)
      return fail({ code: 'CLASSIFICATION_MISMATCH', unNumber: known.unNumber, expected, given });
    return succeed({
      unNumber: known.unNumber,
      hazardDivision: known.hazardDivision,
      compatibilityGroup: known.compatibilityGroup,
      quantity,
    });
  }
  if (hazardDivision === undefined || compatibilityGroup === undefined) {
    return fail(
      unNumber === undefined ? { code: 'MISSING_CLASSIFICATION' } : { code: 'UNKNOWN_UN_NUMBER', unNumber },
    );
  }
  return succeed({
    ...(unNumber === undefined ? {} : { unNumber }),
    hazardDivision,
    compatibilityGroup,
    quantity,
  });
}

function resolveQuantity(input: StoreItemInput): ItemQuantity | StoreItemProblem {
  const { rounds, neqKgPer1000, neqKg } = input;
  const byRounds = rounds !== undefined || neqKgPer1000 !== undefined;
  if (neqKg !== undefined && byRounds) return { code: 'AMBIGUOUS_QUANTITY' };
  if (neqKg !== undefined) {
    return isNonNegative(neqKg) ? { neqKg } : { code: 'INVALID_QUANTITY', field: 'neqKg', value: neqKg };
  }
  if (rounds === undefined || neqKgPer1000 === undefined) return { code: 'MISSING_QUANTITY' };
  // Architecture, data conventions: rounds are integers.
  if (!Number.isSafeInteger(rounds) || rounds < 0)
    return { code: 'INVALID_QUANTITY', field: 'rounds', value: rounds };
  if (!isNonNegative(neqKgPer1000))
    return { code: 'INVALID_QUANTITY', field: 'neqKgPer1000', value: neqKgPer1000 };
  return { rounds, neqKgPer1000 };
}

function isNonNegative(value: number): boolean {
  return Number.isFinite(value) && value >= 0;
}

function succeed(item: StoreItem): StoreItemResolution {
  return { ok: true, item };
}

function fail(problem: StoreItemProblem): StoreItemResolution {
  return { ok: false, problem };
}
