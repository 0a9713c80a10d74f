import { COMPATIBILITY_GROUPS, isCompatibilityGroup } from '../hazard/compatibility-groups';
import type { CompatibilityGroup } from '../hazard/compatibility-groups';
import { HAZARD_DIVISIONS, isHazardDivision } from '../hazard/hazard-divisions';
import type { HazardDivision } from '../hazard/hazard-divisions';
import { findUnNumber } from '../hazard/un-numbers';
import { AMMUNITION_TEMPLATE } from './import-templates';
import {
  calibreCell,
  fail,
  facilityCell,
  manufacturerCell,
  optionalCell,
  reportExtraCells,
  requiredCell,
  startRow,
  yearCell,
} from './row-checks';
import type { RowContext } from './row-checks';
import type { RowState } from './row-checks';
import { toRowResult } from './row-error';
import type { RowResult } from './row-error';

/** An ammunition row that passed every check, ready for the receive-ammunition use-case. */
export interface AmmunitionDraft {
  readonly line: number;
  readonly lotNumber: string;
  readonly calibreId: string;
  readonly calibreName: string;
  readonly manufacturerId: string;
  readonly manufacturerName: string;
  readonly year: number | null;
  /** Four digits, e.g. "0012" (architecture guide, "Data conventions"). */
  readonly unNumber: string | null;
  readonly hazardDivision: HazardDivision | null;
  readonly compatibilityGroup: CompatibilityGroup | null;
  /** Where HD/CG came from: Custodia's UN-number list, or the row; null when neither was given. */
  readonly hazardSource: 'un-number' | 'entered' | null;
  /** Kilograms of NEQ per 1,000 rounds as a decimal string with a dot, e.g. "0.35". */
  readonly neqKgPer1000: string | null;
  readonly rounds: number;
  readonly facilityCode: string;
}

/** The same floor as the registry's API for a lot's year (src/contracts/registry.ts). */
export const EARLIEST_AMMUNITION_YEAR = 1900;
/** The largest lot quantity the registry's API accepts (src/contracts/registry.ts `Rounds`). */
export const MAX_ROUNDS_PER_ROW = 10_000_000;

/** A whole number of rounds from 1 to MAX_ROUNDS_PER_ROW, without thousands separators. */
function roundsCell(row: RowState): number | undefined {
  const written = requiredCell(row, 'rounds');
  if (written === undefined) return undefined;
  const value = /^\d+$/.test(written) ? Number(written) : Number.NaN;
  if (value >= 1 && value <= MAX_ROUNDS_PER_ROW) return value;
  const hint = /^\d{1,3}([.,\s]\d{3})+$/.test(written) ? '; write it without thousands separators' : '';
  const reason = `rounds must be a whole number from 1 to ${MAX_ROUNDS_PER_ROW}, not "${written}"${hint}`;
  fail(row, 'rounds', 'INVALID_ROUNDS', reason, { value: written, max: MAX_ROUNDS_PER_ROW });
  return undefined;
}

type HazardClassification = Pick<
  AmmunitionDraft,
  'unNumber' | 'hazardDivision' | 'compatibilityGroup' | 'hazardSource'
>;

