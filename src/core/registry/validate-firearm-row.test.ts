import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES, isCountryCode } from '../shared/country-codes';
import { CATALOGUE_CALIBRES, CATALOGUE_MANUFACTURERS } from './catalogue-data';
import { FIREARM_TEMPLATE } from './import-templates';
import type { RowContext } from './row-checks';
import { isIsoDate, validateFirearmRow } from './validate-firearm-row';

const context: RowContext = {
  manufacturers: CATALOGUE_MANUFACTURERS,
  calibres: CATALOGUE_CALIBRES,
  facilityCodes: ['ARM-01', 'ARM-02'],
  currentYear: 2026,
};

const GOOD: Record<string, string> = {
  serial: 'ABC-12 345',
  manufacturer: 'Glock GmbH',
  model: '17',
  type: 'pistol',
  calibre: '9x19mm',
  country_of_manufacture: 'AT',
  year_of_manufacture: '2015',
  import_country: 'PE',
  import_year: '2016',
  facility: 'ARM-01',
  permit_number: 'SUCAMEC-2024-001',
  permit_expires_on: '2027-03-31',
};

function errorsOf(record: Record<string, string>, rowContext: RowContext = context) {
  const result = validateFirearmRow(record, 7, rowContext);
  return result.ok ? [] : result.errors.map((error) => [error.column, error.code]);
}

