import type { AuditEventType } from '../contracts/audit';
import { appendAuditEvent } from '../storage/audit-store';
import type { Queryable } from '../storage/database';
import type { Context, RequestInfo } from './context';

export interface AuditFacts {
  readonly type: AuditEventType;
  readonly organisationId: string | null;
  readonly actorUserId: string | null;
  readonly subjectUserId?: string | null;
  readonly details?: Record<string, unknown>;
}

/**
 * Append one audit event to the audit chain, in the caller's transaction when it has one (record it
 * last in that transaction: the chain's head stays locked until the commit).
 */
export async function recordAuditEvent(
  ctx: Context,
  db: Queryable,
  request: RequestInfo,
  facts: AuditFacts,
): Promise<void> {
  await appendAuditEvent(db, {
    id: ctx.newId(),
    at: ctx.now(),
    type: facts.type,
    organisation_id: facts.organisationId,
    actor_user_id: facts.actorUserId,
    subject_user_id: facts.subjectUserId ?? null,
    request_id: request.requestId,
    ip: request.ip,
    details: JSON.stringify(facts.details ?? {}),
  });
}
