import { COUNTRY_CODES, COUNTRY_NAMES, isCountryCode } from '../shared/country-codes';
import type { CountryCode } from '../shared/country-codes';
import { findFirearmType } from './firearm-types';
import type { FirearmType } from './firearm-types';
import { FIREARM_TEMPLATE } from './import-templates';
import { normaliseSerial } from './normalise-serial';
import {
  calibreCell,
  fail,
  facilityCell,
  isEmptyCell,
  manufacturerCell,
  optionalCell,
  reportExtraCells,
  requiredCell,
  startRow,
  yearCell,
} from './row-checks';
import type { RowState } from './row-checks';
import type { RowContext } from './row-checks';
import { toRowResult } from './row-error';
import type { RowResult } from './row-error';

/** A firearm row that passed every check, ready for the acquisition use-case. */
export interface FirearmDraft {
  readonly line: number;
  /** As written in the file (trimmed): the record keeps what is marked. */
  readonly serial: string;
  /** `normaliseSerial(serial)`: how the registry compares serials. */
  readonly serialNormalised: string;
  readonly manufacturerId: string;
  readonly manufacturerName: string;
  readonly model: string | null;
  readonly type: FirearmType;
  readonly calibreId: string;
  readonly calibreName: string;
  readonly countryOfManufacture: CountryCode;
  readonly yearOfManufacture: number | null;
  readonly importCountry: CountryCode | null;
  readonly importYear: number | null;
  readonly facilityCode: string;
  readonly permit: { readonly number: string; readonly expiresOn: string | null } | null;
}

/**
 * Earliest year a firearm row may name (Custodia's choice): early enough for the oldest revolvers a
 * PSC may still hold; which old arms are antiques is left to national law (ITI para 4, fact sheet §9.1 [U]).
 */
export const EARLIEST_FIREARM_YEAR = 1850;

const COUNTRY_BY_NAME: ReadonlyMap<string, CountryCode> = new Map(
  COUNTRY_CODES.map((code) => [foldName(COUNTRY_NAMES[code]), code]),
);

