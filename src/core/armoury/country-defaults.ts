/**
 * Per-country defaults of armoury rules. Each is a default to confirm with the regulator, not an
 * enforced limit: an organisation's settings override it. Sources: shared/standards/countries.md
 * (cross-country summary). Where the summary says NOT FOUND the platform default applies.
 */
export interface ArmouryDefaults {
  /** Rounds a guard may receive per weapon. No country cap found; 30 ≈ two pistol magazines. */
  readonly maxRoundsPerWeapon: number;
  /** Validity of a training or qualification record when none is stated. */
  readonly qualificationValidityMonths: number;
  /** Longest written-authorised assignment (an escort keeping a weapon for days). */
  readonly maxAssignmentHours: number;
  /** A shift: the expected return when none is given, and the longest issue without authorisation. */
  readonly defaultShiftHours: number;
}

export const PLATFORM_DEFAULTS: ArmouryDefaults = {
  maxRoundsPerWeapon: 30,
  qualificationValidityMonths: 12,
  maxAssignmentHours: 72,
  defaultShiftHours: 12,
};

const BY_COUNTRY: Readonly<Record<string, Partial<ArmouryDefaults>>> = {
  // Colombia: Decreto 1565/2022, reentrenamiento yearly [P].
  CO: { qualificationValidityMonths: 12 },
  // Brazil: reciclagem every 2 years [P].
  BR: { qualificationValidityMonths: 24 },
};

export function armouryDefaultsFor(countryCode: string): ArmouryDefaults {
  return { ...PLATFORM_DEFAULTS, ...BY_COUNTRY[countryCode] };
}
