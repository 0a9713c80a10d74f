import { describe, expect, it } from 'vitest';
import { ISSUE_REFUSAL_CODES, NON_OVERRIDABLE_REFUSALS, type IssueRefusalCode } from './armoury-terms';
import { decideIssue, type IssueFacts } from './decide-issue';

const AT = '2026-11-28T06:00:00.000Z';

function facts(change: (f: Mutable<IssueFacts>) => void = () => undefined): IssueFacts {
  const f: Mutable<IssueFacts> = {
    at: AT,
    facility: { id: 'fac-1', organisationId: 'org-1', licenceExpiresOn: '2027-06-30' },
    firearm: {
      organisationId: 'org-1',
      facilityId: 'fac-1',
      status: 'in-store',
      type: 'revolver',
      modelKey: '82',
      calibreId: '38-special',
      permitExpiresOn: '2027-12-31',
    },
    guard: {
      status: 'active',
      licence: { isArmed: true, expiresOn: '2027-05-01' },
      qualifications: [
        { weaponType: 'revolver', weaponModelKey: null, result: 'pass', validUntil: '2027-03-01' },
      ],
    },
    authorisation: { validFrom: '2026-01-01', validUntil: '2027-12-31' },
    ammunition: { rounds: 12, calibreId: '38-special', available: 2400 },
    post: { authorisedWeaponTypes: ['revolver'], maxRoundsPerWeapon: 18 },
    rules: { maxRoundsPerWeapon: 30, defaultShiftHours: 12, maxAssignmentHours: 72 },
    expectedReturnAt: null,
    extendedAssignment: null,
  };
  change(f);
  return f;
}
type Mutable<T> = T extends object ? { -readonly [K in keyof T]: Mutable<T[K]> } : T;

const codes = (f: IssueFacts) => decideIssue(f).refusals.map((r) => r.code);

// Each refusal reason, the smallest change of a good issue that provokes it.
const CASES: ReadonlyArray<[IssueRefusalCode, (f: Mutable<IssueFacts>) => void]> = [
  ['WEAPON_NOT_IN_THIS_ARMOURY', (f) => (f.firearm.facilityId = 'fac-2')],
  ['WEAPON_NOT_IN_STORE', (f) => (f.firearm.status = 'issued')],
  ['WEAPON_LOST_OR_STOLEN', (f) => (f.firearm.status = 'stolen')],
  ['WEAPON_SEIZED', (f) => (f.firearm.status = 'seized')],
  ['WEAPON_UNDER_MAINTENANCE', (f) => (f.firearm.status = 'under-maintenance')],
  ['AMMUNITION_NOT_IN_THIS_ARMOURY', (f) => (f.ammunition!.available = 0)],
  ['ROUNDS_EXCEED_STOCK', (f) => (f.ammunition!.available = 10)],
  ['PERMIT_LAPSED', (f) => (f.firearm.permitExpiresOn = '2026-11-27')],
  ['GUARD_LICENCE_MISSING', (f) => (f.guard.licence = null)],
  ['GUARD_LICENCE_LAPSED', (f) => (f.guard.licence!.expiresOn = '2026-11-27')],
  ['GUARD_LICENCE_UNARMED', (f) => (f.guard.licence!.isArmed = false)],
  ['GUARD_SUSPENDED', (f) => (f.guard.status = 'suspended')],
  ['GUARD_DISMISSED', (f) => (f.guard.status = 'dismissed')],
  ['GUARD_NOT_QUALIFIED', (f) => (f.guard.qualifications[0]!.weaponType = 'pistol')],
  ['COMPANY_AUTHORISATION_MISSING', (f) => (f.authorisation = null)],
  ['COMPANY_AUTHORISATION_LAPSED', (f) => (f.authorisation!.validUntil = '2026-11-27')],
  ['FACILITY_LICENCE_LAPSED', (f) => (f.facility.licenceExpiresOn = '2026-11-01')],
  ['ROUNDS_ABOVE_MAXIMUM', (f) => (f.ammunition!.rounds = 19)],
  ['CALIBRE_MISMATCH', (f) => (f.ammunition!.calibreId = '9x19')],
  ['POST_NOT_AUTHORISED_FOR_WEAPON', (f) => (f.post!.authorisedWeaponTypes = ['shotgun'])],
  ['ASSIGNMENT_TOO_LONG', (f) => (f.extendedAssignment = { endsAt: '2026-12-01T07:00:00.000Z' })],
  ['ASSIGNMENT_NEEDS_AUTHORISATION', (f) => (f.expectedReturnAt = '2026-11-29T06:00:00.000Z')],
];

