import { describe, expect, it } from 'vitest';
import { checkHeader, validateAmmunitionRow, validateFirearmRow, type ImportContext } from './import-rows';

const context: ImportContext = {
  manufacturer: (v) => (v.toLowerCase() === 'taurus' ? { ok: true, id: 'taurus' } : { ok: false, suggestions: ['Taurus'] }),
  calibre: (v) => (v === '.38 SPL' ? { ok: true, id: '38-special' } : { ok: false, suggestions: ['.38 Special', '.380 ACP'] }),
  facilityCodes: new Set(['ARM-1', 'ARM-2']),
  defaultFacilityCode: null,
  currentYear: 2026,
};
const good = { serial: 'AB-123', manufacturer: 'Taurus', model: '82', type: 'Revolver', calibre: '.38 SPL', country_of_manufacture: 'br', facility: 'arm-1' };

describe('import rows', () => {
  it('accepts a complete row and normalises it', () => {
    expect(validateFirearmRow(2, good, context)).toMatchObject({ ok: true, value: { serialNormalised: 'AB123', type: 'revolver', countryOfManufacture: 'BR', facilityCode: 'ARM-1', manufacturerId: 'taurus' } });
  });

  it('reports every problem of a row with its column', () => {
    const result = validateFirearmRow(7, { serial: '', manufacturer: 'Tauros', type: 'bazooka', calibre: '.38 Spcl', country_of_manufacture: 'XX', year_of_manufacture: '3000', facility: 'NOPE', permit_expires_on: '31/12/2027' }, context);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => `${e.line}:${e.column}:${e.code}`)).toEqual([
      '7:serial:REQUIRED',
      '7:manufacturer:UNKNOWN_MANUFACTURER',
      '7:calibre:UNKNOWN_CALIBRE',
      '7:type:UNKNOWN_TYPE',
      '7:country_of_manufacture:INVALID_COUNTRY',
      '7:year_of_manufacture:INVALID_YEAR',
      '7:facility:UNKNOWN_FACILITY',
      '7:permit_expires_on:INVALID_DATE',
    ]);
    expect(result.errors[2]!.reason).toContain('.38 Special');
  });

  it('uses the default facility when the column is empty', () => {
    const result = validateFirearmRow(2, { ...good, facility: '' }, { ...context, defaultFacilityCode: 'ARM-2' });
    expect(result).toMatchObject({ ok: true, value: { facilityCode: 'ARM-2' } });
  });

  it('checks the header for unknown and missing columns', () => {
    expect(checkHeader(['serial', 'maker', 'type', 'calibre'], 'firearms').map((e) => `${e.column}:${e.code}`)).toEqual([
      'maker:UNKNOWN_COLUMN',
      'manufacturer:MISSING_COLUMN',
      'country_of_manufacture:MISSING_COLUMN',
    ]);
  });
});

describe('ammunition import rows', () => {
  const un = (n: string) => (n === '0012' ? { hazardDivision: '1.4', compatibilityGroup: 'S' } : undefined);
  const ctx = { ...context, un };
  it('takes the hazard class from the UN number', () => {
    expect(validateAmmunitionRow(2, { lot_number: 'L1', calibre: '.38 SPL', manufacturer: 'Taurus', rounds: '500', un_number: '0012', facility: 'ARM-1' }, ctx)).toMatchObject({
      ok: true,
      value: { hazardDivision: '1.4', compatibilityGroup: 'S', rounds: 500 },
    });
  });
  it('refuses negative, fractional or non-numeric rounds and a class that contradicts the UN number', () => {
    for (const rounds of ['-5', '2.5', 'doce', '0']) {
      const result = validateAmmunitionRow(3, { lot_number: 'L1', calibre: '.38 SPL', manufacturer: 'Taurus', rounds, facility: 'ARM-1' }, ctx);
      expect(result.ok ? [] : result.errors.map((e) => e.code)).toEqual(['INVALID_ROUNDS']);
    }
    const wrong = validateAmmunitionRow(4, { lot_number: 'L1', calibre: '.38 SPL', manufacturer: 'Taurus', rounds: '5', un_number: '0012', hazard_division: '1.1', facility: 'ARM-1' }, ctx);
    expect(wrong.ok ? [] : wrong.errors.map((e) => `${e.column}:${e.code}`)).toEqual(['hazard_division:HAZARD_MISMATCH']);
  });
});
