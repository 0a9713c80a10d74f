/**
 * The column templates of `custodia import firearms|ammunition` (issue 3, "Import and export"),
 * documented for people in docs/import.md. Column names are matched after `columnKey`, so
 * "Country of manufacture" in a header is the column country_of_manufacture.
 */
export type ColumnRequirement = 'required' | 'optional' | 'required-unless-default-facility';

export interface ImportColumn {
  readonly name: string;
  readonly requirement: ColumnRequirement;
  /**
   * Longest accepted free text, the same limit as the registry's API (src/contracts/registry.ts).
   * Columns with a format (codes, years, dates, numbers) have none: their format check says more.
   */
  readonly maxLength?: number;
}

export interface ImportTemplate {
  readonly kind: 'firearms' | 'ammunition';
  readonly columns: readonly ImportColumn[];
}

export const FIREARM_TEMPLATE: ImportTemplate = {
  kind: 'firearms',
  columns: [
    // ITI para 8(a) minimum (fact sheet §6.1): manufacturer, country of manufacture and serial.
    { name: 'serial', requirement: 'required', maxLength: 60 },
    { name: 'manufacturer', requirement: 'required', maxLength: 100 },
    { name: 'model', requirement: 'optional', maxLength: 100 },
    { name: 'type', requirement: 'required' },
    { name: 'calibre', requirement: 'required', maxLength: 60 },
    { name: 'country_of_manufacture', requirement: 'required' },
    // ITI para 8(a) encourages the year; para 8(b) the country and year of import.
    { name: 'year_of_manufacture', requirement: 'optional' },
    { name: 'import_country', requirement: 'optional' },
    { name: 'import_year', requirement: 'optional' },
    { name: 'facility', requirement: 'required-unless-default-facility' },
    { name: 'permit_number', requirement: 'optional', maxLength: 100 },
    { name: 'permit_expires_on', requirement: 'optional' },
  ],
};

export const AMMUNITION_TEMPLATE: ImportTemplate = {
  kind: 'ammunition',
  columns: [
    { name: 'lot_number', requirement: 'required', maxLength: 60 },
    { name: 'calibre', requirement: 'required', maxLength: 60 },
    { name: 'manufacturer', requirement: 'required', maxLength: 100 },
    { name: 'year', requirement: 'optional' },
    { name: 'un_number', requirement: 'optional' },
    { name: 'hazard_division', requirement: 'optional' },
    { name: 'compatibility_group', requirement: 'optional' },
    { name: 'neq_kg_per_1000', requirement: 'optional' },
    { name: 'rounds', requirement: 'required' },
    { name: 'facility', requirement: 'required-unless-default-facility' },
  ],
};

/**
 * How a header cell is compared with a template column: accents dropped, lower case, and runs of
 * spaces, hyphens and dots read as one "_" ("Country of manufacture", "country-of-manufacture" and
 * "COUNTRY_OF_MANUFACTURE" are the same column).
 */
export function columnKey(written: string): string {
  return written
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .trim()
    .toLowerCase()
    .replace(/[\s.\-_]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/**
 * The record key a reader gives a non-empty cell to the right of the last header column (1-based
 * position), so that the row validators can report it instead of the data vanishing.
 */
export function extraCellKey(position: number): string {
  return `(column ${position})`;
}

const EXTRA_CELL_KEY = /^\(column (\d+)\)$/;

export function isExtraCellKey(key: string): boolean {
  return EXTRA_CELL_KEY.test(key);
}
