import { addHours, dayOf, hoursBetween, isValidOn } from './calendar';
import { NON_OVERRIDABLE_REFUSALS, type IssueRefusalCode, type PersonnelStatus } from './armoury-terms';

/**
 * Whether a weapon and rounds may be issued to a guard (issue #4: "the system, not the armourer's
 * memory, refuses a weapon to a guard who may not carry it"). Every reason found is listed, each
 * with its own code, so the screen can say all of them at once.
 */

export interface IssueRefusal {
  readonly code: IssueRefusalCode;
  readonly isOverridable: boolean;
  readonly details: Readonly<Record<string, string | number | boolean | null>>;
}

export interface QualificationFacts {
  readonly weaponType: string;
  /** A model-specific qualification names the model key (lower case, letters and digits). */
  readonly weaponModelKey: string | null;
  readonly result: string;
  readonly validUntil: string;
}

export interface IssueFacts {
  readonly at: string;
  readonly facility: {
    readonly id: string;
    readonly organisationId: string;
    readonly licenceExpiresOn: string | null;
  };
  readonly firearm: {
    readonly organisationId: string;
    readonly facilityId: string | null;
    readonly status: string;
    readonly type: string;
    readonly modelKey: string;
    readonly calibreId: string;
    readonly permitExpiresOn: string | null;
    /** When the weapon is out: the guard who holds it and since when (the open issue). */
    readonly outTo?: { readonly guardName: string; readonly since: string } | null;
  };
  readonly guard: {
    readonly status: PersonnelStatus;
    readonly licence: { readonly isArmed: boolean; readonly expiresOn: string } | null;
    readonly qualifications: readonly QualificationFacts[];
  };
  /** The company's operating authorisation, or null when none is recorded. */
  readonly authorisation: { readonly validFrom: string; readonly validUntil: string } | null;
  readonly ammunition: {
    readonly rounds: number;
    readonly calibreId: string;
    /** Rounds of the lot held at this facility (0 when it holds none). */
    readonly available: number;
  } | null;
  readonly post: {
    readonly authorisedWeaponTypes: readonly string[];
    readonly maxRoundsPerWeapon: number | null;
  } | null;
  readonly rules: {
    readonly maxRoundsPerWeapon: number;
    readonly defaultShiftHours: number;
    readonly maxAssignmentHours: number;
  };
  readonly expectedReturnAt: string | null;
  readonly extendedAssignment: { readonly endsAt: string } | null;
}

function refusal(code: IssueRefusalCode, details: IssueRefusal['details'] = {}): IssueRefusal {
  return { code, isOverridable: !NON_OVERRIDABLE_REFUSALS.has(code), details };
}

const sameType = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export function isQualifiedFor(
  qualifications: readonly QualificationFacts[],
  firearm: { type: string; modelKey: string },
  today: string,
): boolean {
  return qualifications.some(
    (q) =>
      q.result === 'pass' &&
      isValidOn(q.validUntil, today) &&
      sameType(q.weaponType, firearm.type) &&
      (q.weaponModelKey === null || q.weaponModelKey === firearm.modelKey),
  );
}

function weaponRefusals(f: IssueFacts): IssueRefusal[] {
  const { firearm, facility } = f;
  if (firearm.organisationId !== facility.organisationId || firearm.facilityId !== facility.id) {
    // A weapon elsewhere (or on the road) is not this armoury's to hand out.
    if (
      firearm.status === 'in-store' ||
      firearm.status === 'issued' ||
      firearm.status === 'under-maintenance'
    )
      return [refusal('WEAPON_NOT_IN_THIS_ARMOURY', { facilityId: firearm.facilityId })];
  }
  switch (firearm.status) {
    case 'in-store':
      return [];
    case 'lost':
    case 'stolen':
      return [refusal('WEAPON_LOST_OR_STOLEN', { status: firearm.status })];
    case 'seized':
      return [refusal('WEAPON_SEIZED')];
    case 'under-maintenance':
      return [refusal('WEAPON_UNDER_MAINTENANCE')];
    case 'issued':
      // The desk says to whom and since when, so the armourer can ask for it back (issue 14, 12).
      return [
        refusal('WEAPON_NOT_IN_STORE', {
          status: firearm.status,
          heldBy: firearm.outTo?.guardName ?? null,
          since: firearm.outTo?.since ?? null,
        }),
      ];
    default:
      return [refusal('WEAPON_NOT_IN_STORE', { status: firearm.status })];
  }
}

