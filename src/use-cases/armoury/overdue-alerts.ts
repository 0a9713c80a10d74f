import type { Actor } from '../../core/access/actor';
import type { Queryable } from '../../storage/database';
import { notFound } from '../app-error';
import type { Context } from '../context';
import { companyFor, rulesOf } from './company-access';
import { presentIssues } from './read-issues';
import { findOrganisation } from '../../storage/organisation-store';
import { sendWebhook, WEBHOOK_RETRY_MINUTES } from '../webhook-sender';

export { signWebhookBody, WEBHOOK_RETRY_MINUTES } from '../webhook-sender';

export interface SweepResult {
  alertsRaised: number;
  webhooksDelivered: number;
  webhooksFailed: number;
}

async function raiseAlerts(ctx: Context, db: Queryable, organisationId: string | null): Promise<number> {
  const now = ctx.now();
  let overdue = db
    .selectFrom('armoury_issue as i')
    .leftJoin('armoury_alert as a', (join) =>
      join.onRef('a.issue_id', '=', 'i.id').on('a.kind', '=', 'overdue'),
    )
    .select(['i.id', 'i.organisation_id'])
    .where('i.status', '=', 'out')
    .where('i.expected_return_at', '<', now)
    .where('a.id', 'is', null);
  if (organisationId) overdue = overdue.where('i.organisation_id', '=', organisationId);
  const rows = await overdue.limit(5000).execute();
  const hooks = new Map<string, boolean>();
  for (const row of rows) {
    if (!hooks.has(row.organisation_id)) {
      const organisation = await findOrganisation(db, row.organisation_id);
      hooks.set(
        row.organisation_id,
        organisation ? (await rulesOf(db, organisation)).webhookUrl !== null : false,
      );
    }
    await db
      .insertInto('armoury_alert')
      .values({
        id: ctx.newId(),
        organisation_id: row.organisation_id,
        kind: 'overdue',
        issue_id: row.id,
        created_at: now,
        acknowledged_at: null,
        acknowledged_by: null,
        webhook_status: hooks.get(row.organisation_id) ? 'pending' : 'none',
        webhook_attempts: 0,
        webhook_last_error: null,
        webhook_next_attempt_at: hooks.get(row.organisation_id) ? now : null,
      })
      .onConflict((oc) => oc.columns(['issue_id', 'kind']).doNothing())
      .execute();
  }
  return rows.length;
}

async function deliverPending(
  ctx: Context,
  db: Queryable,
  organisationId: string | null,
): Promise<{ delivered: number; failed: number }> {
  const now = ctx.now();
  let pending = db
    .selectFrom('armoury_alert')
    .selectAll()
    .where('webhook_status', '=', 'pending')
    .where('webhook_next_attempt_at', '<=', now);
  if (organisationId) pending = pending.where('organisation_id', '=', organisationId);
  const alerts = await pending.orderBy('created_at').limit(200).execute();
  let delivered = 0;
  let failed = 0;
  for (const alert of alerts) {
    const organisation = await findOrganisation(db, alert.organisation_id);
    const rules = organisation ? await rulesOf(db, organisation) : null;
    const issueRow = await db
      .selectFrom('armoury_issue')
      .selectAll()
      .where('id', '=', alert.issue_id)
      .executeTakeFirstOrThrow();
    const [issue] = await presentIssues(ctx, db, [issueRow]);
    const body = JSON.stringify({
      event: 'armoury.issue.overdue',
      alertId: alert.id,
      organisationId: alert.organisation_id,
      raisedAt: alert.created_at,
      issue: {
        id: issue!.id,
        firearmSerial: issue!.firearm.serial,
        firearmType: issue!.firearm.type,
        personnelName: issue!.personnel.fullName,
        facilityName: issue!.facilityName,
        post: issue!.post ? `${issue!.post.siteName} — ${issue!.post.name}` : null,
        issuedAt: issue!.issuedAt,
        expectedReturnAt: issue!.expectedReturnAt,
      },
    });
    const error: string | null = !rules?.webhookUrl
      ? 'no webhook URL configured'
      : await sendWebhook(
          {
            url: rules.webhookUrl,
            secret: rules.webhookSecret,
            event: 'armoury.issue.overdue',
            deliveryId: `${alert.id}.${alert.webhook_attempts + 1}`,
            body,
          },
          ctx.settings.outbound,
        );
    const attempts = alert.webhook_attempts + 1;
    if (error === null) {
      delivered++;
      await db
        .updateTable('armoury_alert')
        .set({
          webhook_status: 'delivered',
          webhook_attempts: attempts,
          webhook_last_error: null,
          webhook_next_attempt_at: null,
        })
        .where('id', '=', alert.id)
        .execute();
    } else {
      const wait = WEBHOOK_RETRY_MINUTES[attempts - 1];
      if (wait === undefined) failed++;
      await db
        .updateTable('armoury_alert')
        .set({
          webhook_status: wait === undefined ? 'failed' : 'pending',
          webhook_attempts: attempts,
          webhook_last_error: error.slice(0, 500),
          webhook_next_attempt_at:
            wait === undefined ? null : new Date(Date.parse(now) + wait * 60_000).toISOString(),
        })
        .where('id', '=', alert.id)
        .execute();
      ctx.log.warn({ alertId: alert.id, attempts, error }, 'overdue webhook delivery failed');
    }
  }
  return { delivered, failed };
}

