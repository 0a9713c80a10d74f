import {
  matchCalibre,
  matchManufacturer,
  type CatalogueEntryLike,
  type CatalogueMatch,
} from '../../core/registry/catalogue-matching';
import { findFirearmType, FIREARM_TYPES } from '../../core/registry/firearm-types';
import type { Queryable } from '../../storage/database';
import { AppError } from '../app-error';

/**
 * Forms and imports pick manufacturers and calibres from the reference catalogue, matched
 * tolerantly ("9x19mm", "9×19 mm" and "9 mm Parabellum" are one calibre), so the same make is not
 * spelled five ways. An unknown value is refused naming the closest entries.
 */
export type CatalogueChoice = CatalogueEntryLike;

export async function loadCatalogue(
  db: Queryable,
  table: 'catalogue_manufacturer' | 'catalogue_calibre',
): Promise<CatalogueEntryLike[]> {
  const rows = await db.selectFrom(table).select(['id', 'name', 'aliases']).execute();
  return rows.map((r) => ({ id: r.id, name: r.name, aliases: JSON.parse(r.aliases) as string[] }));
}

function chosen(
  match: CatalogueMatch<CatalogueEntryLike>,
  field: string,
  what: string,
  value: string,
): CatalogueChoice {
  if (match.ok) return match.value;
  const hint = match.suggestions.length ? `; closest: ${match.suggestions.join(', ')}` : '';
  throw new AppError(
    'VALIDATION_FAILED',
    `${match.reason === 'ambiguous' ? 'Ambiguous' : 'Unknown'} ${what} "${value}"${hint}`,
    {
      fields: [{ path: field, message: `${match.reason} ${what}${hint}` }],
      suggestions: match.suggestions,
    },
  );
}

export async function resolveManufacturer(
  db: Queryable,
  value: string,
  field: string,
): Promise<CatalogueChoice> {
  return chosen(
    matchManufacturer(value, await loadCatalogue(db, 'catalogue_manufacturer')),
    field,
    'manufacturer',
    value,
  );
}

export async function resolveCalibre(db: Queryable, value: string, field: string): Promise<CatalogueChoice> {
  return chosen(matchCalibre(value, await loadCatalogue(db, 'catalogue_calibre')), field, 'calibre', value);
}

export function resolveFirearmType(value: string, field: string): string {
  const type = findFirearmType(value);
  if (type) return type;
  throw new AppError('VALIDATION_FAILED', `Unknown firearm type "${value}"`, {
    fields: [{ path: field, message: `one of ${FIREARM_TYPES.join(', ')}` }],
  });
}