export interface IssueDecision {
  readonly refusals: readonly IssueRefusal[];
  readonly expectedReturnAt: string;
  /** Refused only for reasons a supervisor may override. */
  readonly isOverridable: boolean;
}

export function decideIssue(f: IssueFacts): IssueDecision {
  const today = dayOf(f.at);
  const refusals: IssueRefusal[] = [...weaponRefusals(f)];

  if (f.ammunition) {
    if (f.ammunition.calibreId !== f.firearm.calibreId)
      refusals.push(
        refusal('CALIBRE_MISMATCH', {
          lotCalibre: f.ammunition.calibreId,
          firearmCalibre: f.firearm.calibreId,
        }),
      );
    if (f.ammunition.available <= 0) refusals.push(refusal('AMMUNITION_NOT_IN_THIS_ARMOURY'));
    else if (f.ammunition.rounds > f.ammunition.available)
      refusals.push(
        refusal('ROUNDS_EXCEED_STOCK', { requested: f.ammunition.rounds, available: f.ammunition.available }),
      );
    const maximum = Math.min(f.rules.maxRoundsPerWeapon, f.post?.maxRoundsPerWeapon ?? Infinity);
    if (f.ammunition.rounds > maximum)
      refusals.push(refusal('ROUNDS_ABOVE_MAXIMUM', { requested: f.ammunition.rounds, maximum }));
  }

  if (f.firearm.permitExpiresOn !== null && !isValidOn(f.firearm.permitExpiresOn, today))
    refusals.push(refusal('PERMIT_LAPSED', { expiredOn: f.firearm.permitExpiresOn }));

  const { guard } = f;
  if (guard.status === 'dismissed') refusals.push(refusal('GUARD_DISMISSED'));
  if (guard.status === 'suspended') refusals.push(refusal('GUARD_SUSPENDED'));
  if (guard.licence === null) refusals.push(refusal('GUARD_LICENCE_MISSING'));
  else {
    if (!isValidOn(guard.licence.expiresOn, today))
      refusals.push(refusal('GUARD_LICENCE_LAPSED', { expiredOn: guard.licence.expiresOn }));
    if (!guard.licence.isArmed) refusals.push(refusal('GUARD_LICENCE_UNARMED'));
  }
  if (!isQualifiedFor(guard.qualifications, f.firearm, today))
    refusals.push(refusal('GUARD_NOT_QUALIFIED', { weaponType: f.firearm.type }));

  if (f.authorisation === null) refusals.push(refusal('COMPANY_AUTHORISATION_MISSING'));
  else if (f.authorisation.validFrom > today || !isValidOn(f.authorisation.validUntil, today))
    refusals.push(
      refusal('COMPANY_AUTHORISATION_LAPSED', {
        validFrom: f.authorisation.validFrom,
        validUntil: f.authorisation.validUntil,
      }),
    );
  if (f.facility.licenceExpiresOn !== null && !isValidOn(f.facility.licenceExpiresOn, today))
    refusals.push(refusal('FACILITY_LICENCE_LAPSED', { expiredOn: f.facility.licenceExpiresOn }));

  if (f.post && !f.post.authorisedWeaponTypes.some((type) => sameType(type, f.firearm.type)))
    refusals.push(refusal('POST_NOT_AUTHORISED_FOR_WEAPON', { weaponType: f.firearm.type }));

  const expectedReturnAt =
    f.extendedAssignment?.endsAt ?? f.expectedReturnAt ?? addHours(f.at, f.rules.defaultShiftHours);
  const hours = hoursBetween(f.at, expectedReturnAt);
  if (hours <= 0)
    refusals.push(refusal('ASSIGNMENT_TOO_LONG', { hours, maximum: f.rules.maxAssignmentHours }));
  else if (hours > f.rules.maxAssignmentHours)
    refusals.push(refusal('ASSIGNMENT_TOO_LONG', { hours, maximum: f.rules.maxAssignmentHours }));
  else if (hours > f.rules.defaultShiftHours && f.extendedAssignment === null)
    refusals.push(
      refusal('ASSIGNMENT_NEEDS_AUTHORISATION', { hours, shiftHours: f.rules.defaultShiftHours }),
    );

  return {
    refusals,
    expectedReturnAt,
    isOverridable: refusals.length > 0 && refusals.every((r) => r.isOverridable),
  };
}