/**
 * Raise an alert for every weapon not back by its expected time, and deliver (or retry) their
 * webhooks. Run periodically by the server and by `custodia armoury sweep-overdue` from cron;
 * an alert is raised once per issue, so overlapping sweeps do no harm.
 */
export async function sweepOverdue(ctx: Context, organisationId: string | null = null): Promise<SweepResult> {
  const db = ctx.database.db;
  const alertsRaised = await raiseAlerts(ctx, db, organisationId);
  const { delivered, failed } = await deliverPending(ctx, db, organisationId);
  return { alertsRaised, webhooksDelivered: delivered, webhooksFailed: failed };
}

export async function sweepOverdueForOrganisation(
  ctx: Context,
  actor: Actor,
  organisationId: string,
): Promise<SweepResult> {
  const organisation = await companyFor(ctx.database.db, actor, organisationId, 'operate');
  return sweepOverdue(ctx, organisation.id);
}

export async function listAlerts(
  ctx: Context,
  actor: Actor,
  organisationId: string,
  status: 'unacknowledged' | 'all',
) {
  const db = ctx.database.db;
  const organisation = await companyFor(db, actor, organisationId, 'read');
  let select = db.selectFrom('armoury_alert').selectAll().where('organisation_id', '=', organisation.id);
  if (status === 'unacknowledged') select = select.where('acknowledged_at', 'is', null);
  const alerts = await select.orderBy('created_at', 'desc').limit(500).execute();
  const issueRows = alerts.length
    ? await db
        .selectFrom('armoury_issue')
        .selectAll()
        .where(
          'id',
          'in',
          alerts.map((a) => a.issue_id),
        )
        .execute()
    : [];
  const issues = new Map((await presentIssues(ctx, db, issueRows)).map((i) => [i.id, i]));
  return {
    items: alerts.map((a) => ({
      id: a.id,
      kind: 'overdue' as const,
      issueId: a.issue_id,
      createdAt: a.created_at,
      acknowledgedAt: a.acknowledged_at,
      webhook: {
        status: a.webhook_status as 'none' | 'pending' | 'delivered' | 'failed',
        attempts: a.webhook_attempts,
        lastError: a.webhook_last_error,
      },
      issue: issues.get(a.issue_id)!,
    })),
  };
}

export async function acknowledgeAlert(
  ctx: Context,
  actor: Actor,
  organisationId: string,
  alertId: string,
): Promise<void> {
  const db = ctx.database.db;
  const organisation = await companyFor(db, actor, organisationId, 'operate');
  const result = await db
    .updateTable('armoury_alert')
    .set({ acknowledged_at: ctx.now(), acknowledged_by: actor.userId ?? `token:${actor.apiTokenId ?? ''}` })
    .where('id', '=', alertId)
    .where('organisation_id', '=', organisation.id)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) throw notFound('Alert');
}
