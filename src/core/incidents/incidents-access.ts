import type { Actor, OrganisationScope } from '../access/actor';
import { hasRole } from '../access/actor';
import { isLicensingRegulator, isStaff } from '../access/company-scope';

/*
 * Who may do what with incidents (issue #6), as pure predicates. Decisions:
 * - Incidents exist only in a PSC; any other organisation answers "not found".
 * - Reading a company's incidents: its managers and armourers, officers of the regulator that
 *   licenses it, and system administrators. Law-enforcement officers, assessors and programme
 *   officers see nothing of them (they reach lost and stolen weapons through tracing).
 * - Filing, answering the regulator, the follow-up report, recovering a weapon and deciding what
 *   becomes of a discrepancy: the company's managers and armourers (they write its ledger).
 * - Acknowledging, requesting information, recording the outcome, closing and recording a seizure:
 *   officers of the licensing regulator.
 * - Clock settings: system administrators for any country, a regulator's officers for their own
 *   country. The incident webhook: the regulator's officers, or a system administrator in it.
 */

export function canReadIncidents(actor: Actor, target: OrganisationScope): boolean {
  if (target.kind !== 'psc') return false;
  return hasRole(actor, 'system-admin') || isLicensingRegulator(actor, target) || isStaff(actor, target);
}

export function canFileIncident(actor: Actor, target: OrganisationScope): boolean {
  return target.kind === 'psc' && isStaff(actor, target);
}

export function canActAsRegulator(actor: Actor, target: OrganisationScope): boolean {
  return target.kind === 'psc' && isLicensingRegulator(actor, target);
}

/** The regulator's inbox: its officers (their licensed companies) and administrators (all). */
export function canReadInbox(actor: Actor): boolean {
  return (
    hasRole(actor, 'system-admin') ||
    (actor.organisationKind === 'regulator' && hasRole(actor, 'regulator-officer'))
  );
}

export function canManageClockSettings(actor: Actor, countryCode: string): boolean {
  if (hasRole(actor, 'system-admin')) return true;
  return (
    actor.organisationKind === 'regulator' &&
    hasRole(actor, 'regulator-officer') &&
    actor.countryCode === countryCode
  );
}

export function canManageIncidentWebhook(actor: Actor): boolean {
  return (
    actor.organisationKind === 'regulator' &&
    (hasRole(actor, 'regulator-officer') || hasRole(actor, 'system-admin'))
  );
}
