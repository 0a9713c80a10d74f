import { z } from 'zod';
import { COMPATIBILITY_GROUPS } from '../core/hazard/compatibility-groups';
import { HAZARD_DIVISIONS } from '../core/hazard/hazard-divisions';
import { DISTANCE_TYPES } from '../core/hazard/quantity-distance';

// Wire shapes of `custodia hazard assess` and `custodia hazard qd` (issue 5), reused by the API.

// A wrong code is named in the message; a value of the wrong type is called what it is.
function unknownCode(what: string, allowed: string) {
  return (issue: { input?: unknown }) =>
    typeof issue.input === 'string'
      ? `unknown ${what} "${issue.input}" (${allowed})`
      : `${what} must be a string (${allowed})`;
}

export const HazardDivisionCode = z.enum(HAZARD_DIVISIONS, {
  error: unknownCode('hazard division', '1.1 to 1.6'),
});
export const CompatibilityGroupCode = z.enum(COMPATIBILITY_GROUPS, {
  error: unknownCode('compatibility group', 'A–H, J, K, L, N or S'),
});
export const DistanceTypeCode = z.enum(DISTANCE_TYPES, {
  error: unknownCode('distance type', 'inside, inhabited-building or public-traffic-route'),
});

const NonNegativeNumber = z.number({ error: 'must be a number' }).min(0, { error: 'must not be negative' });

/** An item: a UN number or an explicit hd and cg; rounds with neqKgPer1000, or neqKg. */
export const HazardAssessItem = z.object({
  un: z
    .string({ error: 'must be a four-digit string, e.g. "0012"' })
    .regex(/^\d{4}$/, {
      error: 'must be a four-digit string, e.g. "0012"',
    })
    .optional(),
  hd: HazardDivisionCode.optional(),
  cg: CompatibilityGroupCode.optional(),
  rounds: NonNegativeNumber.int({ error: 'must be a whole number of rounds' }).optional(),
  neqKgPer1000: NonNegativeNumber.optional(),
  neqKg: NonNegativeNumber.optional(),
});
export type HazardAssessItem = z.infer<typeof HazardAssessItem>;

export const HazardAssessRequest = z.object(
  { items: z.array(HazardAssessItem, { error: 'must be a list of items' }) },
  { error: 'expected an object {"items": [...]}' },
);
export type HazardAssessRequest = z.infer<typeof HazardAssessRequest>;

export const HazardConflict = z.object({
  a: CompatibilityGroupCode,
  b: CompatibilityGroupCode,
  reason: z.string(),
});
export type HazardConflict = z.infer<typeof HazardConflict>;

export const HazardAssessResponse = z.object({
  compatible: z.boolean(),
  conflicts: z.array(HazardConflict),
  hazardDivision: HazardDivisionCode.nullable(),
  compatibilityGroup: CompatibilityGroupCode.nullable(),
  fireDivision: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]).nullable(),
  neqKg: z.number().min(0),
});
export type HazardAssessResponse = z.infer<typeof HazardAssessResponse>;

export const QuantityDistanceResponse = z.object({ distanceM: z.number().int().min(0) });
export type QuantityDistanceResponse = z.infer<typeof QuantityDistanceResponse>;
