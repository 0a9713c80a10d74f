import { columnKey, isExtraCellKey } from '../registry/import-templates';
import type { RowError, RowErrorCode } from '../registry/row-error';
import {
  PERSONNEL_ROLES,
  PERSONNEL_STATUSES,
  type PersonnelRole,
  type PersonnelStatus,
} from './armoury-terms';

/**
 * The personnel import template (`custodia import personnel`, docs/import.md). One row per person,
 * with at most one qualification; the registry's row-error model, plus the codes below for values
 * that only personnel have.
 */
export const PERSONNEL_COLUMNS = [
  { name: 'national_id', isRequired: true, maxLength: 40 },
  { name: 'full_name', isRequired: true, maxLength: 200 },
  { name: 'role', isRequired: true },
  { name: 'status', isRequired: false },
  { name: 'licence_number', isRequired: false, maxLength: 60 },
  { name: 'licence_authority', isRequired: false, maxLength: 200 },
  { name: 'licence_armed', isRequired: false },
  { name: 'licence_expires_on', isRequired: false },
  { name: 'qualification_course', isRequired: false, maxLength: 200 },
  { name: 'qualification_weapon_type', isRequired: false, maxLength: 40 },
  { name: 'qualification_weapon_model', isRequired: false, maxLength: 100 },
  { name: 'qualified_on', isRequired: false },
  { name: 'qualification_result', isRequired: false },
  { name: 'qualification_valid_until', isRequired: false },
] as const;

export type PersonnelRowErrorCode =
  | RowErrorCode
  | 'INVALID_ROLE'
  | 'INVALID_STATUS'
  | 'INVALID_YES_NO'
  | 'INVALID_RESULT'
  | 'INCOMPLETE_LICENCE'
  | 'INCOMPLETE_QUALIFICATION'
  | 'DUPLICATE_PERSON_IN_FILE'
  | 'PERSON_ALREADY_RECORDED';

export type PersonnelRowError = Omit<RowError, 'code'> & { readonly code: PersonnelRowErrorCode };

export interface PersonnelRow {
  readonly nationalId: string;
  readonly fullName: string;
  readonly role: PersonnelRole;
  readonly status: PersonnelStatus;
  readonly licence: { number: string; authority: string; isArmed: boolean; expiresOn: string } | null;
  readonly qualification: {
    course: string;
    weaponType: string;
    weaponModel: string | null;
    qualifiedOn: string;
    result: 'pass' | 'fail';
    validUntil: string | null;
  } | null;
}

const ROLE_WORDS: Readonly<Record<string, PersonnelRole>> = {
  guard: 'guard',
  vigilante: 'guard',
  escort: 'escort',
  escolta: 'escort',
  supervisor: 'supervisor',
  armourer: 'armourer',
  armorer: 'armourer',
  armero: 'armourer',
};
const STATUS_WORDS: Readonly<Record<string, PersonnelStatus>> = {
  active: 'active',
  activo: 'active',
  suspended: 'suspended',
  suspendido: 'suspended',
  dismissed: 'dismissed',
  cesado: 'dismissed',
  baja: 'dismissed',
};
const YES = new Set(['yes', 'y', 'si', 'sí', 's', 'true', '1', 'armed', 'armado']);
const NO = new Set(['no', 'n', 'false', '0', 'unarmed', 'desarmado']);
const RESULTS: Readonly<Record<string, 'pass' | 'fail'>> = {
  pass: 'pass',
  aprobado: 'pass',
  fail: 'fail',
  desaprobado: 'fail',
};

function isDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Unknown, duplicated and missing columns of the header (line 1). */
export function validatePersonnelHeader(columns: readonly string[]): PersonnelRowError[] {
  const known = new Set<string>(PERSONNEL_COLUMNS.map((c) => c.name));
  const errors: PersonnelRowError[] = [];
  const seen = new Set<string>();
  for (const written of columns) {
    const key = columnKey(written);
    if (key === '') continue;
    if (!known.has(key))
      errors.push({
        line: 1,
        column: written,
        code: 'UNKNOWN_COLUMN',
        reason: `"${written}" is not a column of the personnel template`,
      });
    else if (seen.has(key))
      errors.push({
        line: 1,
        column: key,
        code: 'DUPLICATE_COLUMN',
        reason: `column "${key}" appears twice in the header`,
      });
    seen.add(key);
  }
  for (const column of PERSONNEL_COLUMNS)
    if (column.isRequired && !seen.has(column.name))
      errors.push({
        line: 1,
        column: column.name,
        code: 'MISSING_COLUMN',
        reason: `the required column "${column.name}" is missing`,
      });
  return errors;
}