describe('checking a firearm row', () => {
  it('turns a good row into a draft with catalogue ids and a normalised serial', () => {
    const result = validateFirearmRow(GOOD, 7, context);
    expect(result).toEqual({
      ok: true,
      value: {
        line: 7,
        serial: 'ABC-12 345',
        serialNormalised: 'ABC12345',
        manufacturerId: 'glock',
        manufacturerName: 'Glock',
        model: '17',
        type: 'pistol',
        calibreId: '9x19',
        calibreName: '9×19 mm',
        countryOfManufacture: 'AT',
        yearOfManufacture: 2015,
        importCountry: 'PE',
        importYear: 2016,
        facilityCode: 'ARM-01',
        permit: { number: 'SUCAMEC-2024-001', expiresOn: '2027-03-31' },
      },
    });
  });

  it('needs only the ITI minimum, type, calibre and facility; the rest may be empty or absent', () => {
    const result = validateFirearmRow(
      {
        serial: 'X1',
        manufacturer: 'Taurus',
        type: 'revolver',
        calibre: '.38 SPL',
        country_of_manufacture: 'br',
        facility: 'arm-02',
        model: ' ',
      },
      2,
      context,
    );
    expect(result.ok && result.value).toMatchObject({
      model: null,
      countryOfManufacture: 'BR',
      facilityCode: 'ARM-02',
      yearOfManufacture: null,
      importCountry: null,
      permit: null,
    });
  });

  it('reports each missing required value against its column', () => {
    expect(errorsOf({ model: 'x' })).toEqual([
      ['serial', 'REQUIRED'],
      ['manufacturer', 'REQUIRED'],
      ['type', 'REQUIRED'],
      ['calibre', 'REQUIRED'],
      ['country_of_manufacture', 'REQUIRED'],
      ['facility', 'REQUIRED'],
    ]);
  });

  it('reports every problem of a row at once, each with the line', () => {
    const result = validateFirearmRow(
      {
        ...GOOD,
        serial: '--',
        manufacturer: 'Glok',
        calibre: '9mm Makarov',
        type: 'cannon',
        country_of_manufacture: 'Austria',
        facility: 'ARM-99',
      },
      12,
      context,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((error) => error.code)).toEqual([
      'INVALID_SERIAL',
      'UNKNOWN_MANUFACTURER',
      'UNKNOWN_FIREARM_TYPE',
      'UNKNOWN_CALIBRE',
      'INVALID_COUNTRY_CODE',
      'UNKNOWN_FACILITY',
    ]);
    expect(result.errors.every((error) => error.line === 12)).toBe(true);
    const manufacturer = result.errors.find((error) => error.code === 'UNKNOWN_MANUFACTURER')!;
    expect(manufacturer.reason).toMatch(/^"Glok" is not a manufacturer in the catalogue; closest: Glock, /);
    expect(manufacturer.params?.['suggestions']).toMatch(/^Glock, /);
    const country = result.errors.find((error) => error.code === 'INVALID_COUNTRY_CODE')!;
    expect(country.reason).toBe('write the ISO 3166-1 alpha-2 code AT, not the name "Austria"');
  });

  it("uses the default facility for a row that leaves it empty, and the row's own when given", () => {
    const withDefault = { ...context, defaultFacilityCode: 'ARM-02' };
    const empty = validateFirearmRow({ ...GOOD, facility: '' }, 3, withDefault);
    expect(empty.ok && empty.value.facilityCode).toBe('ARM-02');
    const absent = validateFirearmRow(
      Object.fromEntries(Object.entries(GOOD).filter(([key]) => key !== 'facility')),
      3,
      withDefault,
    );
    expect(absent.ok && absent.value.facilityCode).toBe('ARM-02');
    const own = validateFirearmRow(GOOD, 3, withDefault);
    expect(own.ok && own.value.facilityCode).toBe('ARM-01');
  });

  it.each([
    ['XK', 'not assigned by ISO'],
    ['BRA', 'alpha-3'],
    ['UK', 'reserved, not assigned'],
    ['B', 'one letter'],
  ])('refuses %j as a country code (%s)', (code) => {
    expect(errorsOf({ ...GOOD, country_of_manufacture: code })).toEqual([
      ['country_of_manufacture', 'INVALID_COUNTRY_CODE'],
    ]);
  });

  it.each([['1849'], ['2027'], ['15'], ['2015.0'], ['dos mil']])(
    'refuses %j as a year of manufacture',
    (year) => {
      expect(errorsOf({ ...GOOD, year_of_manufacture: year, import_year: '' })).toEqual([
        ['year_of_manufacture', 'INVALID_YEAR'],
      ]);
    },
  );

  it('accepts the years 1850 and the current year', () => {
    expect(errorsOf({ ...GOOD, year_of_manufacture: '1850', import_year: '2026' })).toEqual([]);
  });

  it('refuses an import before manufacture, and an import year with no import country', () => {
    expect(errorsOf({ ...GOOD, year_of_manufacture: '2018', import_year: '2016' })).toEqual([
      ['import_year', 'IMPORT_BEFORE_MANUFACTURE'],
    ]);
    expect(errorsOf({ ...GOOD, import_country: '' })).toEqual([
      ['import_country', 'IMPORT_YEAR_WITHOUT_COUNTRY'],
    ]);
  });

  it('accepts only YYYY-MM-DD for the permit expiry, and says why DD/MM/YYYY is refused', () => {
    const result = validateFirearmRow({ ...GOOD, permit_expires_on: '31/03/2027' }, 4, context);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      expect.objectContaining({
        column: 'permit_expires_on',
        code: 'INVALID_DATE',
        reason: expect.stringMatching(/YYYY-MM-DD.*DD\/MM\/YYYY is not accepted/),
      }),
    ]);
    expect(errorsOf({ ...GOOD, permit_expires_on: '2027-02-29' })).toEqual([
      ['permit_expires_on', 'INVALID_DATE'],
    ]);
    expect(errorsOf({ ...GOOD, permit_number: '' })).toEqual([
      ['permit_number', 'PERMIT_EXPIRY_WITHOUT_NUMBER'],
    ]);
  });

  it('keeps a permit number without an expiry date', () => {
    const result = validateFirearmRow({ ...GOOD, permit_expires_on: '' }, 4, context);
    expect(result.ok && result.value.permit).toEqual({ number: 'SUCAMEC-2024-001', expiresOn: null });
  });

  it('refuses values longer than the registry keeps', () => {
    expect(errorsOf({ ...GOOD, serial: 'A'.repeat(61) })).toEqual([['serial', 'TOO_LONG']]);
    expect(errorsOf({ ...GOOD, serial: 'A'.repeat(60) })).toEqual([]);
  });

  it('reports data to the right of the header', () => {
    expect(errorsOf({ ...GOOD, '(column 13)': 'loose note', '(column 14)': ' ' })).toEqual([
      ['(column 13)', 'EXTRA_CELL'],
    ]);
  });

  it('reads the type, the country and the facility whatever their case', () => {
    const result = validateFirearmRow(
      {
        ...GOOD,
        type: 'Escopeta',
        calibre: 'cal. 12',
        manufacturer: 'Mossberg',
        country_of_manufacture: 'us',
        facility: 'arm-01',
      },
      5,
      context,
    );
    expect(
      result.ok && [
        result.value.type,
        result.value.calibreId,
        result.value.countryOfManufacture,
        result.value.facilityCode,
      ],
    ).toEqual(['shotgun', '12-gauge', 'US', 'ARM-01']);
  });

  it('never answers "not ok" without a reason, and an ok draft has every required field (property, seed 42)', () => {
    const cell = fc.oneof(
      fc.constant(''),
      fc.string({ maxLength: 8 }),
      fc.constantFrom(
        'Glock',
        'Taurus',
        '9x19',
        '.38 SPL',
        'pistol',
        'BR',
        'ARM-01',
        '2019',
        '2027-03-31',
        '31/03/2027',
      ),
    );
    const record = fc.record(
      Object.fromEntries(FIREARM_TEMPLATE.columns.map((column) => [column.name, cell])),
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(record, fc.integer({ min: 2, max: 1_000_000 }), (row, line) => {
        const result = validateFirearmRow(row as Record<string, string>, line, context);
        if (!result.ok) {
          expect(result.errors.length).toBeGreaterThan(0);
          for (const error of result.errors)
            expect(error).toMatchObject({ line, reason: expect.any(String) });
        } else {
          expect(result.value.serialNormalised).not.toBe('');
          expect(isCountryCode(result.value.countryOfManufacture)).toBe(true);
          expect(context.facilityCodes).toContain(result.value.facilityCode);
        }
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});

describe('ISO 3166-1 alpha-2 codes and ISO dates', () => {
  it('holds the 249 assigned codes, in capitals, each once', () => {
    expect(COUNTRY_CODES).toHaveLength(249);
    expect(new Set(COUNTRY_CODES).size).toBe(249);
    for (const code of COUNTRY_CODES) expect(code).toMatch(/^[A-Z]{2}$/);
    for (const code of ['BR', 'AR', 'AT', 'PE', 'SV', 'GT', 'CR', 'MX', 'CO', 'DO', 'BQ', 'SS', 'CW', 'SX']) {
      expect(isCountryCode(code), code).toBe(true);
    }
    for (const code of ['XK', 'UK', 'EU', 'AN', 'YU', 'br', 'toString', 'constructor'])
      expect(isCountryCode(code), code).toBe(false);
  });

  it('tells a real day from a malformed or impossible one', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2027-04-31')).toBe(false);
    expect(isIsoDate('2027-13-01')).toBe(false);
    expect(isIsoDate('2027-3-1')).toBe(false);
    expect(isIsoDate('2027-03-31T00:00')).toBe(false);
  });
});
