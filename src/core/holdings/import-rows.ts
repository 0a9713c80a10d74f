import { isCountryCode } from '../shared/country-codes';
import { FIREARM_TYPE_CODES } from './firearm-type-codes';
import { normaliseSerial } from './serial';

/**
 * Validation of import rows (docs/import.md). Pure: the catalogue lookups come in as functions.
 * Every problem of a row is reported, each with its line, column and a stable code.
 */
export interface RowError {
  readonly line: number;
  readonly column: string;
  readonly code: string;
  readonly reason: string;
}

export type CatalogueLookup = (value: string) => { ok: true; id: string } | { ok: false; suggestions: readonly string[] };

export const FIREARM_COLUMNS = [
  'serial',
  'manufacturer',
  'model',
  'type',
  'calibre',
  'country_of_manufacture',
  'year_of_manufacture',
  'import_country',
  'import_year',
  'facility',
  'permit_number',
  'permit_expires_on',
] as const;
const FIREARM_REQUIRED = ['serial', 'manufacturer', 'type', 'calibre', 'country_of_manufacture'] as const;

export const AMMUNITION_COLUMNS = [
  'lot_number',
  'calibre',
  'manufacturer',
  'year',
  'un_number',
  'hazard_division',
  'compatibility_group',
  'neq_kg_per_1000',
  'rounds',
  'facility',
] as const;
const AMMUNITION_REQUIRED = ['lot_number', 'calibre', 'manufacturer', 'rounds'] as const;

/** Unknown and missing columns, reported once against the header (line 1). */
export function checkHeader(columns: readonly string[], kind: 'firearms' | 'ammunition'): RowError[] {
  const known: readonly string[] = kind === 'firearms' ? FIREARM_COLUMNS : AMMUNITION_COLUMNS;
  const required: readonly string[] = kind === 'firearms' ? FIREARM_REQUIRED : AMMUNITION_REQUIRED;
  const errors: RowError[] = [];
  for (const column of columns) {
    if (!known.includes(column)) errors.push({ line: 1, column, code: 'UNKNOWN_COLUMN', reason: `unknown column "${column}"; the template has: ${known.join(', ')}` });
  }
  for (const column of required) {
    if (!columns.includes(column)) errors.push({ line: 1, column, code: 'MISSING_COLUMN', reason: `the required column "${column}" is missing` });
  }
  return errors;
}

export interface ImportContext {
  readonly manufacturer: CatalogueLookup;
  readonly calibre: CatalogueLookup;
  /** Facility codes of the organisation. */
  readonly facilityCodes: ReadonlySet<string>;
  /** From --facility, or the organisation's only facility. */
  readonly defaultFacilityCode: string | null;
  readonly currentYear: number;
}

export interface FirearmImportDraft {
  readonly line: number;
  readonly serial: string;
  readonly serialNormalised: string;
  readonly manufacturerId: string;
  readonly model: string;
  readonly type: string;
  readonly calibreId: string;
  readonly countryOfManufacture: string;
  readonly yearOfManufacture: number | null;
  readonly importCountry: string | null;
  readonly importYear: number | null;
  readonly facilityCode: string;
  readonly permitNumber: string | null;
  readonly permitExpiresOn: string | null;
}

function text(record: Readonly<Record<string, string | undefined>>, column: string): string {
  return (record[column] ?? '').trim();
}

function suggest(what: string, value: string, suggestions: readonly string[]): string {
  return suggestions.length ? `unknown ${what} "${value}"; closest: ${suggestions.join(', ')}` : `unknown ${what} "${value}"`;
}

