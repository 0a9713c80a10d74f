import type { Queryable } from '../../storage/database';
import type { Context } from '../context';
import { sendWebhook, WEBHOOK_RETRY_MINUTES } from '../webhook-sender';

/**
 * Tell the licensing regulator's system of a new incident: one signed POST (HMAC-SHA256 in
 * X-Custodia-Signature, as the armoury's overdue alerts) to the URL the regulator configured.
 * Sent after the incident is committed; the outcome is kept on the incident (none, pending,
 * delivered, failed). A failed attempt is retried after 1, 5, 15 and 60 minutes (the same schedule
 * as the overdue alerts) by deliverPendingIncidentWebhooks, which the server runs periodically.
 */
export async function deliverIncidentWebhook(ctx: Context, incidentId: string): Promise<void> {
  const db = ctx.database.db;
  const incident = await db
    .selectFrom('incident as i')
    .innerJoin('organisation as o', 'o.id', 'i.organisation_id')
    .select([
      'i.id',
      'i.reference',
      'i.kind',
      'i.organisation_id',
      'o.name as organisation_name',
      'o.licensed_by_id',
      'i.discovered_at',
      'i.occurred_at',
      'i.place',
      'i.created_at',
      'i.webhook_attempts',
      'i.webhook_status',
      'i.webhook_next_attempt_at',
    ])
    .where('i.id', '=', incidentId)
    .executeTakeFirst();
  if (!incident?.licensed_by_id || incident.webhook_status !== 'pending') return;
  if (incident.webhook_next_attempt_at !== null && incident.webhook_next_attempt_at > ctx.now()) return;
  const hook = await db
    .selectFrom('incident_webhook_setting')
    .selectAll()
    .where('regulator_id', '=', incident.licensed_by_id)
    .executeTakeFirst();
  if (!hook?.webhook_url) {
    await db
      .updateTable('incident')
      .set({ webhook_status: 'none', webhook_next_attempt_at: null })
      .where('id', '=', incidentId)
      .execute();
    return;
  }
  const firearms = await db
    .selectFrom('incident_firearm as f')
    .innerJoin('firearm as w', 'w.id', 'f.firearm_id')
    .select(['f.firearm_id', 'f.role', 'w.serial', 'w.status'])
    .where('f.incident_id', '=', incidentId)
    .execute();
  const body = JSON.stringify({
    event: 'incident.filed',
    incidentId: incident.id,
    reference: incident.reference,
    kind: incident.kind,
    organisationId: incident.organisation_id,
    organisationName: incident.organisation_name,
    occurredAt: incident.occurred_at,
    discoveredAt: incident.discovered_at,
    place: incident.place,
    filedAt: incident.created_at,
    firearms: firearms.map((f) => ({
      firearmId: f.firearm_id,
      serial: f.serial,
      role: f.role,
      status: f.status,
    })),
  });
  const attempts = incident.webhook_attempts + 1;
  const error = await sendWebhook(
    {
      url: hook.webhook_url,
      secret: hook.webhook_secret,
      event: 'incident.filed',
      deliveryId: `${incident.id}.${attempts}`,
      body,
    },
    ctx.settings.outbound,
  );
  const wait = error ? WEBHOOK_RETRY_MINUTES[attempts - 1] : undefined;
  if (error) ctx.log.warn({ incidentId, attempts, error }, 'incident webhook delivery failed');
  await db
    .updateTable('incident')
    .set({
      webhook_status: error === null ? 'delivered' : wait === undefined ? 'failed' : 'pending',
      webhook_attempts: attempts,
      webhook_last_error: error?.slice(0, 500) ?? null,
      webhook_next_attempt_at:
        wait === undefined ? null : new Date(Date.parse(ctx.now()) + wait * 60_000).toISOString(),
    })
    .where('id', '=', incidentId)
    .execute();
}

/** Deliver every incident webhook due (first attempts and retries), oldest first; one attempt each. */
export async function deliverPendingIncidentWebhooks(ctx: Context): Promise<void> {
  const pending = await ctx.database.db
    .selectFrom('incident')
    .select('id')
    .where('webhook_status', '=', 'pending')
    .where('webhook_next_attempt_at', '<=', ctx.now())
    .orderBy('created_at')
    .limit(100)
    .execute();
  for (const row of pending) await deliverIncidentWebhook(ctx, row.id);
}

/** Whether a new incident of this company has a webhook to deliver (its regulator configured one). */
export async function hasIncidentWebhook(db: Queryable, regulatorId: string | null): Promise<boolean> {
  if (!regulatorId) return false;
  const hook = await db
    .selectFrom('incident_webhook_setting')
    .select('webhook_url')
    .where('regulator_id', '=', regulatorId)
    .executeTakeFirst();
  return Boolean(hook?.webhook_url);
}
