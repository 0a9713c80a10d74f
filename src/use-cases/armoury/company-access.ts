import { randomBytes } from 'node:crypto';
import type { Actor } from '../../core/access/actor';
import {
  canEditOperatingAuthorisation,
  canManageArmoury,
  canOperateArmoury,
  canReadArmoury,
} from '../../core/armoury/armoury-access';
import { armouryDefaultsFor, type ArmouryDefaults } from '../../core/armoury/country-defaults';
import type { Queryable } from '../../storage/database';
import { preparedQuery } from '../../storage/prepared-query';
import { findOrganisation, type OrganisationRow } from '../../storage/organisation-store';
import { AppError, forbidden, notFound } from '../app-error';
import { toScope } from '../presenters';

export type CompanyNeed = 'read' | 'operate' | 'manage' | 'authorise';

/**
 * The company whose armoury is addressed, after checking the actor may do this. A company the
 * actor may not even read answers 404 (ids cannot be probed); a readable one they may not change, 403.
 */
export async function companyFor(
  db: Queryable,
  actor: Actor,
  organisationId: string,
  need: CompanyNeed,
): Promise<OrganisationRow> {
  const organisation = await findOrganisation(db, organisationId);
  if (!organisation) throw notFound('Organisation');
  const scope = toScope(organisation);
  if (!canReadArmoury(actor, scope)) throw notFound('Organisation');
  const allowed =
    need === 'read'
      ? true
      : need === 'operate'
        ? canOperateArmoury(actor, scope)
        : need === 'manage'
          ? canManageArmoury(actor, scope)
          : canEditOperatingAuthorisation(actor, scope);
  if (!allowed) throw forbidden('You may not do this in this armoury');
  return organisation;
}

export interface ArmouryRules extends ArmouryDefaults {
  readonly countryDefaults: ArmouryDefaults;
  readonly webhookUrl: string | null;
  readonly webhookSecret: string | null;
}

/** The organisation's settings over its country's defaults. */
const settingsOf = preparedQuery(['organisationId'], (db, p: { organisationId: string }) =>
  db.selectFrom('armoury_settings').selectAll().where('organisation_id', '=', p.organisationId),
);

export async function rulesOf(db: Queryable, organisation: OrganisationRow): Promise<ArmouryRules> {
  const defaults = armouryDefaultsFor(organisation.country_code);
  const row = (await settingsOf(db, { organisationId: organisation.id })).rows[0];
  return {
    maxRoundsPerWeapon: row?.max_rounds_per_weapon ?? defaults.maxRoundsPerWeapon,
    qualificationValidityMonths: row?.qualification_validity_months ?? defaults.qualificationValidityMonths,
    maxAssignmentHours: row?.max_assignment_hours ?? defaults.maxAssignmentHours,
    defaultShiftHours: row?.default_shift_hours ?? defaults.defaultShiftHours,
    countryDefaults: defaults,
    webhookUrl: row?.webhook_url ?? null,
    webhookSecret: row?.webhook_secret ?? null,
  };
}

/** An opaque identifier for a QR code: random, no personal data, easy to key in if a scan fails. */
export function newOpaqueCode(prefix: 'B' | 'W'): string {
  const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  const bytes = randomBytes(12);
  let code = '';
  for (const byte of bytes) code += alphabet[byte % 32];
  return `${prefix}-${code}`;
}

export function fieldError(path: string, message: string): AppError {
  return new AppError('VALIDATION_FAILED', `${path}: ${message}`, { fields: [{ path, message }] });
}

/** Who is named on receipts and lists for an actor id recorded in the ledger. */
export async function namesOfActors(
  db: Queryable,
  actorIds: readonly string[],
): Promise<Map<string, string>> {
  const ids = [...new Set(actorIds.filter((id) => !id.startsWith('token:')))];
  const names = new Map<string, string>();
  if (ids.length > 0) {
    const rows = await db
      .selectFrom('app_user')
      .select(['id', 'display_name'])
      .where('id', 'in', ids)
      .execute();
    for (const row of rows) names.set(row.id, row.display_name);
  }
  for (const id of actorIds) if (!names.has(id)) names.set(id, id.startsWith('token:') ? 'API' : id);
  return names;
}