/** The UN number and the HD/CG it gives or the row states (rules in `validateAmmunitionRow`). */
function hazardCells(row: RowState): HazardClassification {
  const unWritten = optionalCell(row, 'un_number');
  const unNumber = unWritten === undefined ? undefined : /^(?:UN\s*)?(\d{4})$/i.exec(unWritten)?.[1];
  if (unWritten !== undefined && unNumber === undefined) {
    fail(
      row,
      'un_number',
      'INVALID_UN_NUMBER',
      `un_number must be four digits, e.g. 0012, not "${unWritten}" (format the column as text so leading zeros stay)`,
      { value: unWritten },
    );
  }

  const divisionWritten = optionalCell(row, 'hazard_division');
  const division = divisionWritten?.replace(',', '.');
  if (division !== undefined && !isHazardDivision(division)) {
    const hint = /^1[.,][1-6][A-Z]$/i.test(divisionWritten!)
      ? '; write the group letter in compatibility_group'
      : '';
    fail(
      row,
      'hazard_division',
      'INVALID_HAZARD_DIVISION',
      `hazard_division must be one of ${HAZARD_DIVISIONS.join(', ')}, not "${divisionWritten}"${hint}`,
      { value: divisionWritten! },
    );
  }
  const groupWritten = optionalCell(row, 'compatibility_group');
  const group = groupWritten?.toUpperCase();
  if (group !== undefined && !isCompatibilityGroup(group)) {
    fail(
      row,
      'compatibility_group',
      'INVALID_COMPATIBILITY_GROUP',
      `compatibility_group must be one of ${COMPATIBILITY_GROUPS.join(', ')}, not "${groupWritten}"`,
      { value: groupWritten! },
    );
  }
  const validDivision = division !== undefined && isHazardDivision(division) ? division : undefined;
  const validGroup = group !== undefined && isCompatibilityGroup(group) ? group : undefined;

  const known = unNumber === undefined ? undefined : findUnNumber(unNumber);
  if (known) {
    if (validDivision !== undefined && validDivision !== known.hazardDivision) {
      fail(
        row,
        'hazard_division',
        'HAZARD_DIVISION_CONFLICT',
        `UN ${known.unNumber} is hazard division ${known.hazardDivision}, not ${validDivision}`,
        { unNumber: known.unNumber, expected: known.hazardDivision, value: validDivision },
      );
    }
    if (validGroup !== undefined && validGroup !== known.compatibilityGroup) {
      fail(
        row,
        'compatibility_group',
        'COMPATIBILITY_GROUP_CONFLICT',
        `UN ${known.unNumber} is compatibility group ${known.compatibilityGroup}, not ${validGroup}`,
        { unNumber: known.unNumber, expected: known.compatibilityGroup, value: validGroup },
      );
    }
    return {
      unNumber: known.unNumber,
      hazardDivision: known.hazardDivision,
      compatibilityGroup: known.compatibilityGroup,
      hazardSource: 'un-number',
    };
  }
  const isOneGiven = (divisionWritten === undefined) !== (groupWritten === undefined);
  if (unNumber !== undefined || isOneGiven) {
    const code =
      unNumber === undefined ? 'HAZARD_CLASSIFICATION_INCOMPLETE' : 'HAZARD_CLASSIFICATION_MISSING';
    const why =
      unNumber === undefined
        ? 'give both hazard_division and compatibility_group, or neither'
        : `UN ${unNumber} is not in Custodia's list, so give its hazard_division and compatibility_group`;
    if (divisionWritten === undefined) fail(row, 'hazard_division', code, why);
    if (groupWritten === undefined) fail(row, 'compatibility_group', code, why);
  }

  return {
    unNumber: unNumber ?? null,
    hazardDivision: validDivision ?? null,
    compatibilityGroup: validGroup ?? null,
    hazardSource: validDivision || validGroup ? 'entered' : null,
  };
}

/** Kilograms per 1,000 rounds as a decimal string with a dot; null when empty, undefined when wrong. */
function neqCell(row: RowState): string | null | undefined {
  const written = optionalCell(row, 'neq_kg_per_1000');
  if (written === undefined) return null;
  if (/^\d{1,9}([.,]\d{1,6})?$/.test(written)) return written.replace(',', '.');
  const reason = `neq_kg_per_1000 must be a non-negative decimal in kilograms (e.g. 0.35 or 0,35; at most 6 decimals), not "${written}"`;
  fail(row, 'neq_kg_per_1000', 'INVALID_NEQ', reason, { value: written });
  return undefined;
}

/**
 * Checks one line of an ammunition import (columns in `AMMUNITION_TEMPLATE`) and returns the draft
 * or every problem of the line. The rules, from issue 3 unless said otherwise:
 * - lot_number, calibre, manufacturer and rounds are required; facility too unless defaulted;
 * - rounds is a whole number above zero, written without thousands separators;
 * - un_number is four digits ("0012"; "UN 0012" accepted). When Custodia knows it (fact sheet §1.5)
 *   the hazard division and compatibility group come from it, and any written in the row must
 *   agree; when it does not, both must be written; with no UN number they may be left out, but not
 *   one without the other;
 * - hazard_division is 1.1–1.6 and compatibility_group one of A–H, J, K, L, N, S (IATG 01.50 §6.1,
 *   §6.2; fact sheet §1.1, §1.2);
 * - neq_kg_per_1000 is a non-negative decimal (dot or comma), at most 9 digits before and 6 after.
 */
export function validateAmmunitionRow(
  record: Readonly<Record<string, string | undefined>>,
  line: number,
  context: RowContext,
): RowResult<AmmunitionDraft> {
  const row = startRow(record, line, AMMUNITION_TEMPLATE);
  reportExtraCells(row);

  const lotNumber = requiredCell(row, 'lot_number');
  const calibre = calibreCell(row, context);
  const manufacturer = manufacturerCell(row, context);
  const year = yearCell(row, 'year', EARLIEST_AMMUNITION_YEAR, context.currentYear) ?? null;

  const rounds = roundsCell(row);
  const hazard = hazardCells(row);
  const neqKgPer1000 = neqCell(row) ?? null;

  const facilityCode = facilityCell(row, context);

  return toRowResult(row.errors, () => ({
    line,
    lotNumber: lotNumber!,
    calibreId: calibre!.id,
    calibreName: calibre!.name,
    manufacturerId: manufacturer!.id,
    manufacturerName: manufacturer!.name,
    year,
    ...hazard,
    neqKgPer1000,
    rounds: rounds!,
    facilityCode: facilityCode!,
  }));
}
