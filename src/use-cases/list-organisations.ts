import type { Organisation } from '../contracts/organisations';
import type { Actor } from '../core/access/actor';
import { canReadOrganisation, visibleOrganisationFilter } from '../core/access/policies';
import { listOrganisations as listRows } from '../storage/organisation-store';
import { notFound } from './app-error';
import type { Context } from './context';
import { getOrganisation } from './load-organisation';
import { toOrganisation, toScope } from './presenters';

export async function listOrganisations(ctx: Context, actor: Actor, kind?: string): Promise<Organisation[]> {
  const rows = await listRows(ctx.database.db, visibleOrganisationFilter(actor), { kind });
  return rows.map(toOrganisation);
}

export async function readOrganisation(ctx: Context, actor: Actor, id: string): Promise<Organisation> {
  const row = await getOrganisation(ctx.database.db, id);
  // A foreign organisation answers 404, not 403, so ids cannot be probed.
  if (!canReadOrganisation(actor, toScope(row))) throw notFound('Organisation');
  return toOrganisation(row);
}
