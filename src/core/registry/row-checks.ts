import { matchCalibre, matchManufacturer } from './catalogue-matching';
import type { CatalogueEntryLike, CatalogueMatch } from './catalogue-matching';
import { isExtraCellKey } from './import-templates';
import type { ImportColumn, ImportTemplate } from './import-templates';
import type { RowError, RowErrorCode } from './row-error';

/** What the row validators need besides the row: the catalogue, the facilities and the year. */
export interface RowContext {
  readonly manufacturers: readonly CatalogueEntryLike[];
  readonly calibres: readonly CatalogueEntryLike[];
  /** Codes of the organisation's facilities. */
  readonly facilityCodes: readonly string[];
  /** From --facility, or the organisation's only facility: used for rows that leave `facility` empty. */
  readonly defaultFacilityCode?: string;
  /** The year of the import, passed in (core reads no clock): the latest year a row may name. */
  readonly currentYear: number;
}

export interface CatalogueChoice {
  readonly id: string;
  readonly name: string;
}

const columnsByTemplate = new WeakMap<ImportTemplate, ReadonlyMap<string, ImportColumn>>();

function columnsOf(template: ImportTemplate): ReadonlyMap<string, ImportColumn> {
  let columns = columnsByTemplate.get(template);
  if (!columns) {
    columns = new Map(template.columns.map((column) => [column.name, column]));
    columnsByTemplate.set(template, columns);
  }
  return columns;
}

/**
 * Reads and checks the cells of one row, collecting every problem instead of stopping at the first
 * (issue 3: the report lists every bad row with its line, column and reason).
 */
export function rowChecks(
  record: Readonly<Record<string, string | undefined>>,
  line: number,
  template: ImportTemplate,
) {
  const errors: RowError[] = [];
  const columns = columnsOf(template);

  function fail(
    column: string,
    code: RowErrorCode,
    reason: string,
    params?: Record<string, string | number>,
  ): void {
    errors.push(params ? { line, column, code, reason, params } : { line, column, code, reason });
  }

  function definition(name: string): ImportColumn {
    const column = columns.get(name);
    if (!column) throw new Error(`column "${name}" is not in the ${template.kind} template`);
    return column;
  }

  /** The trimmed cell, or undefined when empty or absent; over-long values are reported. */
  function optional(name: string): string | undefined {
    const value = (record[name] ?? '').trim();
    if (value === '') return undefined;
    const { maxLength } = definition(name);
    // Code points, not UTF-16 units; counted only when the units already exceed the limit.
    if (maxLength !== undefined && value.length > maxLength && [...value].length > maxLength) {
      fail(name, 'TOO_LONG', `${name} is longer than ${maxLength} characters`, { maxLength });
      return undefined;
    }
    return value;
  }

  function required(name: string): string | undefined {
    const value = optional(name);
    if (value === undefined && (record[name] ?? '').trim() === '')
      fail(name, 'REQUIRED', `${name} is required`);
    return value;
  }

  /** A whole year in [min, currentYear]; four digits, as a spreadsheet or a person writes it. */
  function year(name: string, min: number, max: number): number | undefined {
    const value = optional(name);
    if (value === undefined) return undefined;
    const year = /^\d{4}$/.test(value) ? Number(value) : Number.NaN;
    if (!(year >= min && year <= max)) {
      fail(name, 'INVALID_YEAR', `${name} must be a whole year from ${min} to ${max}, not "${value}"`, {
        value,
        min,
        max,
      });
      return undefined;
    }
    return year;
  }

  function catalogue(
    name: string,
    code: { unknown: RowErrorCode; ambiguous: RowErrorCode },
    what: string,
    result: (value: string) => CatalogueMatch<CatalogueEntryLike>,
  ): CatalogueChoice | undefined {
    const value = required(name);
    if (value === undefined) return undefined;
    const found = result(value);
    if (found.ok) return { id: found.value.id, name: found.value.name };
    const suggestions = found.suggestions.join(', ');
    if (found.reason === 'ambiguous') {
      fail(name, code.ambiguous, `"${value}" names more than one ${what} in the catalogue: ${suggestions}`, {
        value,
        suggestions,
      });
    } else {
      fail(name, code.unknown, `"${value}" is not a ${what} in the catalogue; closest: ${suggestions}`, {
        value,
        suggestions,
      });
    }
    return undefined;
  }

  function manufacturer(context: RowContext): CatalogueChoice | undefined {
    return catalogue(
      'manufacturer',
      { unknown: 'UNKNOWN_MANUFACTURER', ambiguous: 'AMBIGUOUS_MANUFACTURER' },
      'manufacturer',
      (value) => matchManufacturer(value, context.manufacturers),
    );
  }

  function calibre(context: RowContext): CatalogueChoice | undefined {
    return catalogue(
      'calibre',
      { unknown: 'UNKNOWN_CALIBRE', ambiguous: 'AMBIGUOUS_CALIBRE' },
      'calibre',
      (value) => matchCalibre(value, context.calibres),
    );
  }

  /**
   * The row's facility, or the file's default when the row leaves it empty (issue 3: `facility` may
   * be left out when --facility is given or the organisation has one facility). Codes are compared in
   * capitals, as facility codes are written (src/contracts/registry.ts).
   */
  function facility(context: RowContext): string | undefined {
    const isEmpty = (record['facility'] ?? '').trim() === '';
    const written = optional('facility');
    if (!isEmpty && written === undefined) return undefined;
    const code = (written ?? context.defaultFacilityCode)?.toUpperCase();
    if (code === undefined) {
      fail('facility', 'REQUIRED', 'facility is required (or give one for the whole file with --facility)');
      return undefined;
    }
    if (!context.facilityCodes.some((known) => known.toUpperCase() === code)) {
      const known = context.facilityCodes.join(', ');
      fail(
        'facility',
        'UNKNOWN_FACILITY',
        `"${code}" is not a facility of the organisation; its facilities: ${known}`,
        {
          value: code,
          facilities: known,
        },
      );
      return undefined;
    }
    return code;
  }

  /** Cells to the right of the header (readers key them with `extraCellKey`): data nobody named. */
  function extraCells(): void {
    for (const [key, value] of Object.entries(record)) {
      const text = (value ?? '').trim();
      if (isExtraCellKey(key) && text !== '') {
        fail(key, 'EXTRA_CELL', `${key} holds "${text}" but the header has no column there`, { value: text });
      }
    }
  }

  return { errors, fail, optional, required, year, manufacturer, calibre, facility, extraCells };
}
