/**
 * The vocabulary of armoury operations (issue #4): roles and statuses of personnel, refusal
 * codes of an issue, return reasons, maintenance and stock-count kinds. Each list is the one
 * place its values are written; contracts, storage and the web app read them from here.
 */

export const PERSONNEL_ROLES = ['guard', 'escort', 'supervisor', 'armourer'] as const;
export type PersonnelRole = (typeof PERSONNEL_ROLES)[number];

export const PERSONNEL_STATUSES = ['active', 'suspended', 'dismissed'] as const;
export type PersonnelStatus = (typeof PERSONNEL_STATUSES)[number];

export const QUALIFICATION_RESULTS = ['pass', 'fail'] as const;
export type QualificationResult = (typeof QUALIFICATION_RESULTS)[number];

/**
 * Why an issue is refused. The first group is about the weapon's whereabouts or status and can
 * never be overridden; the rest a supervisor may override with a written reason.
 */
export const ISSUE_REFUSAL_CODES = [
  'WEAPON_NOT_IN_THIS_ARMOURY',
  'WEAPON_NOT_IN_STORE',
  'WEAPON_LOST_OR_STOLEN',
  'WEAPON_SEIZED',
  'WEAPON_UNDER_MAINTENANCE',
  'AMMUNITION_NOT_IN_THIS_ARMOURY',
  'ROUNDS_EXCEED_STOCK',
  'PERMIT_LAPSED',
  'GUARD_LICENCE_MISSING',
  'GUARD_LICENCE_LAPSED',
  'GUARD_LICENCE_UNARMED',
  'GUARD_SUSPENDED',
  'GUARD_DISMISSED',
  'GUARD_NOT_QUALIFIED',
  'COMPANY_AUTHORISATION_MISSING',
  'COMPANY_AUTHORISATION_LAPSED',
  'FACILITY_LICENCE_LAPSED',
  'ROUNDS_ABOVE_MAXIMUM',
  'CALIBRE_MISMATCH',
  'POST_NOT_AUTHORISED_FOR_WEAPON',
  'ASSIGNMENT_TOO_LONG',
  'ASSIGNMENT_NEEDS_AUTHORISATION',
] as const;
export type IssueRefusalCode = (typeof ISSUE_REFUSAL_CODES)[number];

/** Refusals about where the weapon or the rounds are, or the weapon's state: no override. */
export const NON_OVERRIDABLE_REFUSALS: ReadonlySet<IssueRefusalCode> = new Set([
  'WEAPON_NOT_IN_THIS_ARMOURY',
  'WEAPON_NOT_IN_STORE',
  'WEAPON_LOST_OR_STOLEN',
  'WEAPON_SEIZED',
  'WEAPON_UNDER_MAINTENANCE',
  'AMMUNITION_NOT_IN_THIS_ARMOURY',
  'ROUNDS_EXCEED_STOCK',
  'CALIBRE_MISMATCH',
  // The per-country cap on assignment length is a limit, not a judgement call.
  'ASSIGNMENT_TOO_LONG',
  // A dismissed person is no longer staff: nobody may hand them a weapon.
  'GUARD_DISMISSED',
]);

export const SHORTFALL_REASONS = ['discharge-in-service', 'training', 'misfire-defective', 'other'] as const;
export type ShortfallReason = (typeof SHORTFALL_REASONS)[number];

export const WEAPON_CONDITIONS = ['serviceable', 'damaged'] as const;
export type WeaponCondition = (typeof WEAPON_CONDITIONS)[number];

export const RETURN_DISCREPANCY_KINDS = ['discharge', 'unexplained-shortfall'] as const;
export type ReturnDiscrepancyKind = (typeof RETURN_DISCREPANCY_KINDS)[number];

export const MAINTENANCE_KINDS = ['cleaning', 'inspection', 'test-firing', 'repair'] as const;
export type MaintenanceKind = (typeof MAINTENANCE_KINDS)[number];

export const MAINTENANCE_OUTCOMES = ['returned-to-service', 'remains-out-of-service'] as const;
export type MaintenanceOutcome = (typeof MAINTENANCE_OUTCOMES)[number];

export const COUNT_POLICY_KINDS = [
  'opening-closing-numeric',
  'serial-weekly',
  'serial-monthly',
  'full-annual',
  'armourer-change',
] as const;
export type CountPolicyKind = (typeof COUNT_POLICY_KINDS)[number];

/** What a count session checks: a number of weapons, every serial, or serials and every lot. */
export const COUNT_KINDS = ['numeric', 'serial', 'full'] as const;
export type CountKind = (typeof COUNT_KINDS)[number];

export const COUNT_TRIGGERS = [
  'opening',
  'closing',
  'weekly',
  'monthly',
  'annual',
  'armourer-change',
  'ad-hoc',
] as const;
export type CountTrigger = (typeof COUNT_TRIGGERS)[number];

export const COUNT_STATUSES = ['counting', 'reconciling', 'closed'] as const;
export type CountStatus = (typeof COUNT_STATUSES)[number];

export const COUNT_DISCREPANCY_KINDS = [
  'missing',
  'extra',
  'wrong-facility',
  'ammunition-variance',
  'numeric-variance',
] as const;
export type CountDiscrepancyKind = (typeof COUNT_DISCREPANCY_KINDS)[number];

export const COUNT_RESOLUTIONS = ['found', 'recorded-error', 'reported-loss'] as const;
export type CountResolution = (typeof COUNT_RESOLUTIONS)[number];

export const LABEL_STOCKS = ['a4-grid', 'avery-l7160'] as const;
export type LabelStock = (typeof LABEL_STOCKS)[number];
