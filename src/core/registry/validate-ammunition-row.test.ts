import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATALOGUE_CALIBRES, CATALOGUE_MANUFACTURERS } from './catalogue-data';
import { AMMUNITION_TEMPLATE } from './import-templates';
import type { RowContext } from './row-checks';
import { validateAmmunitionRow } from './validate-ammunition-row';

const context: RowContext = {
  manufacturers: CATALOGUE_MANUFACTURERS,
  calibres: CATALOGUE_CALIBRES,
  facilityCodes: ['AMMO-01'],
  currentYear: 2026,
};

const GOOD: Record<string, string> = {
  lot_number: 'CBC-2024-0457',
  calibre: '.38 SPL',
  manufacturer: 'Magtech',
  year: '2024',
  un_number: '0012',
  hazard_division: '',
  compatibility_group: '',
  neq_kg_per_1000: '0,35',
  rounds: '5000',
  facility: 'AMMO-01',
};

function errorsOf(record: Record<string, string>) {
  const result = validateAmmunitionRow(record, 9, context);
  return result.ok ? [] : result.errors.map((error) => [error.column, error.code]);
}

describe('checking an ammunition row', () => {
  it('turns a good row into a draft, the hazard classification taken from the UN number', () => {
    expect(validateAmmunitionRow(GOOD, 9, context)).toEqual({
      ok: true,
      value: {
        line: 9,
        lotNumber: 'CBC-2024-0457',
        calibreId: '38-special',
        calibreName: '.38 Special',
        manufacturerId: 'cbc',
        manufacturerName: 'CBC',
        year: 2024,
        unNumber: '0012',
        hazardDivision: '1.4',
        compatibilityGroup: 'S',
        hazardSource: 'un-number',
        neqKgPer1000: '0.35',
        rounds: 5000,
        facilityCode: 'AMMO-01',
      },
    });
  });

  it('reads "UN 0012" as 0012, and refuses a UN number that lost its leading zeros', () => {
    const result = validateAmmunitionRow({ ...GOOD, un_number: 'UN 0339' }, 9, context);
    expect(
      result.ok && [result.value.unNumber, result.value.hazardDivision, result.value.compatibilityGroup],
    ).toEqual(['0339', '1.4', 'C']);
    const stripped = validateAmmunitionRow({ ...GOOD, un_number: '12' }, 9, context);
    expect(stripped.ok).toBe(false);
    if (!stripped.ok)
      expect(stripped.errors[0]).toMatchObject({
        column: 'un_number',
        code: 'INVALID_UN_NUMBER',
        reason: expect.stringMatching(/four digits.*text/),
      });
  });

  it('accepts a hazard classification written in the row that agrees with the UN number', () => {
    expect(errorsOf({ ...GOOD, hazard_division: '1.4', compatibility_group: 's' })).toEqual([]);
  });

  it('refuses a hazard division or group that contradicts the UN number, naming what it should be', () => {
    const result = validateAmmunitionRow(
      { ...GOOD, hazard_division: '1.3', compatibility_group: 'C' },
      9,
      context,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((error) => [error.code, error.reason])).toEqual([
      ['HAZARD_DIVISION_CONFLICT', 'UN 0012 is hazard division 1.4, not 1.3'],
      ['COMPATIBILITY_GROUP_CONFLICT', 'UN 0012 is compatibility group S, not C'],
    ]);
  });

  it("takes the classification from the row when the UN number is not in Custodia's list, and needs both parts", () => {
    const entered = validateAmmunitionRow(
      { ...GOOD, un_number: '0301', hazard_division: '1,2', compatibility_group: 'G' },
      9,
      context,
    );
    expect(
      entered.ok && [
        entered.value.hazardDivision,
        entered.value.compatibilityGroup,
        entered.value.hazardSource,
      ],
    ).toEqual(['1.2', 'G', 'entered']);
    expect(errorsOf({ ...GOOD, un_number: '0301' })).toEqual([
      ['hazard_division', 'HAZARD_CLASSIFICATION_MISSING'],
      ['compatibility_group', 'HAZARD_CLASSIFICATION_MISSING'],
    ]);
  });

  it('lets a row without a UN number leave the classification out, but not half of it', () => {
    const none = validateAmmunitionRow({ ...GOOD, un_number: '' }, 9, context);
    expect(
      none.ok && [
        none.value.unNumber,
        none.value.hazardDivision,
        none.value.compatibilityGroup,
        none.value.hazardSource,
      ],
    ).toEqual([null, null, null, null]);
    expect(errorsOf({ ...GOOD, un_number: '', hazard_division: '1.4' })).toEqual([
      ['compatibility_group', 'HAZARD_CLASSIFICATION_INCOMPLETE'],
    ]);
  });

  it.each([['1.7'], ['1.4S'], ['2.1'], ['14']])('refuses %j as a hazard division', (division) => {
    expect(errorsOf({ ...GOOD, un_number: '', hazard_division: division, compatibility_group: 'S' })).toEqual(
      [['hazard_division', 'INVALID_HAZARD_DIVISION']],
    );
  });

  it.each([['I'], ['M'], ['R'], ['SS'], ['1']])(
    'refuses %j as a compatibility group (there is no I, M, O, P, Q or R)',
    (group) => {
      expect(
        errorsOf({ ...GOOD, un_number: '', hazard_division: '1.4', compatibility_group: group }),
      ).toEqual([['compatibility_group', 'INVALID_COMPATIBILITY_GROUP']]);
    },
  );

  it.each([['0'], ['-5'], ['12.5'], ['1.000'], ['1 000'], ['10000001'], ['mil']])(
    'refuses %j rounds',
    (rounds) => {
      expect(errorsOf({ ...GOOD, rounds })).toEqual([['rounds', 'INVALID_ROUNDS']]);
    },
  );

  it('says to drop thousands separators when the rounds look like "5.000"', () => {
    const result = validateAmmunitionRow({ ...GOOD, rounds: '5.000' }, 9, context);
    expect(!result.ok && result.errors[0]?.reason).toMatch(/without thousands separators/);
  });

  it.each([
    ['0', '0'],
    ['12', '12'],
    ['0.000001', '0.000001'],
    ['3,5', '3.5'],
  ])('reads NEQ %j as %j kg', (written, neq) => {
    const result = validateAmmunitionRow({ ...GOOD, neq_kg_per_1000: written }, 9, context);
    expect(result.ok && result.value.neqKgPer1000).toBe(neq);
  });

  it.each([['-1'], ['0.0000001'], ['1.234,5'], ['abc'], ['1e3']])('refuses %j as an NEQ', (neq) => {
    expect(errorsOf({ ...GOOD, neq_kg_per_1000: neq })).toEqual([['neq_kg_per_1000', 'INVALID_NEQ']]);
  });

  it('reports every missing required value, the facility included when no default is given', () => {
    expect(errorsOf({})).toEqual([
      ['lot_number', 'REQUIRED'],
      ['calibre', 'REQUIRED'],
      ['manufacturer', 'REQUIRED'],
      ['rounds', 'REQUIRED'],
      ['facility', 'REQUIRED'],
    ]);
    const defaulted = validateAmmunitionRow({ ...GOOD, facility: '' }, 9, {
      ...context,
      defaultFacilityCode: 'AMMO-01',
    });
    expect(defaulted.ok && defaulted.value.facilityCode).toBe('AMMO-01');
  });

  it('refuses a lot year before 1900 or after the current year, and names the closest calibres', () => {
    expect(errorsOf({ ...GOOD, year: '1899' })).toEqual([['year', 'INVALID_YEAR']]);
    expect(errorsOf({ ...GOOD, year: '2027' })).toEqual([['year', 'INVALID_YEAR']]);
    const result = validateAmmunitionRow({ ...GOOD, calibre: '.38 Spcl' }, 9, context);
    expect(!result.ok && result.errors[0]?.reason).toMatch(/closest: \.38 Special, /);
  });

  it('never answers "not ok" without a reason (property, seed 42)', () => {
    const cell = fc.oneof(
      fc.constant(''),
      fc.string({ maxLength: 6 }),
      fc.constantFrom('0012', '0301', '1.4', 'S', 'C', '12', '.38 SPL', 'CBC', 'AMMO-01', '500', '0,35'),
    );
    const record = fc.record(
      Object.fromEntries(AMMUNITION_TEMPLATE.columns.map((column) => [column.name, cell])),
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(record, (row) => {
        const result = validateAmmunitionRow(row as Record<string, string>, 4, context);
        if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
        else expect(result.value.rounds).toBeGreaterThan(0);
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});
