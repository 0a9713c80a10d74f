import type { Actor } from '../../core/access/actor';
import { DEFAULT_CLOCK_RULE } from '../../core/incidents/incident-clock';
import { canManageClockSettings, canManageIncidentWebhook } from '../../core/incidents/incidents-access';
import type { IncidentClockSettingTable } from '../../storage/schema-incidents';
import { forbidden } from '../app-error';
import { checkConfiguredDestination } from '../outbound-guard';
import type { Context } from '../context';
import { actorIdOf } from '../ledger/append-entry';

function present(row: IncidentClockSettingTable) {
  return {
    countryCode: row.country_code,
    notifyWithinHours: row.notify_within_hours,
    followUpWithinDays: row.follow_up_within_days,
    isDefault: row.is_default === 1,
    source: row.source,
    updatedAt: row.updated_at,
  };
}

/**
 * The statutory clocks of every configured country (seeded defaults to confirm), and the caller's
 * country even when none is configured. Anyone signed in may read them: companies need their deadlines.
 */
export async function listClockSettings(ctx: Context, actor: Actor) {
  const rows = await ctx.database.db
    .selectFrom('incident_clock_setting')
    .selectAll()
    .orderBy('country_code')
    .execute();
  const items = rows.map(present);
  if (!items.some((i) => i.countryCode === actor.countryCode))
    items.push({
      countryCode: actor.countryCode,
      notifyWithinHours: DEFAULT_CLOCK_RULE.notifyWithinHours,
      followUpWithinDays: DEFAULT_CLOCK_RULE.followUpWithinDays,
      isDefault: true,
      source: null,
      updatedAt: null,
    });
  return { items };
}

/** Set a country's clocks (administrators; a regulator for its own country). Filed incidents keep theirs. */
export async function updateClockSettings(
  ctx: Context,
  actor: Actor,
  countryCode: string,
  input: { notifyWithinHours: number; followUpWithinDays: number },
) {
  if (!canManageClockSettings(actor, countryCode))
    throw forbidden('Only an administrator or the country’s regulator may set its clocks');
  const db = ctx.database.db;
  const values = {
    notify_within_hours: input.notifyWithinHours,
    follow_up_within_days: input.followUpWithinDays,
    is_default: 0,
    updated_at: ctx.now(),
    updated_by: actorIdOf(actor),
  };
  await db
    .insertInto('incident_clock_setting')
    .values({ country_code: countryCode, source: null, ...values })
    .onConflict((oc) => oc.column('country_code').doUpdateSet(values))
    .execute();
  return present(
    await db
      .selectFrom('incident_clock_setting')
      .selectAll()
      .where('country_code', '=', countryCode)
      .executeTakeFirstOrThrow(),
  );
}

export async function readIncidentWebhookSettings(ctx: Context, actor: Actor) {
  if (!canManageIncidentWebhook(actor)) throw forbidden('The incident webhook is the regulator’s');
  const row = await ctx.database.db
    .selectFrom('incident_webhook_setting')
    .selectAll()
    .where('regulator_id', '=', actor.organisationId)
    .executeTakeFirst();
  return {
    regulatorId: actor.organisationId,
    webhookUrl: row?.webhook_url ?? null,
    hasWebhookSecret: Boolean(row?.webhook_secret),
  };
}

export async function updateIncidentWebhookSettings(
  ctx: Context,
  actor: Actor,
  input: { webhookUrl: string | null; webhookSecret?: string | null | undefined },
) {
  if (!canManageIncidentWebhook(actor)) throw forbidden('The incident webhook is the regulator’s');
  if (input.webhookUrl) await checkConfiguredDestination(input.webhookUrl, ctx.settings.outbound);
  const db = ctx.database.db;
  const current = await db
    .selectFrom('incident_webhook_setting')
    .selectAll()
    .where('regulator_id', '=', actor.organisationId)
    .executeTakeFirst();
  const values = {
    webhook_url: input.webhookUrl,
    webhook_secret:
      input.webhookSecret === undefined ? (current?.webhook_secret ?? null) : input.webhookSecret,
    updated_at: ctx.now(),
  };
  await db
    .insertInto('incident_webhook_setting')
    .values({ regulator_id: actor.organisationId, ...values })
    .onConflict((oc) => oc.column('regulator_id').doUpdateSet(values))
    .execute();
  return readIncidentWebhookSettings(ctx, actor);
}
