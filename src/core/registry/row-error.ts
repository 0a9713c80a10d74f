/**
 * Why a line of an import file, or its header, was refused. Each code is stable: the web app and
 * the CLI translate it, and `params` carries what the translation needs (the value as written, the
 * closest catalogue entries, the first line of a duplicate…). `reason` is the English sentence.
 */
export const ROW_ERROR_CODES = [
  // The header (line 1): reported once for the file.
  'UNKNOWN_COLUMN',
  'DUPLICATE_COLUMN',
  'MISSING_COLUMN',
  'UNNAMED_COLUMN',
  // Any row.
  'REQUIRED',
  'TOO_LONG',
  'EXTRA_CELL',
  'UNKNOWN_FACILITY',
  'INVALID_YEAR',
  'UNKNOWN_MANUFACTURER',
  'AMBIGUOUS_MANUFACTURER',
  'UNKNOWN_CALIBRE',
  'AMBIGUOUS_CALIBRE',
  // Firearm rows.
  'INVALID_SERIAL',
  'UNKNOWN_FIREARM_TYPE',
  'INVALID_COUNTRY_CODE',
  'IMPORT_BEFORE_MANUFACTURE',
  'IMPORT_YEAR_WITHOUT_COUNTRY',
  'INVALID_DATE',
  'PERMIT_EXPIRY_WITHOUT_NUMBER',
  'DUPLICATE_FIREARM_IN_FILE',
  // Checked by the import against the registry itself.
  'FIREARM_ALREADY_REGISTERED',
  // Ammunition rows.
  'INVALID_ROUNDS',
  'INVALID_UN_NUMBER',
  'INVALID_HAZARD_DIVISION',
  'INVALID_COMPATIBILITY_GROUP',
  'HAZARD_DIVISION_CONFLICT',
  'COMPATIBILITY_GROUP_CONFLICT',
  'HAZARD_CLASSIFICATION_MISSING',
  'HAZARD_CLASSIFICATION_INCOMPLETE',
  'INVALID_NEQ',
] as const;
export type RowErrorCode = (typeof ROW_ERROR_CODES)[number];

export interface RowError {
  /** The line as a spreadsheet numbers it: the header is line 1. */
  readonly line: number;
  /** The column as the template names it (or as the header wrote it, for an unknown column). */
  readonly column: string;
  readonly code: RowErrorCode;
  readonly reason: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

/** A row's result: the typed value, or every problem found in it (never an empty list). */
export type RowResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly errors: readonly [RowError, ...RowError[]] };

/** Turns a list of problems into a result, so an `ok: false` never carries an empty list. */
export function toRowResult<T>(errors: readonly RowError[], build: () => T): RowResult<T> {
  const [first, ...rest] = errors;
  if (first === undefined) return { ok: true, value: build() };
  return { ok: false, errors: [first, ...rest] };
}
