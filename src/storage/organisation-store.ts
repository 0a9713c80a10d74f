import type { OrganisationFilter } from '../core/access/policies';
import type { Queryable } from './database';
import { preparedQuery } from './prepared-query';
import type { OrganisationTable } from './schema';

export type OrganisationRow = OrganisationTable;

export async function insertOrganisation(db: Queryable, row: OrganisationRow): Promise<void> {
  await db.insertInto('organisation').values(row).execute();
}

const organisationById = preparedQuery<{ id: string }, OrganisationRow>(['id'], (db, p) =>
  db.selectFrom('organisation').selectAll().where('id', '=', p.id),
);

export async function findOrganisation(db: Queryable, id: string): Promise<OrganisationRow | undefined> {
  return (await organisationById(db, { id })).rows[0];
}

export async function findOrganisationByCode(
  db: Queryable,
  code: string,
): Promise<OrganisationRow | undefined> {
  return db.selectFrom('organisation').selectAll().where('code', '=', code).executeTakeFirst();
}

export async function listOrganisations(
  db: Queryable,
  filter: OrganisationFilter,
  options: { kind?: string | undefined } = {},
): Promise<OrganisationRow[]> {
  let query = db.selectFrom('organisation').selectAll();
  if (filter.kind === 'some') {
    const { ids, licensedBy } = filter;
    // An empty IN () is an error on PostgreSQL (SQLite accepts it): nothing is visible.
    if (ids.length === 0 && licensedBy === null) return [];
    if (ids.length === 0)
      return query.where('licensed_by_id', '=', licensedBy).orderBy('kind').orderBy('name').execute();
    query = query.where((eb) =>
      licensedBy === null
        ? eb('id', 'in', [...ids])
        : eb.or([eb('id', 'in', [...ids]), eb('licensed_by_id', '=', licensedBy)]),
    );
  }
  if (options.kind) query = query.where('kind', '=', options.kind);
  return query.orderBy('kind').orderBy('name').execute();
}

export async function updateOrganisationSettings(
  db: Queryable,
  id: string,
  settings: { requires_totp: number },
): Promise<void> {
  await db.updateTable('organisation').set(settings).where('id', '=', id).execute();
}

export async function countOrganisations(db: Queryable): Promise<number> {
  const row = await db
    .selectFrom('organisation')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