function foldName(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

/** `YYYY-MM-DD` naming a real day; nothing else, so no date is read two ways. */
export function isIsoDate(value: string): boolean {
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!parts) return false;
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  const isLeap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const daysInMonth = [31, isLeap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return daysInMonth !== undefined && day >= 1 && day <= daysInMonth;
}

/** An assigned ISO 3166-1 alpha-2 code, in either case; a country's English name gets its code suggested. */
function countryCell(row: RowState, name: string, isRequired: boolean): CountryCode | undefined {
  const written = isRequired ? requiredCell(row, name) : optionalCell(row, name);
  if (written === undefined) return undefined;
  const code = written.toUpperCase();
  if (isCountryCode(code)) return code;
  const named = COUNTRY_BY_NAME.get(foldName(written));
  if (named) {
    const reason = `write the ISO 3166-1 alpha-2 code ${named}, not the name "${written}"`;
    fail(row, name, 'INVALID_COUNTRY_CODE', reason, { value: written, suggestion: named });
  } else {
    const reason = `"${written}" is not an ISO 3166-1 alpha-2 country code (two letters, e.g. BR, AT, US)`;
    fail(row, name, 'INVALID_COUNTRY_CODE', reason, { value: written });
  }
  return undefined;
}

/**
 * Checks one line of a firearms import (columns in `FIREARM_TEMPLATE`) and returns the draft or
 * every problem of the line. The rules, each from issue 3 unless said otherwise:
 * - serial, manufacturer, type, calibre and country_of_manufacture are required: the ITI para 8(a)
 *   minimum is manufacturer, country of manufacture and serial (fact sheet §6.1);
 * - manufacturer and calibre must name a catalogue entry (catalogue-matching.ts), else the error
 *   names the closest 3;
 * - countries are ISO 3166-1 alpha-2 codes that are assigned (upper or lower case accepted);
 * - years are whole years from 1850 to `context.currentYear`; a weapon is not imported before it is
 *   made; an import year needs an import country (ITI para 8(b): the import mark names the country,
 *   and the year where possible);
 * - permit_expires_on is YYYY-MM-DD only, and needs a permit_number;
 * - facility is one of the organisation's, or `context.defaultFacilityCode` when left empty.
 */
export function validateFirearmRow(
  record: Readonly<Record<string, string | undefined>>,
  line: number,
  context: RowContext,
): RowResult<FirearmDraft> {
  const row = startRow(record, line, FIREARM_TEMPLATE);
  reportExtraCells(row);

  const serial = requiredCell(row, 'serial');
  const serialNormalised = serial === undefined ? undefined : normaliseSerial(serial);
  if (serialNormalised === '') {
    fail(row, 'serial', 'INVALID_SERIAL', `serial "${serial}" has no letter or digit`, { value: serial! });
  }

  const manufacturer = manufacturerCell(row, context);
  const model = optionalCell(row, 'model') ?? null;

  const typeWritten = requiredCell(row, 'type');
  const type = typeWritten === undefined ? undefined : findFirearmType(typeWritten);
  if (typeWritten !== undefined && type === undefined) {
    fail(
      row,
      'type',
      'UNKNOWN_FIREARM_TYPE',
      `"${typeWritten}" is not a firearm type; write one of: revolver, pistol, rifle, carbine, shotgun, submachine-gun, assault-rifle, light-machine-gun, other`,
      { value: typeWritten },
    );
  }

  const calibre = calibreCell(row, context);

  const countryOfManufacture = countryCell(row, 'country_of_manufacture', true);
  const importCountry = countryCell(row, 'import_country', false) ?? null;

  const yearOfManufacture =
    yearCell(row, 'year_of_manufacture', EARLIEST_FIREARM_YEAR, context.currentYear) ?? null;
  const importYear = yearCell(row, 'import_year', EARLIEST_FIREARM_YEAR, context.currentYear) ?? null;
  if (importYear !== null && yearOfManufacture !== null && importYear < yearOfManufacture) {
    fail(
      row,
      'import_year',
      'IMPORT_BEFORE_MANUFACTURE',
      `import_year ${importYear} is before year_of_manufacture ${yearOfManufacture}`,
      { importYear, yearOfManufacture },
    );
  }
  if (importYear !== null && isEmptyCell(row, 'import_country')) {
    fail(
      row,
      'import_country',
      'IMPORT_YEAR_WITHOUT_COUNTRY',
      'import_year is given but import_country is empty',
    );
  }

  const facilityCode = facilityCell(row, context);

  const permitNumber = optionalCell(row, 'permit_number');
  const permitExpiresOn = optionalCell(row, 'permit_expires_on');
  if (permitExpiresOn !== undefined && !isIsoDate(permitExpiresOn)) {
    fail(
      row,
      'permit_expires_on',
      'INVALID_DATE',
      `permit_expires_on must be a date written YYYY-MM-DD (e.g. 2027-03-31), not "${permitExpiresOn}"; DD/MM/YYYY is not accepted because 03/04/2027 is read as two different days in different countries`,
      { value: permitExpiresOn },
    );
  }
  if (permitExpiresOn !== undefined && isEmptyCell(row, 'permit_number')) {
    fail(
      row,
      'permit_number',
      'PERMIT_EXPIRY_WITHOUT_NUMBER',
      'permit_expires_on is given but permit_number is empty',
    );
  }

  return toRowResult(row.errors, () => ({
    line,
    serial: serial!,
    serialNormalised: serialNormalised!,
    manufacturerId: manufacturer!.id,
    manufacturerName: manufacturer!.name,
    model,
    type: type!,
    calibreId: calibre!.id,
    calibreName: calibre!.name,
    countryOfManufacture: countryOfManufacture!,
    yearOfManufacture,
    importCountry,
    importYear,
    facilityCode: facilityCode!,
    permit: permitNumber === undefined ? null : { number: permitNumber, expiresOn: permitExpiresOn ?? null },
  }));
}