class RowChecker {
  readonly errors: RowError[] = [];
  constructor(
    readonly line: number,
    readonly record: Readonly<Record<string, string | undefined>>,
  ) {}
  fail(column: string, code: string, reason: string) {
    this.errors.push({ line: this.line, column, code, reason });
  }
  required(column: string): string {
    const value = text(this.record, column);
    if (value === '') this.fail(column, 'REQUIRED', `${column} is required`);
    return value;
  }
  year(column: string, currentYear: number): number | null {
    const value = text(this.record, column);
    if (value === '') return null;
    const year = Number(value);
    if (!/^\d{4}$/.test(value) || year < 1850 || year > currentYear) {
      this.fail(column, 'INVALID_YEAR', `${column} must be a year from 1850 to ${currentYear} (got "${value}")`);
      return null;
    }
    return year;
  }
  country(column: string, required: boolean): string | null {
    const value = text(this.record, column).toUpperCase();
    if (value === '') {
      if (required) this.fail(column, 'REQUIRED', `${column} is required`);
      return null;
    }
    if (!isCountryCode(value)) {
      this.fail(column, 'INVALID_COUNTRY', `${column} must be an ISO 3166-1 alpha-2 code such as PE or BR (got "${value}")`);
      return null;
    }
    return value;
  }
  lookup(column: string, what: string, find: CatalogueLookup): string {
    const value = this.required(column);
    if (value === '') return '';
    const found = find(value);
    if (!found.ok) {
      this.fail(column, `UNKNOWN_${what.toUpperCase()}`, suggest(what, value, found.suggestions));
      return '';
    }
    return found.id;
  }
  facility(context: ImportContext): string {
    const value = text(this.record, 'facility').toUpperCase() || context.defaultFacilityCode || '';
    if (value === '') this.fail('facility', 'REQUIRED', 'facility is required (or give --facility)');
    else if (!context.facilityCodes.has(value)) this.fail('facility', 'UNKNOWN_FACILITY', `no facility with the code "${value}" in this organisation`);
    return value;
  }
}

export function validateFirearmRow(
  line: number,
  record: Readonly<Record<string, string | undefined>>,
  context: ImportContext,
): { ok: true; value: FirearmImportDraft } | { ok: false; errors: RowError[] } {
  const c = new RowChecker(line, record);
  const serial = c.required('serial');
  const serialNormalised = normaliseSerial(serial);
  if (serial !== '' && serialNormalised === '') c.fail('serial', 'INVALID_SERIAL', 'the serial has no letter or digit');
  const manufacturerId = c.lookup('manufacturer', 'manufacturer', context.manufacturer);
  const calibreId = c.lookup('calibre', 'calibre', context.calibre);
  const typeText = c.required('type').toLowerCase().replace(/[\s_]+/g, '-');
  if (typeText !== '' && !(FIREARM_TYPE_CODES as readonly string[]).includes(typeText)) {
    c.fail('type', 'UNKNOWN_TYPE', `type must be one of ${FIREARM_TYPE_CODES.join(', ')} (got "${text(record, 'type')}")`);
  }
  const countryOfManufacture = c.country('country_of_manufacture', true);
  const yearOfManufacture = c.year('year_of_manufacture', context.currentYear);
  const importCountry = c.country('import_country', false);
  const importYear = c.year('import_year', context.currentYear);
  const facilityCode = c.facility(context);
  const permitExpiresOn = text(record, 'permit_expires_on');
  if (permitExpiresOn !== '' && (!/^\d{4}-\d{2}-\d{2}$/.test(permitExpiresOn) || Number.isNaN(Date.parse(`${permitExpiresOn}T00:00:00Z`)))) {
    c.fail('permit_expires_on', 'INVALID_DATE', `permit_expires_on must be a date as YYYY-MM-DD (got "${permitExpiresOn}")`);
  }
  if (c.errors.length > 0) return { ok: false, errors: c.errors };
  return {
    ok: true,
    value: {
      line,
      serial,
      serialNormalised,
      manufacturerId,
      model: text(record, 'model'),
      type: typeText,
      calibreId,
      countryOfManufacture: countryOfManufacture!,
      yearOfManufacture,
      importCountry,
      importYear,
      facilityCode,
      permitNumber: text(record, 'permit_number') || null,
      permitExpiresOn: permitExpiresOn || null,
    },
  };
}

