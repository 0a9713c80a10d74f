import { columnKey } from './import-templates';
import type { ImportTemplate } from './import-templates';
import type { RowError } from './row-error';

export interface HeaderOptions {
  /** A facility is given for the whole file (--facility, or the organisation has only one). */
  readonly hasDefaultFacility: boolean;
  /** The header's line; 1 unless the file starts with empty rows. */
  readonly line?: number;
}

/**
 * Every problem of a header, each reported once for the file: unknown, duplicated, unnamed and
 * missing required columns (issue 3, "Import and export"). Empty cells at the right end of the header
 * are ignored, as spreadsheet programs often write them. An empty list means the header is usable.
 */
export function validateHeader(
  columns: readonly string[],
  template: ImportTemplate,
  options: HeaderOptions,
): RowError[] {
  const line = options.line ?? 1;
  const errors: RowError[] = [];
  const known = new Set(template.columns.map((column) => column.name));
  const expected = template.columns.map((column) => column.name).join(', ');
  const lastNamed = columns.findLastIndex((column) => column.trim() !== '');
  const seen = new Map<string, number>();

  columns.slice(0, lastNamed + 1).forEach((written, index) => {
    const position = index + 1;
    const key = columnKey(written);
    if (key === '') {
      errors.push({
        line,
        column: `(column ${position})`,
        code: 'UNNAMED_COLUMN',
        reason: `column ${position} of the header has no name; name it or delete the column`,
        params: { position },
      });
      return;
    }
    if (!known.has(key)) {
      errors.push({
        line,
        column: written.trim(),
        code: 'UNKNOWN_COLUMN',
        reason: `"${written.trim()}" is not a column of the ${template.kind} template; the columns are: ${expected}`,
        params: { value: written.trim(), position, expected },
      });
      return;
    }
    const first = seen.get(key);
    if (first !== undefined) {
      errors.push({
        line,
        column: key,
        code: 'DUPLICATE_COLUMN',
        reason: `column "${key}" appears twice in the header (columns ${first} and ${position})`,
        params: { firstPosition: first, position },
      });
      return;
    }
    seen.set(key, position);
  });

  for (const column of template.columns) {
    const isRequired =
      column.requirement === 'required' ||
      (column.requirement === 'required-unless-default-facility' && !options.hasDefaultFacility);
    if (isRequired && !seen.has(column.name)) {
      errors.push({
        line,
        column: column.name,
        code: 'MISSING_COLUMN',
        reason:
          column.requirement === 'required'
            ? `the required column "${column.name}" is missing from the header`
            : `the column "${column.name}" is missing and no facility was given for the whole file (--facility)`,
      });
    }
  }
  return errors;
}