describe('deciding an issue', () => {
  it('issues a weapon in store to an armed, licensed, qualified guard of an authorised company', () => {
    const decision = decideIssue(facts());
    expect(decision.refusals).toEqual([]);
    expect(decision.expectedReturnAt).toBe('2026-11-28T18:00:00.000Z');
  });

  it('has a case for every refusal code', () => {
    expect(CASES.map(([code]) => code).sort()).toEqual([...ISSUE_REFUSAL_CODES].sort());
  });

  it.each(CASES)('refuses with %s, alone, and says whether a supervisor may override it', (code, change) => {
    const decision = decideIssue(facts(change));
    expect(decision.refusals.map((r) => r.code)).toEqual([code]);
    expect(decision.refusals[0]!.isOverridable).toBe(!NON_OVERRIDABLE_REFUSALS.has(code));
    expect(decision.isOverridable).toBe(!NON_OVERRIDABLE_REFUSALS.has(code));
  });

  it('never lets an override cover where the weapon is or its state', () => {
    for (const code of [
      'WEAPON_NOT_IN_THIS_ARMOURY',
      'WEAPON_NOT_IN_STORE',
      'WEAPON_LOST_OR_STOLEN',
      'WEAPON_SEIZED',
      'WEAPON_UNDER_MAINTENANCE',
    ] as const)
      expect(NON_OVERRIDABLE_REFUSALS.has(code)).toBe(true);
  });

  it('is not overridable when an overridable reason comes with one that is not', () => {
    const decision = decideIssue(
      facts((f) => {
        f.guard.licence!.expiresOn = '2026-01-01';
        f.firearm.status = 'under-maintenance';
      }),
    );
    expect(decision.refusals.map((r) => r.code).sort()).toEqual([
      'GUARD_LICENCE_LAPSED',
      'WEAPON_UNDER_MAINTENANCE',
    ]);
    expect(decision.isOverridable).toBe(false);
  });

  it('counts a document valid through the whole of its last day', () => {
    expect(codes(facts((f) => (f.guard.licence!.expiresOn = '2026-11-28')))).toEqual([]);
  });

  it('accepts a model-specific qualification only for that model', () => {
    const modelOnly = (key: string) => (f: Mutable<IssueFacts>) =>
      (f.guard.qualifications = [
        { weaponType: 'revolver', weaponModelKey: key, result: 'pass', validUntil: '2027-01-01' },
      ]);
    expect(codes(facts(modelOnly('82')))).toEqual([]);
    expect(codes(facts(modelOnly('85')))).toEqual(['GUARD_NOT_QUALIFIED']);
  });

  it('ignores failed and expired qualifications', () => {
    expect(codes(facts((f) => (f.guard.qualifications[0]!.result = 'fail')))).toEqual([
      'GUARD_NOT_QUALIFIED',
    ]);
    expect(codes(facts((f) => (f.guard.qualifications[0]!.validUntil = '2026-11-27')))).toEqual([
      'GUARD_NOT_QUALIFIED',
    ]);
  });

  it('allows an escort to keep a weapon up to the country maximum with a written authorisation', () => {
    const decision = decideIssue(
      facts((f) => (f.extendedAssignment = { endsAt: '2026-12-01T06:00:00.000Z' })),
    );
    expect(decision.refusals).toEqual([]);
    expect(decision.expectedReturnAt).toBe('2026-12-01T06:00:00.000Z');
  });

  it('uses the stricter of the post and the company maximum of rounds', () => {
    expect(codes(facts((f) => ((f.post!.maxRoundsPerWeapon = null), (f.ammunition!.rounds = 30))))).toEqual(
      [],
    );
    expect(codes(facts((f) => ((f.post!.maxRoundsPerWeapon = null), (f.ammunition!.rounds = 31))))).toEqual([
      'ROUNDS_ABOVE_MAXIMUM',
    ]);
  });

  it('lists every reason at once', () => {
    const decision = decideIssue(
      facts((f) => {
        f.guard.licence!.isArmed = false;
        f.guard.qualifications = [];
        f.firearm.permitExpiresOn = '2026-01-01';
      }),
    );
    expect(decision.refusals.map((r) => r.code).sort()).toEqual([
      'GUARD_LICENCE_UNARMED',
      'GUARD_NOT_QUALIFIED',
      'PERMIT_LAPSED',
    ]);
  });
});
