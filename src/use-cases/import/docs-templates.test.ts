import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CATALOGUE_CALIBRES, CATALOGUE_MANUFACTURERS } from '../../core/registry/catalogue-data';
import { findDuplicateFirearms } from '../../core/registry/find-duplicates';
import { AMMUNITION_TEMPLATE, FIREARM_TEMPLATE } from '../../core/registry/import-templates';
import type { RowContext } from '../../core/registry/row-checks';
import { ROW_ERROR_CODES } from '../../core/registry/row-error';
import type { RowError } from '../../core/registry/row-error';
import { validateAmmunitionRow } from '../../core/registry/validate-ammunition-row';
import type { FirearmDraft } from '../../core/registry/validate-firearm-row';
import { validateFirearmRow } from '../../core/registry/validate-firearm-row';
import { validateHeader } from '../../core/registry/validate-header';
import { templateCsv } from '../../core/registry/import-template-examples';
import { readHeader, readSpreadsheet } from './read-spreadsheet';

const docs = (path: string) => fileURLToPath(new URL(`../../../docs/${path}`, import.meta.url));

const context: RowContext = {
  manufacturers: CATALOGUE_MANUFACTURERS,
  calibres: CATALOGUE_CALIBRES,
  facilityCodes: ['ARM-01', 'AMMO-01'],
  currentYear: 2026,
};

describe('the templates in docs/templates', () => {
  it('firearms-template.csv has the template header and two rows that pass every check', async () => {
    const path = docs('templates/firearms-template.csv');
    const header = await readHeader(path);
    expect(header).toEqual(FIREARM_TEMPLATE.columns.map((column) => column.name));
    expect(validateHeader(header, FIREARM_TEMPLATE, { hasDefaultFacility: false })).toEqual([]);
    const drafts: FirearmDraft[] = [];
    for await (const { line, record } of readSpreadsheet(path)) {
      const result = validateFirearmRow(record, line, context);
      expect(result.ok ? [] : result.errors).toEqual([]);
      if (result.ok) drafts.push(result.value);
    }
    expect(drafts.map((draft) => draft.line)).toEqual([2, 3]);
    expect(findDuplicateFirearms(drafts)).toEqual([]);
  });

  it('ammunition-template.csv has the template header and two rows that pass every check', async () => {
    const path = docs('templates/ammunition-template.csv');
    const header = await readHeader(path);
    expect(header).toEqual(AMMUNITION_TEMPLATE.columns.map((column) => column.name));
    expect(validateHeader(header, AMMUNITION_TEMPLATE, { hasDefaultFacility: false })).toEqual([]);
    const lines: number[] = [];
    for await (const { line, record } of readSpreadsheet(path)) {
      const result = validateAmmunitionRow(record, line, context);
      expect(result.ok ? [] : result.errors).toEqual([]);
      lines.push(line);
    }
    expect(lines).toEqual([2, 3]);
  });
});

describe('docs/import.md', () => {
  it('documents every template column and every error code', async () => {
    const text = await readFile(docs('import.md'), 'utf8');
    for (const column of [...FIREARM_TEMPLATE.columns, ...AMMUNITION_TEMPLATE.columns]) {
      const row = new RegExp(`^\\| \`${column.name}\` \\| (yes|no|see below)`, 'm').exec(text);
      expect(row, column.name).not.toBeNull();
      expect(row![1] === 'yes', column.name).toBe(column.requirement !== 'optional');
    }
    for (const code of ROW_ERROR_CODES) expect(text, code).toContain(`| \`${code}\` |`);
  });

  it('shows in its report example the reasons the validators really give', async () => {
    const text = await readFile(docs('import.md'), 'utf8');
    const row = {
      serial: 'X1',
      manufacturer: 'Glock',
      type: 'pistol',
      calibre: '9 mm Makarov',
      country_of_manufacture: 'Austria',
      facility: 'ARM-01',
    };
    const result = validateFirearmRow(row, 3, context);
    const reasons = result.ok ? [] : result.errors.map((error: RowError) => error.reason);
    const duplicates = findDuplicateFirearms([
      {
        line: 4,
        manufacturerId: 'glock',
        manufacturerName: 'Glock',
        serial: 'BHR-514273',
        serialNormalised: 'BHR514273',
        model: '17',
      },
      {
        line: 7,
        manufacturerId: 'glock',
        manufacturerName: 'Glock',
        serial: 'BHR-514273',
        serialNormalised: 'BHR514273',
        model: '17',
      },
    ]);
    for (const reason of [...reasons, ...duplicates.map((error) => error.reason)]) {
      expect(text).toContain(reason.replace(/"/g, '""'));
    }
    expect(reasons).toHaveLength(2);
  });
});

describe('the downloadable templates', () => {
  it.each(['firearms', 'ammunition'] as const)('%s: the web download equals docs/templates', async (kind) => {
    const onDisk = await readFile(docs(`templates/${kind}-template.csv`), 'utf8');
    expect(templateCsv(kind)).toBe(onDisk.replace(/\r\n/g, '\n'));
  });
});
