import { matchCalibre, matchManufacturer } from './catalogue-matching';
import type { CatalogueEntryLike, CatalogueMatch } from './catalogue-matching';
import { isExtraCellKey } from './import-templates';
import type { ImportColumn, ImportTemplate } from './import-templates';
import type { RowError, RowErrorCode } from './row-error';

/** What the row validators need besides the row: the catalogue, the facilities and the year. */
export interface RowContext {
  readonly manufacturers: readonly CatalogueEntryLike[];
  readonly calibres: readonly CatalogueEntryLike[];
  /** Codes of the organisation's facilities (an array or a set). */
  readonly facilityCodes: Iterable<string>;
  /** From --facility, or the organisation's only facility: used for rows that leave `facility` empty. */
  readonly defaultFacilityCode?: string | null;
  /** The year of the import, passed in (core reads no clock): the latest year a row may name. */
  readonly currentYear: number;
}

export interface CatalogueChoice {
  readonly id: string;
  readonly name: string;
}

/**
 * One row being checked. The checks below collect every problem instead of stopping at the first
 * (issue 3: the report lists every bad row with its line, column and reason). They are plain
 * functions over this state, not closures made per row: a million-row import calls them a million
 * times.
 */
export interface RowState {
  readonly record: Readonly<Record<string, string | undefined>>;
  readonly line: number;
  readonly template: ImportTemplate;
  readonly columns: ReadonlyMap<string, ImportColumn>;
  readonly errors: RowError[];
}

const columnsByTemplate = new WeakMap<ImportTemplate, ReadonlyMap<string, ImportColumn>>();

export function startRow(
  record: Readonly<Record<string, string | undefined>>,
  line: number,
  template: ImportTemplate,
): RowState {
  let columns = columnsByTemplate.get(template);
  if (!columns) {
    columns = new Map(template.columns.map((column) => [column.name, column]));
    columnsByTemplate.set(template, columns);
  }
  return { record, line, template, columns, errors: [] };
}

export function fail(
  row: RowState,
  column: string,
  code: RowErrorCode,
  reason: string,
  params?: Record<string, string | number>,
): void {
  const { line } = row;
  row.errors.push(params ? { line, column, code, reason, params } : { line, column, code, reason });
}

export function isEmptyCell(row: RowState, name: string): boolean {
  return (row.record[name] ?? '').trim() === '';
}

/** The trimmed cell, or undefined when empty or absent; an over-long value is reported. */
export function optionalCell(row: RowState, name: string): string | undefined {
  const value = (row.record[name] ?? '').trim();
  if (value === '') return undefined;
  const column = row.columns.get(name);
  if (!column) throw new Error(`column "${name}" is not in the ${row.template.kind} template`);
  const { maxLength } = column;
  // Code points, not UTF-16 units; counted only when the units already exceed the limit.
  if (maxLength !== undefined && value.length > maxLength && [...value].length > maxLength) {
    fail(row, name, 'TOO_LONG', `${name} is longer than ${maxLength} characters`, { maxLength });
    return undefined;
  }
  return value;
}

export function requiredCell(row: RowState, name: string): string | undefined {
  const value = optionalCell(row, name);
  if (value === undefined && isEmptyCell(row, name)) fail(row, name, 'REQUIRED', `${name} is required`);
  return value;
}

/** A whole year in [min, max], written with four digits as a spreadsheet or a person writes it. */
export function yearCell(row: RowState, name: string, min: number, max: number): number | undefined {
  const value = optionalCell(row, name);
  if (value === undefined) return undefined;
  const year = /^\d{4}$/.test(value) ? Number(value) : Number.NaN;
  if (year >= min && year <= max) return year;
  fail(row, name, 'INVALID_YEAR', `${name} must be a whole year from ${min} to ${max}, not "${value}"`, {
    value,
    min,
    max,
  });
  return undefined;
}

function catalogueCell(
  row: RowState,
  name: 'manufacturer' | 'calibre',
  found: (written: string) => CatalogueMatch<CatalogueEntryLike>,
): CatalogueChoice | undefined {
  const value = requiredCell(row, name);
  if (value === undefined) return undefined;
  const match = found(value);
  if (match.ok) return { id: match.value.id, name: match.value.name };
  const suggestions = match.suggestions.join(', ');
  const params = { value, suggestions };
  const upper = name.toUpperCase() as 'MANUFACTURER' | 'CALIBRE';
  if (match.reason === 'ambiguous') {
    const reason = `"${value}" names more than one ${name} in the catalogue: ${suggestions}`;
    fail(row, name, `AMBIGUOUS_${upper}`, reason, params);
  } else {
    const reason = `"${value}" is not a ${name} in the catalogue; closest: ${suggestions}`;
    fail(row, name, `UNKNOWN_${upper}`, reason, params);
  }
  return undefined;
}

export function manufacturerCell(row: RowState, context: RowContext): CatalogueChoice | undefined {
  return catalogueCell(row, 'manufacturer', (value) => matchManufacturer(value, context.manufacturers));
}

export function calibreCell(row: RowState, context: RowContext): CatalogueChoice | undefined {
  return catalogueCell(row, 'calibre', (value) => matchCalibre(value, context.calibres));
}

const facilitiesByContext = new WeakMap<Iterable<string>, ReadonlySet<string>>();

function facilitySet(codes: Iterable<string>): ReadonlySet<string> {
  let set = facilitiesByContext.get(codes);
  if (!set) {
    set = new Set([...codes].map((code) => code.toUpperCase()));
    facilitiesByContext.set(codes, set);
  }
  return set;
}

/**
 * The row's facility, or the file's default when the row leaves it empty (issue 3: `facility` may
 * be left out when --facility is given or the organisation has one facility); a code written in the
 * row wins over the default. Codes are compared in capitals, as they are registered
 * (src/contracts/registry.ts).
 */
export function facilityCell(row: RowState, context: RowContext): string | undefined {
  const isEmpty = isEmptyCell(row, 'facility');
  const written = optionalCell(row, 'facility');
  if (!isEmpty && written === undefined) return undefined;
  const code = (written ?? context.defaultFacilityCode ?? undefined)?.toUpperCase();
  if (code === undefined) {
    fail(
      row,
      'facility',
      'REQUIRED',
      'facility is required (or give one for the whole file with --facility)',
    );
    return undefined;
  }
  const known = facilitySet(context.facilityCodes);
  if (known.has(code)) return code;
  const facilities = [...known].join(', ');
  const reason = `"${code}" is not a facility of the organisation; its facilities: ${facilities}`;
  fail(row, 'facility', 'UNKNOWN_FACILITY', reason, { value: code, facilities });
  return undefined;
}

/** Cells to the right of the header (readers key them with `extraCellKey`): data nobody named. */
export function reportExtraCells(row: RowState): void {
  for (const key in row.record) {
    if (!isExtraCellKey(key)) continue;
    const text = (row.record[key] ?? '').trim();
    if (text !== '')
      fail(row, key, 'EXTRA_CELL', `${key} holds "${text}" but the header has no column there`, {
        value: text,
      });
  }
}
