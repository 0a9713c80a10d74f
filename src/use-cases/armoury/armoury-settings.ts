import type { ArmourySettings } from '../../contracts/armoury';
import type { Actor } from '../../core/access/actor';
import type { OrganisationRow } from '../../storage/organisation-store';
import { checkConfiguredDestination } from '../outbound-guard';
import type { Context } from '../context';
import { companyFor, rulesOf } from './company-access';

async function present(ctx: Context, organisation: OrganisationRow): Promise<ArmourySettings> {
  const rules = await rulesOf(ctx.database.db, organisation);
  return {
    organisationId: organisation.id,
    countryCode: organisation.country_code,
    maxRoundsPerWeapon: rules.maxRoundsPerWeapon,
    qualificationValidityMonths: rules.qualificationValidityMonths,
    maxAssignmentHours: rules.maxAssignmentHours,
    defaultShiftHours: rules.defaultShiftHours,
    webhookUrl: rules.webhookUrl,
    hasWebhookSecret: rules.webhookSecret !== null,
    countryDefaults: { ...rules.countryDefaults },
  };
}

export async function readArmourySettings(
  ctx: Context,
  actor: Actor,
  organisationId: string,
): Promise<ArmourySettings> {
  return present(ctx, await companyFor(ctx.database.db, actor, organisationId, 'read'));
}

export interface ArmourySettingsChange {
  maxRoundsPerWeapon?: number | null | undefined;
  qualificationValidityMonths?: number | null | undefined;
  maxAssignmentHours?: number | null | undefined;
  defaultShiftHours?: number | null | undefined;
  webhookUrl?: string | null | undefined;
  webhookSecret?: string | null | undefined;
}

export async function updateArmourySettings(
  ctx: Context,
  actor: Actor,
  organisationId: string,
  input: ArmourySettingsChange,
): Promise<ArmourySettings> {
  const db = ctx.database.db;
  const organisation = await companyFor(db, actor, organisationId, 'manage');
  if (input.webhookUrl) await checkConfiguredDestination(input.webhookUrl, ctx.settings.outbound);
  const current = await db
    .selectFrom('armoury_settings')
    .selectAll()
    .where('organisation_id', '=', organisation.id)
    .executeTakeFirst();
  const pick = <T>(value: T | undefined, old: T | null | undefined): T | null =>
    value === undefined ? (old ?? null) : value;
  const row = {
    organisation_id: organisation.id,
    max_rounds_per_weapon: pick(input.maxRoundsPerWeapon, current?.max_rounds_per_weapon),
    qualification_validity_months: pick(
      input.qualificationValidityMonths,
      current?.qualification_validity_months,
    ),
    max_assignment_hours: pick(input.maxAssignmentHours, current?.max_assignment_hours),
    default_shift_hours: pick(input.defaultShiftHours, current?.default_shift_hours),
    webhook_url: pick(input.webhookUrl, current?.webhook_url),
    webhook_secret: pick(input.webhookSecret, current?.webhook_secret),
    updated_at: ctx.now(),
  };
  await db
    .insertInto('armoury_settings')
    .values(row)
    .onConflict((oc) => oc.column('organisation_id').doUpdateSet(row))
    .execute();
  return present(ctx, organisation);
}
