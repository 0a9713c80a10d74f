import { describe, expect, it } from 'vitest';
import { CATALOGUE_CALIBRES, CATALOGUE_MANUFACTURERS } from './catalogue-data';
import { findDuplicateFirearms } from './find-duplicates';
import { AMMUNITION_TEMPLATE, FIREARM_TEMPLATE } from './import-templates';
import type { RowContext } from './row-checks';
import { ROW_ERROR_CODES, toRowResult } from './row-error';
import type { RowError, RowErrorCode } from './row-error';
import { validateAmmunitionRow } from './validate-ammunition-row';
import { validateFirearmRow } from './validate-firearm-row';
import { validateHeader } from './validate-header';

const context: RowContext = {
  manufacturers: [...CATALOGUE_MANUFACTURERS, { id: 'copy', name: 'Copy of Glock', aliases: ['Glock'] }],
  calibres: [...CATALOGUE_CALIBRES, { id: '9x18', name: '9×18 mm Makarov', aliases: ['9 mm'] }],
  facilityCodes: ['ARM-01'],
  currentYear: 2026,
};

const FIREARM = {
  serial: 'A1',
  manufacturer: 'Taurus',
  type: 'revolver',
  calibre: '.38 SPL',
  country_of_manufacture: 'BR',
  facility: 'ARM-01',
};
const LOT = { lot_number: 'L1', calibre: '.38 SPL', manufacturer: 'CBC', rounds: '100', facility: 'ARM-01' };

function codes(result: { ok: true } | { ok: false; errors: readonly RowError[] }): RowErrorCode[] {
  return result.ok ? [] : result.errors.map((error) => error.code);
}

const firearm = (changes: Record<string, string>) =>
  codes(validateFirearmRow({ ...FIREARM, ...changes }, 2, context));
const lot = (changes: Record<string, string>) =>
  codes(validateAmmunitionRow({ ...LOT, ...changes }, 2, context));

describe('row error codes', () => {
  it('are each produced by some input, so none is dead and the translations can be checked against the list', () => {
    const produced = new Set<RowErrorCode>([
      ...validateHeader(['serial', 'serial', 'colour', ''], FIREARM_TEMPLATE, {
        hasDefaultFacility: false,
      }).map((e) => e.code),
      ...validateHeader(['lot_number', '', 'rounds'], AMMUNITION_TEMPLATE, { hasDefaultFacility: true }).map(
        (e) => e.code,
      ),
      ...firearm({ serial: '' }),
      ...firearm({ model: 'M'.repeat(101) }),
      ...firearm({ '(column 20)': 'x' }),
      ...firearm({ facility: 'NOPE' }),
      ...firearm({ year_of_manufacture: '1700' }),
      ...firearm({ manufacturer: 'Zzz' }),
      ...firearm({ manufacturer: 'Glock' }),
      ...firearm({ calibre: '.99 Special' }),
      ...firearm({ calibre: '9 mm' }),
      ...firearm({ serial: '#' }),
      ...firearm({ type: 'bazooka' }),
      ...firearm({ country_of_manufacture: 'ZZ' }),
      ...firearm({ year_of_manufacture: '2020', import_country: 'PE', import_year: '2019' }),
      ...firearm({ import_year: '2019' }),
      ...firearm({ permit_number: 'P', permit_expires_on: 'mañana' }),
      ...firearm({ permit_expires_on: '2030-01-01' }),
      ...findDuplicateFirearms([
        {
          line: 2,
          manufacturerId: 'taurus',
          manufacturerName: 'Taurus',
          serial: 'A1',
          serialNormalised: 'A1',
          model: null,
        },
        {
          line: 3,
          manufacturerId: 'taurus',
          manufacturerName: 'Taurus',
          serial: 'a-1',
          serialNormalised: 'A1',
          model: null,
        },
      ]).map((e) => e.code),
      ...lot({ rounds: '-1' }),
      ...lot({ un_number: 'x' }),
      ...lot({ hazard_division: '9', compatibility_group: 'Z' }),
      ...lot({ un_number: '0012', hazard_division: '1.1', compatibility_group: 'A' }),
      ...lot({ un_number: '0301' }),
      ...lot({ hazard_division: '1.4' }),
      ...lot({ neq_kg_per_1000: '-0.3' }),
    ]);
    // FIREARM_ALREADY_REGISTERED comes from the import use-case, which knows the registry (tests/cli/import-cli.test.ts).
    expect([...produced].sort()).toEqual(
      ROW_ERROR_CODES.filter((code) => code !== 'FIREARM_ALREADY_REGISTERED').sort(),
    );
  });

  it('never turns an empty list of problems into a failure', () => {
    expect(toRowResult([], () => 'value')).toEqual({ ok: true, value: 'value' });
    const error: RowError = { line: 2, column: 'serial', code: 'REQUIRED', reason: 'serial is required' };
    expect(toRowResult([error], () => 'value')).toEqual({ ok: false, errors: [error] });
  });
});
