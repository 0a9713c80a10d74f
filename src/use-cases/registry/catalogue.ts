import { FIREARM_TYPE_CODES } from '../../core/holdings/firearm-type-codes';
import type { Queryable } from '../../storage/database';
import { AppError } from '../app-error';
import { catalogueMatcher } from './catalogue-matcher';

/**
 * Forms and imports pick manufacturers and calibres from the reference catalogue, matched
 * tolerantly ("9x19mm", "9×19 mm" and "9 mm Parabellum" are one calibre), so the same make is not
 * spelled five ways. An unknown value is refused naming the closest entries.
 */
export interface CatalogueChoice {
  readonly id: string;
  readonly name: string;
}

async function loadEntries(db: Queryable, table: 'catalogue_manufacturer' | 'catalogue_calibre') {
  const rows = await db.selectFrom(table).select(['id', 'name', 'aliases']).execute();
  return rows.map((r) => ({ id: r.id, name: r.name, aliases: JSON.parse(r.aliases) as string[] }));
}

function unknown(field: string, what: string, value: string, suggestions: readonly string[]): never {
  const hint = suggestions.length ? `; closest: ${suggestions.join(', ')}` : '';
  throw new AppError('VALIDATION_FAILED', `Unknown ${what} "${value}"${hint}`, {
    fields: [{ path: field, message: `unknown ${what}${hint}` }],
    suggestions,
  });
}

export async function resolveManufacturer(db: Queryable, value: string, field: string): Promise<CatalogueChoice> {
  const match = catalogueMatcher(await loadEntries(db, 'catalogue_manufacturer')).match(value);
  return match.ok ? match.entry : unknown(field, 'manufacturer', value, match.suggestions);
}

export async function resolveCalibre(db: Queryable, value: string, field: string): Promise<CatalogueChoice> {
  const match = catalogueMatcher(await loadEntries(db, 'catalogue_calibre')).match(value);
  return match.ok ? match.entry : unknown(field, 'calibre', value, match.suggestions);
}

export function resolveFirearmType(value: string, field: string): string {
  const code = value.trim().toLowerCase().replace(/[\s_]+/g, '-');
  if ((FIREARM_TYPE_CODES as readonly string[]).includes(code)) return code;
  throw new AppError('VALIDATION_FAILED', `Unknown firearm type "${value}"`, {
    fields: [{ path: field, message: `one of ${FIREARM_TYPE_CODES.join(', ')}` }],
  });
}
