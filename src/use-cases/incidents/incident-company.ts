import type { Actor } from '../../core/access/actor';
import { DEFAULT_CLOCK_RULE, type ClockRule } from '../../core/incidents/incident-clock';
import { canActAsRegulator, canFileIncident, canReadIncidents } from '../../core/incidents/incidents-access';
import type { Queryable } from '../../storage/database';
import { findOrganisation, type OrganisationRow } from '../../storage/organisation-store';
import type { IncidentTable } from '../../storage/schema-incidents';
import { forbidden, notFound } from '../app-error';
import { toScope } from '../presenters';

/** recover: the company's staff or the licensing regulator. */
export type IncidentNeed = 'read' | 'file' | 'regulate' | 'recover';

/**
 * The company addressed, after checking the actor may do this with its incidents. A company the
 * actor may not read answers 404 (ids cannot be probed); a readable one they may not change, 403.
 */
export async function incidentCompanyFor(
  db: Queryable,
  actor: Actor,
  organisationId: string,
  need: IncidentNeed,
): Promise<OrganisationRow> {
  const organisation = await findOrganisation(db, organisationId);
  if (!organisation) throw notFound('Organisation');
  const scope = toScope(organisation);
  if (!canReadIncidents(actor, scope)) throw notFound('Organisation');
  const allowed =
    need === 'read'
      ? true
      : need === 'file'
        ? canFileIncident(actor, scope)
        : need === 'regulate'
          ? canActAsRegulator(actor, scope)
          : canFileIncident(actor, scope) || canActAsRegulator(actor, scope);
  if (!allowed)
    throw forbidden(
      need === 'regulate'
        ? 'Only the licensing regulator may do this'
        : 'Only the company’s staff may do this',
    );
  return organisation;
}

export async function incidentRow(
  db: Queryable,
  organisationId: string,
  incidentId: string,
): Promise<IncidentTable> {
  const row = await db
    .selectFrom('incident')
    .selectAll()
    .where('id', '=', incidentId)
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
  if (!row) throw notFound('Incident');
  return row;
}

export async function clockRuleFor(db: Queryable, countryCode: string): Promise<ClockRule> {
  const row = await db
    .selectFrom('incident_clock_setting')
    .selectAll()
    .where('country_code', '=', countryCode)
    .executeTakeFirst();
  return row
    ? { notifyWithinHours: row.notify_within_hours, followUpWithinDays: row.follow_up_within_days }
    : DEFAULT_CLOCK_RULE;
}