export interface AmmunitionImportDraft {
  readonly line: number;
  readonly lotNumber: string;
  readonly calibreId: string;
  readonly manufacturerId: string;
  readonly year: number | null;
  readonly unNumber: string | null;
  readonly hazardDivision: string | null;
  readonly compatibilityGroup: string | null;
  readonly neqKgPer1000: string | null;
  readonly rounds: number;
  readonly facilityCode: string;
}

/** UN number → hazard division and compatibility group, when the UN list knows it. */
export type UnLookup = (unNumber: string) => { hazardDivision: string; compatibilityGroup: string } | undefined;

export function validateAmmunitionRow(
  line: number,
  record: Readonly<Record<string, string | undefined>>,
  context: ImportContext & { readonly un: UnLookup },
): { ok: true; value: AmmunitionImportDraft } | { ok: false; errors: RowError[] } {
  const c = new RowChecker(line, record);
  const lotNumber = c.required('lot_number');
  const calibreId = c.lookup('calibre', 'calibre', context.calibre);
  const manufacturerId = c.lookup('manufacturer', 'manufacturer', context.manufacturer);
  const year = c.year('year', context.currentYear);
  const roundsText = c.required('rounds');
  const rounds = Number(roundsText);
  if (roundsText !== '' && (!/^\d+$/.test(roundsText) || rounds <= 0 || !Number.isSafeInteger(rounds))) {
    c.fail('rounds', 'INVALID_ROUNDS', `rounds must be a whole number above zero (got "${roundsText}")`);
  }
  const unNumber = text(record, 'un_number') || null;
  let hazardDivision = text(record, 'hazard_division') || null;
  let compatibilityGroup = text(record, 'compatibility_group').toUpperCase() || null;
  if (unNumber !== null && !/^\d{4}$/.test(unNumber)) c.fail('un_number', 'INVALID_UN_NUMBER', `un_number must be four digits such as 0012 (got "${unNumber}")`);
  if (hazardDivision !== null && !/^1\.[1-6]$/.test(hazardDivision)) c.fail('hazard_division', 'INVALID_HAZARD_DIVISION', `hazard_division must be 1.1 to 1.6 (got "${hazardDivision}")`);
  if (compatibilityGroup !== null && !/^[A-HJKLNS]$/.test(compatibilityGroup)) c.fail('compatibility_group', 'INVALID_COMPATIBILITY_GROUP', `compatibility_group must be one of A–H, J, K, L, N, S (got "${compatibilityGroup}")`);
  if (unNumber !== null && /^\d{4}$/.test(unNumber)) {
    const known = context.un(unNumber);
    if (known) {
      // The UN list is the authority; a stated class must agree with it.
      if (hazardDivision !== null && hazardDivision !== known.hazardDivision) c.fail('hazard_division', 'HAZARD_MISMATCH', `UN ${unNumber} is ${known.hazardDivision}`);
      if (compatibilityGroup !== null && compatibilityGroup !== known.compatibilityGroup) c.fail('compatibility_group', 'HAZARD_MISMATCH', `UN ${unNumber} is group ${known.compatibilityGroup}`);
      hazardDivision = known.hazardDivision;
      compatibilityGroup = known.compatibilityGroup;
    } else if (hazardDivision === null || compatibilityGroup === null) {
      c.fail('un_number', 'UNKNOWN_UN_NUMBER', `UN ${unNumber} is not in the list: give hazard_division and compatibility_group`);
    }
  }
  const neq = text(record, 'neq_kg_per_1000') || null;
  if (neq !== null && !/^\d{1,9}(\.\d{1,6})?$/.test(neq)) c.fail('neq_kg_per_1000', 'INVALID_DECIMAL', `neq_kg_per_1000 must be a non-negative decimal with a dot (got "${neq}")`);
  const facilityCode = c.facility(context);
  if (c.errors.length > 0) return { ok: false, errors: c.errors };
  return { ok: true, value: { line, lotNumber, calibreId, manufacturerId, year, unNumber, hazardDivision, compatibilityGroup, neqKgPer1000: neq, rounds, facilityCode } };
}
