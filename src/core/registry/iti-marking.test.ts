import { describe, expect, it } from 'vitest';
import type { FirearmMarking } from './iti-marking';
import { assessItiMarking, isInadequatelyMarked } from './iti-marking';
import type { MarkingKind } from './marking-kinds';

function mark(kind: MarkingKind, includes: Partial<FirearmMarking['includes']>): FirearmMarking {
  return {
    kind,
    text: 'text as read',
    location: 'frame, left side',
    appliedOn: null,
    appliedBy: null,
    includes: { manufacturer: false, countryOfManufacture: false, serial: false, ...includes },
  };
}

const FULL = mark('manufacture', { manufacturer: true, countryOfManufacture: true, serial: true });

describe('the ITI minimum marking (para 8)', () => {
  it('is met by one mark giving maker, country and serial', () => {
    expect(assessItiMarking([FULL], { serialAssigned: false })).toEqual({ status: 'adequate' });
    expect(isInadequatelyMarked([FULL], { serialAssigned: false })).toBe(false);
  });

  it('is met by several marks that together give the three, as on a slide and a frame', () => {
    const marks = [
      mark('manufacture', { manufacturer: true, countryOfManufacture: true }),
      mark('manufacture', { serial: true }),
    ];
    expect(isInadequatelyMarked(marks, { serialAssigned: false })).toBe(false);
  });

  it.each([
    ['manufacturer', { countryOfManufacture: true, serial: true }],
    ['countryOfManufacture', { manufacturer: true, serial: true }],
    ['serial', { manufacturer: true, countryOfManufacture: true }],
  ] as const)('flags a weapon whose marks lack the %s', (missing, includes) => {
    expect(assessItiMarking([mark('manufacture', includes)], { serialAssigned: false })).toEqual({
      status: 'inadequate',
      missing: [missing],
      isAssignedSerialUnmarked: false,
    });
  });

  it('flags a weapon given a serial until a mark carrying it is applied, and not a manufacture mark', () => {
    const found = mark('manufacture', { manufacturer: true, countryOfManufacture: true });
    expect(assessItiMarking([found], { serialAssigned: true })).toEqual({
      status: 'inadequate',
      missing: ['serial'],
      isAssignedSerialUnmarked: true,
    });
    const wronglyKinded = mark('manufacture', { serial: true });
    expect(isInadequatelyMarked([found, wronglyKinded], { serialAssigned: true })).toBe(true);
    for (const kind of ['import', 'state', 'psc-secondary'] as const) {
      expect(
        isInadequatelyMarked([found, mark(kind, { serial: true })], { serialAssigned: true }),
        kind,
      ).toBe(false);
    }
  });

  it('does not flag a weapon whose marks were not described yet, unless its serial was assigned', () => {
    expect(assessItiMarking([], { serialAssigned: false })).toEqual({ status: 'not-recorded' });
    expect(isInadequatelyMarked([], { serialAssigned: false })).toBe(false);
    expect(assessItiMarking([], { serialAssigned: true })).toEqual({
      status: 'inadequate',
      missing: [],
      isAssignedSerialUnmarked: true,
    });
  });
});
