import { assessStore } from './assess-store';
import type { CompatibilityGroup } from './compatibility-groups';
import { isCompatibilityGroup } from './compatibility-groups';
import type { ViolationMode } from './country-hazard-settings';
import type { Conflict } from './find-conflicts';
import type { HazardDivision } from './hazard-divisions';
import { isHazardDivision } from './hazard-divisions';
import type { HazardRules } from './hazard-rules';
import { compareWithLicensedMaximum, itemNeqKg, totalNeqKg } from './net-explosive-quantity';
import type { StoreItem } from './resolve-store-item';

/** A lot as the store holds it: classification and NEQ per 1,000 may be unknown for old or imported lots. */
export interface StoredLot {
  readonly lotId: string;
  readonly unNumber: string | null;
  readonly hazardDivision: string | null;
  readonly compatibilityGroup: string | null;
  readonly neqKgPer1000: number | null;
  readonly rounds: number;
}

export type ReceiptViolation =
  | {
      readonly code: 'HAZARD_INCOMPATIBLE';
      readonly conflicts: readonly Conflict[];
    }
  | {
      readonly code: 'NEQ_LIMIT_EXCEEDED';
      readonly neqKgAfter: number;
      readonly maxNeqKg: number;
      readonly excessKg: number;
    }
  | { readonly code: 'NEQ_UNKNOWN'; readonly maxNeqKg: number };

export type ReceiptHazardDecision =
  | { readonly ok: true; readonly violations: readonly ReceiptViolation[] }
  /** The lot has no hazard division and compatibility group: nothing can be checked, so it never enters. */
  | { readonly ok: false; readonly refusal: { readonly code: 'HAZARD_CLASS_UNKNOWN' } }
  | {
      readonly ok: false;
      readonly refusal: { readonly code: 'REFUSED'; readonly violations: readonly ReceiptViolation[] };
    }
  | {
      readonly ok: false;
      readonly refusal: {
        readonly code: 'OVERRIDE_REQUIRED';
        readonly violations: readonly ReceiptViolation[];
      };
    };

/** A classified lot as an item of the hazard rules; its NEQ counts only when the NEQ per 1,000 is known. */
export function toStoreItem(lot: StoredLot): StoreItem | undefined {
  if (!isHazardDivision(lot.hazardDivision) || !isCompatibilityGroup(lot.compatibilityGroup))
    return undefined;
  return {
    ...(lot.unNumber === null ? {} : { unNumber: lot.unNumber }),
    hazardDivision: lot.hazardDivision as HazardDivision,
    compatibilityGroup: lot.compatibilityGroup as CompatibilityGroup,
    quantity: { rounds: lot.rounds, neqKgPer1000: lot.neqKgPer1000 ?? 0 },
  };
}

/** The store after the receipt: the received rounds join their lot if the store already holds it. */
function contentsAfter(held: readonly StoredLot[], received: StoredLot): StoredLot[] {
  const existing = held.find((lot) => lot.lotId === received.lotId);
  if (!existing) return [...held, received];
  return held.map((lot) =>
    lot.lotId === received.lotId ? { ...lot, rounds: lot.rounds + received.rounds } : lot,
  );
}

/**
 * Issue 5: receiving ammunition checks compatibility and the licensed NEQ before the ledger entry is
 * written. A violation is a conflict that involves the received lot's group (a store made incompatible
 * earlier, under an override, can still receive what conflicts with nothing), an NEQ above the
 * facility's maximum, or a lot of unknown NEQ where a maximum applies. The country's mode decides
 * whether a violation is refused or needs a supervisor's override.
 */
export function decideReceiptHazard(input: {
  readonly held: readonly StoredLot[];
  readonly received: StoredLot;
  readonly maxNeqKg: number | null;
  readonly rules: HazardRules;
  readonly mode: ViolationMode;
  readonly hasOverride: boolean;
}): ReceiptHazardDecision {
  const incoming = toStoreItem(input.received);
  if (!incoming) return { ok: false, refusal: { code: 'HAZARD_CLASS_UNKNOWN' } };
  const after = contentsAfter(input.held, input.received);
  const items = after.flatMap((lot) => toStoreItem(lot) ?? []);
  const assessment = assessStore(items, input.rules);
  const violations: ReceiptViolation[] = [];
  const conflicts = assessment.conflicts.filter(
    (c) => c.a === incoming.compatibilityGroup || c.b === incoming.compatibilityGroup,
  );
  if (conflicts.length > 0) violations.push({ code: 'HAZARD_INCOMPATIBLE', conflicts });
  if (input.maxNeqKg !== null) {
    if (input.received.neqKgPer1000 === null) {
      violations.push({ code: 'NEQ_UNKNOWN', maxNeqKg: input.maxNeqKg });
    } else {
      const neqKgAfter = totalNeqKg(items.map((item) => item.quantity));
      const comparison = compareWithLicensedMaximum(neqKgAfter, input.maxNeqKg);
      if (!comparison.isWithinLimit)
        violations.push({
          code: 'NEQ_LIMIT_EXCEEDED',
          neqKgAfter,
          maxNeqKg: input.maxNeqKg,
          excessKg: comparison.excessKg,
        });
    }
  }
  if (violations.length === 0) return { ok: true, violations };
  if (input.mode === 'refuse') return { ok: false, refusal: { code: 'REFUSED', violations } };
  if (!input.hasOverride) return { ok: false, refusal: { code: 'OVERRIDE_REQUIRED', violations } };
  return { ok: true, violations };
}

/** NEQ of one stored lot in kg, or null when its NEQ per 1,000 is unknown. */
export function storedLotNeqKg(lot: StoredLot): number | null {
  return lot.neqKgPer1000 === null ? null : itemNeqKg({ rounds: lot.rounds, neqKgPer1000: lot.neqKgPer1000 });
}
