import type { Actor } from '../../core/access/actor';
import {
  validatePersonnelHeader,
  validatePersonnelRow,
  type PersonnelRow,
  type PersonnelRowError,
} from '../../core/armoury/validate-personnel-row';
import type { SpreadsheetRow } from '../import/read-spreadsheet';
import type { Context } from '../context';
import { companyFor, rulesOf } from './company-access';
import { nationalIdKey, personnelRow, qualificationRow } from './personnel';

export interface PersonnelImportResult {
  readonly rowsRead: number;
  readonly created: number;
  readonly dryRun: boolean;
  readonly errors: readonly PersonnelRowError[];
}

/**
 * Import personnel from CSV/XLSX rows: every row is checked (header, values, duplicates in the file
 * and against those already recorded) and either all are written in one transaction or none.
 */
export async function importPersonnel(
  ctx: Context,
  actor: Actor,
  options: {
    organisationId: string;
    header: readonly string[];
    rows: () => AsyncIterable<SpreadsheetRow>;
    dryRun: boolean;
  },
): Promise<PersonnelImportResult> {
  const db = ctx.database.db;
  const organisation = await companyFor(db, actor, options.organisationId, 'manage');
  const errors: PersonnelRowError[] = [...validatePersonnelHeader(options.header)];
  const valid: Array<{ line: number; row: PersonnelRow }> = [];
  const firstLine = new Map<string, number>();
  let rowsRead = 0;
  if (errors.length === 0)
    for await (const { line, record } of options.rows()) {
      rowsRead++;
      const result = validatePersonnelRow(line, record);
      if (!result.ok) {
        errors.push(...result.errors);
        continue;
      }
      const key = nationalIdKey(result.value.nationalId);
      const seen = firstLine.get(key);
      if (seen !== undefined)
        errors.push({
          line,
          column: 'national_id',
          code: 'DUPLICATE_PERSON_IN_FILE',
          reason: `the same national id as line ${seen}`,
          params: { firstLine: seen },
        });
      else firstLine.set(key, line);
      valid.push({ line, row: result.value });
    }
  const keys = [...firstLine.keys()];
  for (let i = 0; i < keys.length; i += 500) {
    const existing = await db
      .selectFrom('personnel')
      .select('national_id_key')
      .where('organisation_id', '=', organisation.id)
      .where('national_id_key', 'in', keys.slice(i, i + 500))
      .execute();
    for (const e of existing)
      errors.push({
        line: firstLine.get(e.national_id_key)!,
        column: 'national_id',
        code: 'PERSON_ALREADY_RECORDED',
        reason: 'a person with this national id is already recorded in the organisation',
      });
  }
  errors.sort((a, b) => a.line - b.line);
  if (errors.length > 0 || options.dryRun) return { rowsRead, created: 0, dryRun: options.dryRun, errors };
  const rules = await rulesOf(db, organisation);
  await db.transaction().execute(async (trx) => {
    for (const { row } of valid) {
      const person = personnelRow(ctx, organisation.id, {
        nationalId: row.nationalId,
        fullName: row.fullName,
        role: row.role,
        status: row.status,
        photoId: null,
        userId: null,
        licence: row.licence,
      });
      await trx.insertInto('personnel').values(person).execute();
      if (row.qualification)
        await trx
          .insertInto('personnel_qualification')
          .values(
            qualificationRow(
              ctx,
              organisation.id,
              person.id,
              row.qualification,
              rules.qualificationValidityMonths,
            ),
          )
          .execute();
    }
  });
  return { rowsRead, created: valid.length, dryRun: false, errors: [] };
}
