import {
  CATALOGUE_CALIBRES,
  CATALOGUE_MANUFACTURERS,
  CATALOGUE_MODELS,
} from '../../core/registry/catalogue-data';
import type { Queryable } from '../../storage/database';

/** Add the shipped catalogue entries that are missing (entries an administrator added are kept). */
export async function ensureCatalogue(db: Queryable): Promise<void> {
  await db
    .insertInto('catalogue_manufacturer')
    .values(
      CATALOGUE_MANUFACTURERS.map((m) => ({
        id: m.id,
        name: m.name,
        country_code: m.countryCode,
        aliases: JSON.stringify(m.aliases),
      })),
    )
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
  await db
    .insertInto('catalogue_calibre')
    .values(
      CATALOGUE_CALIBRES.map((c) => ({
        id: c.id,
        name: c.name,
        category: c.category,
        aliases: JSON.stringify(c.aliases),
      })),
    )
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
  await db
    .insertInto('catalogue_model')
    .values(
      CATALOGUE_MODELS.map((m) => ({
        id: `${m.manufacturerId}:${m.model.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
        manufacturer_id: m.manufacturerId,
        name: m.model,
        type: m.type,
        calibre_id: m.calibreId,
      })),
    )
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
}
