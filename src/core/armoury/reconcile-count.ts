import type { CountDiscrepancyKind, CountKind } from './armoury-terms';

/**
 * Reconciliation of a stock count against the book (issue #4; ISACS 03.30 / MOSAIC 05.30 ask for
 * regular physical counts compared with the records). Pure: the caller passes what the book
 * holds at the facility and what was counted.
 */

export interface BookWeapon {
  readonly firearmId: string;
  readonly facilityId: string | null;
  readonly status: string;
}

export interface CountedWeapon {
  readonly code: string;
  /** The weapon of this company the code names, if any. */
  readonly firearm: BookWeapon | null;
}

export interface CountFinding {
  readonly kind: CountDiscrepancyKind;
  readonly firearmId: string | null;
  readonly scannedCode: string | null;
  readonly lotId: string | null;
  readonly expected: number | null;
  readonly counted: number | null;
}

export interface Reconciliation {
  readonly matched: number;
  readonly findings: readonly CountFinding[];
}

/** A weapon the book places physically in the armoury (an issued one is with its guard). */
export function isExpectedInFacility(weapon: BookWeapon, facilityId: string): boolean {
  return (
    weapon.facilityId === facilityId &&
    (weapon.status === 'in-store' || weapon.status === 'under-maintenance')
  );
}

export function reconcileCount(input: {
  readonly facilityId: string;
  readonly kind: CountKind;
  readonly book: readonly BookWeapon[];
  readonly counted: readonly CountedWeapon[];
  readonly weaponsCounted: number | null;
  readonly bookLots: ReadonlyMap<string, number>;
  readonly countedLots: ReadonlyMap<string, number>;
}): Reconciliation {
  const findings: CountFinding[] = [];
  const expected = input.book.filter((w) => isExpectedInFacility(w, input.facilityId));
  let matched = 0;
  if (input.kind === 'numeric') {
    const counted = input.weaponsCounted ?? 0;
    if (counted !== expected.length)
      findings.push({
        kind: 'numeric-variance',
        firearmId: null,
        scannedCode: null,
        lotId: null,
        expected: expected.length,
        counted,
      });
    else matched = counted;
  } else {
    const seen = new Set<string>();
    for (const item of input.counted) {
      const weapon = item.firearm;
      if (weapon && seen.has(weapon.firearmId)) continue; // scanned twice: one weapon
      if (weapon) seen.add(weapon.firearmId);
      if (weapon && isExpectedInFacility(weapon, input.facilityId)) matched++;
      else if (
        weapon &&
        weapon.facilityId !== null &&
        weapon.facilityId !== input.facilityId &&
        weapon.status === 'in-store'
      )
        findings.push({
          kind: 'wrong-facility',
          firearmId: weapon.firearmId,
          scannedCode: item.code,
          lotId: null,
          expected: null,
          counted: null,
        });
      else
        findings.push({
          kind: 'extra',
          firearmId: weapon?.firearmId ?? null,
          scannedCode: item.code,
          lotId: null,
          expected: null,
          counted: null,
        });
    }
    for (const weapon of expected)
      if (!seen.has(weapon.firearmId))
        findings.push({
          kind: 'missing',
          firearmId: weapon.firearmId,
          scannedCode: null,
          lotId: null,
          expected: null,
          counted: null,
        });
  }
  if (input.kind === 'full') {
    const lots = new Set([...input.bookLots.keys(), ...input.countedLots.keys()]);
    for (const lotId of [...lots].sort()) {
      const inBook = input.bookLots.get(lotId) ?? 0;
      const counted = input.countedLots.get(lotId) ?? 0;
      if (inBook !== counted)
        findings.push({
          kind: 'ammunition-variance',
          firearmId: null,
          scannedCode: null,
          lotId,
          expected: inBook,
          counted,
        });
    }
  }
  return { matched, findings };
}
