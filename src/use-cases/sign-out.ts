import { deleteSession } from '../storage/session-store';
import type { SessionAuth } from './authenticate';
import type { Context, RequestInfo } from './context';
import { recordAuditEvent } from './record-audit-event';

export async function signOut(ctx: Context, auth: SessionAuth, request: RequestInfo): Promise<void> {
  await ctx.database.db.transaction().execute(async (trx) => {
    await deleteSession(trx, auth.session.id);
    await recordAuditEvent(ctx, trx, request, {
      type: 'sign-out',
      organisationId: auth.user.organisation_id,
      actorUserId: auth.user.id,
      subjectUserId: auth.user.id,
    });
  });
}
