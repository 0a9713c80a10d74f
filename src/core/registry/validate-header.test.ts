import { describe, expect, it } from 'vitest';
import {
  AMMUNITION_TEMPLATE,
  FIREARM_TEMPLATE,
  columnKey,
  extraCellKey,
  isExtraCellKey,
} from './import-templates';
import { validateHeader } from './validate-header';

const FIREARM_COLUMNS = FIREARM_TEMPLATE.columns.map((column) => column.name);

describe('checking the header of an import file', () => {
  it('accepts the full firearms template, and the ammunition one', () => {
    expect(validateHeader(FIREARM_COLUMNS, FIREARM_TEMPLATE, { hasDefaultFacility: false })).toEqual([]);
    const ammunition = AMMUNITION_TEMPLATE.columns.map((column) => column.name);
    expect(validateHeader(ammunition, AMMUNITION_TEMPLATE, { hasDefaultFacility: false })).toEqual([]);
  });

  it('accepts columns in any order, any case, with spaces for underscores, and trailing empty cells', () => {
    const header = [
      'Calibre',
      'Serial',
      'Country of manufacture',
      'TYPE',
      ' manufacturer ',
      'Facility',
      '',
      '',
    ];
    expect(validateHeader(header, FIREARM_TEMPLATE, { hasDefaultFacility: false })).toEqual([]);
  });

  it('accepts a header with only the required columns', () => {
    const header = ['serial', 'manufacturer', 'type', 'calibre', 'country_of_manufacture', 'facility'];
    expect(validateHeader(header, FIREARM_TEMPLATE, { hasDefaultFacility: false })).toEqual([]);
  });

  it('lets the facility column be left out only when a facility is given for the whole file', () => {
    const header = ['serial', 'manufacturer', 'type', 'calibre', 'country_of_manufacture'];
    expect(validateHeader(header, FIREARM_TEMPLATE, { hasDefaultFacility: true })).toEqual([]);
    expect(validateHeader(header, FIREARM_TEMPLATE, { hasDefaultFacility: false })).toEqual([
      expect.objectContaining({ line: 1, column: 'facility', code: 'MISSING_COLUMN' }),
    ]);
  });

  it('reports every problem once: unknown, duplicated, unnamed and missing columns', () => {
    const header = ['serial', 'Serial', 'maker', '', 'type', 'calibre', 'facility'];
    const errors = validateHeader(header, FIREARM_TEMPLATE, { hasDefaultFacility: false });
    expect(errors.map((error) => [error.code, error.column])).toEqual([
      ['DUPLICATE_COLUMN', 'serial'],
      ['UNKNOWN_COLUMN', 'maker'],
      ['UNNAMED_COLUMN', '(column 4)'],
      ['MISSING_COLUMN', 'manufacturer'],
      ['MISSING_COLUMN', 'country_of_manufacture'],
    ]);
    expect(errors.every((error) => error.line === 1)).toBe(true);
    expect(errors[1]!.reason).toContain('serial, manufacturer, model');
  });

  it('reports against the line it is told the header is on', () => {
    const errors = validateHeader(['serial'], FIREARM_TEMPLATE, { hasDefaultFacility: true, line: 3 });
    expect(new Set(errors.map((error) => error.line))).toEqual(new Set([3]));
  });
});

describe('column keys', () => {
  it.each([
    ['Country of manufacture', 'country_of_manufacture'],
    ['country-of-manufacture', 'country_of_manufacture'],
    [' PERMIT  EXPIRES ON ', 'permit_expires_on'],
    ['neq_kg_per_1000', 'neq_kg_per_1000'],
    ['Año', 'ano'],
  ])('reads %j as %j', (written, key) => expect(columnKey(written)).toBe(key));

  it('names cells to the right of the header so they can be told from columns', () => {
    expect(extraCellKey(13)).toBe('(column 13)');
    expect(isExtraCellKey(extraCellKey(13))).toBe(true);
    expect(isExtraCellKey('serial')).toBe(false);
    expect(FIREARM_COLUMNS.some(isExtraCellKey)).toBe(false);
  });
});
