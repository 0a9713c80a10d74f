import type { User } from '../contracts/users';
import type { Actor } from '../core/access/actor';
import { canReadUsers, visibleOrganisationFilter } from '../core/access/policies';
import { listOrganisations } from '../storage/organisation-store';
import { listUsersOfOrganisations } from '../storage/user-store';
import { notFound } from './app-error';
import type { Context } from './context';
import { getOrganisation } from './load-organisation';
import { toScope, toUser } from './presenters';

/** Users of one organisation, or of every organisation whose people the actor may see. */
export async function listUsers(ctx: Context, actor: Actor, organisationId?: string): Promise<User[]> {
  const { db } = ctx.database;
  if (organisationId) {
    const organisation = await getOrganisation(db, organisationId).catch(() => undefined);
    if (!organisation || !canReadUsers(actor, toScope(organisation))) throw notFound('Organisation');
    return (await listUsersOfOrganisations(db, [organisationId])).map(toUser);
  }
  const visible = await listOrganisations(db, visibleOrganisationFilter(actor));
  const readable = visible.filter((row) => canReadUsers(actor, toScope(row))).map((row) => row.id);
  return (await listUsersOfOrganisations(db, readable)).map(toUser);
}
