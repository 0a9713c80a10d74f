import type { AuditEvent, AuditEventType, ListAuditEventsQuery } from '../contracts/audit';
import type { Actor } from '../core/access/actor';
import { hasRole } from '../core/access/actor';
import { canReadAudit, type OrganisationFilter } from '../core/access/policies';
import { listAuditEvents as listRows } from '../storage/audit-store';
import { forbidden, notFound } from './app-error';
import type { Context } from './context';
import { getOrganisation } from './load-organisation';
import { toScope } from './presenters';

/** The audit log, for administrators (everything) and regulator officers (their body and its PSCs). */
export async function listAuditEvents(
  ctx: Context,
  actor: Actor,
  query: ListAuditEventsQuery,
): Promise<{ items: AuditEvent[]; total: number }> {
  const { db } = ctx.database;
  let filter: OrganisationFilter;
  if (hasRole(actor, 'system-admin')) filter = { kind: 'all' };
  else if (hasRole(actor, 'regulator-officer') && actor.organisationKind === 'regulator') {
    filter = { kind: 'some', ids: [actor.organisationId], licensedBy: actor.organisationId };
  } else throw forbidden('Only administrators and regulator officers read the audit log');
  if (query.organisationId) {
    const target = await getOrganisation(db, query.organisationId).catch(() => undefined);
    if (!target || !canReadAudit(actor, toScope(target))) throw notFound('Organisation');
  }
  const { rows, total } = await listRows(db, { ...query, filter });
  return {
    total,
    items: rows.map((row) => ({
      id: row.id,
      at: row.at,
      type: row.type as AuditEventType,
      organisationId: row.organisation_id,
      actorUserId: row.actor_user_id,
      subjectUserId: row.subject_user_id,
      requestId: row.request_id,
      ip: row.ip,
      details: JSON.parse(row.details) as Record<string, unknown>,
    })),
  };
}
