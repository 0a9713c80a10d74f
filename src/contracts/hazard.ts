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

// Facility hazard view, overview, signs and sign postings (issue 5, "In the application").

const Localized = z.object({ es: z.string(), en: z.string() });
const FireDivisionNumber = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);

export const SignCodeParam = z
  .string()
  .regex(
    /^(fire-division-[1-4]|class-1-1\.[1-6][A-HJKLNS]?|apply-no-water|wear-breathing-apparatus|chemical-hazard)$/,
    'a sign code: fire-division-1…4, class-1-<division><group> (e.g. class-1-1.4S), apply-no-water, wear-breathing-apparatus or chemical-hazard',
  );

export const SignSize = z.enum(['full', 'half']);
export const SignSizeQuery = z.object({ size: SignSize.default('full') });
export const FacilitySignParams = z.object({ id: z.uuid(), sign: SignCodeParam });

export const HazardConflictDetail = z.object({
  a: CompatibilityGroupCode,
  b: CompatibilityGroupCode,
  reason: Localized,
});

export const FacilityHazardLot = z.object({
  lotId: z.string(),
  lotNumber: z.string(),
  calibre: z.string(),
  unNumber: z.string().nullable(),
  rounds: z.number().int(),
  neqKg: z.number().nullable().describe('null when the lot has no NEQ per 1,000 rounds'),
});

export const FacilityHazardGroup = z.object({
  hazardDivision: HazardDivisionCode.nullable().describe('null for lots of unknown classification'),
  compatibilityGroup: CompatibilityGroupCode.nullable(),
  lots: z.array(FacilityHazardLot),
  rounds: z.number().int(),
  neqKg: z.number(),
});

export const SignPosting = z.object({
  id: z.string(),
  facilityId: z.string(),
  signs: z.array(z.string()),
  postedOn: z.string(),
  note: z.string().nullable(),
  deliveredBy: z.string().nullable(),
  recordedBy: z.string(),
  recordedByName: z.string().nullable(),
  recordedAt: z.string(),
});
export type SignPosting = z.infer<typeof SignPosting>;
export const SignPostingList = z.object({ items: z.array(SignPosting) });

export const CountryHazardSettingsView = z.object({
  countryCode: z.string(),
  mixingRuleSetId: z.string(),
  violationMode: z.enum(['refuse', 'warn-override']),
  captionLanguage: z.enum(['es', 'en', 'pt']),
  isConfirmed: z.boolean(),
  note: z.string().nullable(),
});

export const FacilityHazard = z.object({
  facilityId: z.string(),
  facilityCode: z.string(),
  facilityName: z.string(),
  organisationId: z.string(),
  settings: CountryHazardSettingsView,
  contents: z.array(FacilityHazardGroup),
  holdsAmmunition: z.boolean(),
  unclassifiedLots: z.number().int(),
  compatible: z.boolean(),
  conflicts: z.array(HazardConflictDetail),
  hazardDivision: HazardDivisionCode.nullable(),
  compatibilityGroup: CompatibilityGroupCode.nullable(),
  fireDivision: FireDivisionNumber.nullable(),
  supplementarySigns: z.array(z.string()),
  neqKg: z.number(),
  isNeqComplete: z.boolean().describe('false when a lot held has no NEQ per 1,000 rounds'),
  maxNeqKg: z.number().nullable(),
  isWithinLimit: z.boolean().nullable(),
  requiredSigns: z.array(z.string()),
  lastPosting: SignPosting.nullable(),
  signsOutOfDate: z.boolean(),
});
export type FacilityHazard = z.infer<typeof FacilityHazard>;

export const HazardOverviewQuery = z.object({ organisationId: z.uuid().optional() });
export const HazardOverviewItem = z.object({
  facilityId: z.string(),
  code: z.string(),
  name: z.string(),
  organisationId: z.string(),
  organisationCode: z.string(),
  organisationName: z.string(),
  hazardDivision: HazardDivisionCode.nullable(),
  compatibilityGroup: CompatibilityGroupCode.nullable(),
  fireDivision: FireDivisionNumber.nullable(),
  compatible: z.boolean(),
  neqKg: z.number(),
  maxNeqKg: z.number().nullable(),
  isWithinLimit: z.boolean().nullable(),
  holdsAmmunition: z.boolean(),
  signsOutOfDate: z.boolean(),
});
export type HazardOverviewItem = z.infer<typeof HazardOverviewItem>;
export const HazardOverview = z.object({ items: z.array(HazardOverviewItem) });
export type HazardOverview = z.infer<typeof HazardOverview>;

// PostgreSQL text cannot hold a NUL character: refuse it here rather than fail in the database.
const FreeText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine((text) => !text.includes('\u0000'), 'no NUL characters')
    .nullable()
    .default(null);

export const RecordSignPostingRequest = z.object({
  signs: z.array(SignCodeParam).min(1, 'name at least one sign').max(10),
  postedOn: z.iso.date().describe('YYYY-MM-DD, not after today'),
  note: FreeText(500),
  deliveredBy: FreeText(200).describe('who delivered the signs, e.g. a programme'),
});
export type RecordSignPostingRequest = z.infer<typeof RecordSignPostingRequest>;
