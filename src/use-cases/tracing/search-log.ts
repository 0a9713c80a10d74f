import type { Actor } from '../../core/access/actor';
import { canReadSearchLog } from '../../core/tracing/tracing-access';
import { listSearchLog, insertSearchLog, userNames } from '../../storage/trace-request-store';
import { forbidden } from '../app-error';
import type { Context } from '../context';
import { actorIdOf } from '../ledger/append-entry';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type SearchKind = 'search' | 'quick-check' | 'request-candidates';

/** Every search of the registry, by anyone, is recorded: who, what, when, and how many results. */
export async function logSearch(
  ctx: Context,
  actor: Actor,
  search: { kind: SearchKind; query: Record<string, string>; results: number; requestId: string | null },
): Promise<void> {
  await insertSearchLog(ctx.database.db, {
    id: ctx.newId(),
    at: ctx.now(),
    actor_id: actorIdOf(actor),
    // The console operator (CLI) acts for no organisation.
    organisation_id: UUID.test(actor.organisationId) ? actor.organisationId : null,
    kind: search.kind,
    query: JSON.stringify(search.query),
    results: search.results,
    request_id: search.requestId,
  });
}

/** The log: administrators see all of it; a regulator sees the searches made in its country. */
export async function readSearchLog(ctx: Context, actor: Actor, page: { limit: number; offset: number }) {
  if (!canReadSearchLog(actor)) throw forbidden('Only administrators and the regulator read the search log');
  const countryCode = actor.roles.includes('system-admin') ? null : actor.countryCode;
  const { rows, total } = await listSearchLog(ctx.database.db, { countryCode, ...page });
  const names = await userNames(
    ctx.database.db,
    rows.map((r) => r.actor_id),
  );
  return {
    items: rows.map((r) => ({
      id: r.id,
      at: r.at,
      actorId: r.actor_id,
      actor: names.get(r.actor_id) ?? null,
      organisationId: r.organisation_id,
      organisation: r.organisation_name,
      kind: r.kind,
      query: JSON.parse(r.query) as Record<string, unknown>,
      results: Number(r.results),
      requestId: r.request_id,
    })),
    total,
  };
}
