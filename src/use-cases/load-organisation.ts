import { findOrganisation, type OrganisationRow } from '../storage/organisation-store';
import type { Queryable } from '../storage/database';
import { notFound } from './app-error';

export async function getOrganisation(db: Queryable, id: string): Promise<OrganisationRow> {
  const row = await findOrganisation(db, id);
  if (!row) throw notFound('Organisation');
  return row;
}