export function validatePersonnelRow(
  line: number,
  record: Readonly<Record<string, string>>,
): { ok: true; value: PersonnelRow } | { ok: false; errors: PersonnelRowError[] } {
  const errors: PersonnelRowError[] = [];
  const cell = (name: string) => (record[name] ?? '').trim();
  const fail = (column: string, code: PersonnelRowErrorCode, reason: string) =>
    errors.push({ line, column, code, reason });
  for (const key of Object.keys(record))
    if (isExtraCellKey(key) && (record[key] ?? '').trim() !== '')
      fail(key, 'EXTRA_CELL', `${key} holds a value but has no column name`);
  for (const column of PERSONNEL_COLUMNS) {
    const value = cell(column.name);
    if (column.isRequired && value === '') fail(column.name, 'REQUIRED', `${column.name} is required`);
    if ('maxLength' in column && value.length > column.maxLength)
      fail(column.name, 'TOO_LONG', `${column.name} is longer than ${column.maxLength} characters`);
  }
  const role = ROLE_WORDS[cell('role').toLowerCase()];
  if (cell('role') !== '' && !role)
    fail('role', 'INVALID_ROLE', `role must be one of ${PERSONNEL_ROLES.join(', ')}`);
  const status = cell('status') === '' ? 'active' : STATUS_WORDS[cell('status').toLowerCase()];
  if (!status) fail('status', 'INVALID_STATUS', `status must be one of ${PERSONNEL_STATUSES.join(', ')}`);

  const licenceCells = ['licence_number', 'licence_authority', 'licence_armed', 'licence_expires_on'];
  const hasLicence = licenceCells.some((c) => cell(c) !== '');
  let isArmed = false;
  if (hasLicence) {
    for (const c of licenceCells)
      if (cell(c) === '') fail(c, 'INCOMPLETE_LICENCE', `${c} is needed when any licence column is filled`);
    const armed = cell('licence_armed').toLowerCase();
    if (armed !== '' && !YES.has(armed) && !NO.has(armed))
      fail('licence_armed', 'INVALID_YES_NO', 'licence_armed must be yes or no');
    isArmed = YES.has(armed);
    if (cell('licence_expires_on') !== '' && !isDate(cell('licence_expires_on')))
      fail('licence_expires_on', 'INVALID_DATE', 'licence_expires_on must be a date as YYYY-MM-DD');
  }

  const qualificationCells = [
    'qualification_course',
    'qualification_weapon_type',
    'qualified_on',
    'qualification_result',
  ];
  const hasQualification = [
    ...qualificationCells,
    'qualification_weapon_model',
    'qualification_valid_until',
  ].some((c) => cell(c) !== '');
  const result = RESULTS[cell('qualification_result').toLowerCase()];
  if (hasQualification) {
    for (const c of qualificationCells)
      if (cell(c) === '')
        fail(c, 'INCOMPLETE_QUALIFICATION', `${c} is needed when any qualification column is filled`);
    if (cell('qualification_result') !== '' && !result)
      fail('qualification_result', 'INVALID_RESULT', 'qualification_result must be pass or fail');
    for (const c of ['qualified_on', 'qualification_valid_until'])
      if (cell(c) !== '' && !isDate(cell(c))) fail(c, 'INVALID_DATE', `${c} must be a date as YYYY-MM-DD`);
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      nationalId: cell('national_id'),
      fullName: cell('full_name'),
      role: role!,
      status: status!,
      licence: hasLicence
        ? {
            number: cell('licence_number'),
            authority: cell('licence_authority'),
            isArmed,
            expiresOn: cell('licence_expires_on'),
          }
        : null,
      qualification: hasQualification
        ? {
            course: cell('qualification_course'),
            weaponType: cell('qualification_weapon_type').toLowerCase(),
            weaponModel: cell('qualification_weapon_model') || null,
            qualifiedOn: cell('qualified_on'),
            result: result!,
            validUntil: cell('qualification_valid_until') || null,
          }
        : null,
    },
  };
}
