import type { Organisation } from '../contracts/organisations';
import type { Actor } from '../core/access/actor';
import { canReadOrganisation, canUpdateOrganisationSettings } from '../core/access/policies';
import { updateOrganisationSettings as updateRow } from '../storage/organisation-store';
import { forbidden, notFound } from './app-error';
import type { Context, RequestInfo } from './context';
import { getOrganisation } from './load-organisation';
import { toOrganisation, toScope } from './presenters';
import { recordAuditEvent } from './record-audit-event';

export async function updateOrganisationSettings(
  ctx: Context,
  actor: Actor,
  id: string,
  settings: { requiresTotp: boolean },
  request: RequestInfo,
): Promise<Organisation> {
  return ctx.database.db.transaction().execute(async (trx) => {
    const row = await getOrganisation(trx, id);
    const scope = toScope(row);
    if (!canReadOrganisation(actor, scope)) throw notFound('Organisation');
    if (!canUpdateOrganisationSettings(actor, scope)) throw forbidden();
    await updateRow(trx, id, { requires_totp: settings.requiresTotp ? 1 : 0 });
    await recordAuditEvent(ctx, trx, request, {
      type: 'organisation-settings-changed',
      organisationId: id,
      actorUserId: actor.userId,
      details: { requiresTotp: settings.requiresTotp },
    });
    return toOrganisation({ ...row, requires_totp: settings.requiresTotp ? 1 : 0 });
  });
}
