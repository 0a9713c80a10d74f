import type { Actor } from '../access/actor';
import { hasRole } from '../access/actor';

/*
 * Who may do what in tracing (issue #6). The regulator is the national point of contact on tracing
 * (ISACS 05.31, fact sheet §6.5): it searches the registry and answers. Law-enforcement agencies
 * submit requests and read the answers to their own agency's requests, nothing else. Every search
 * is logged; the log is read by administrators and the regulator.
 */

/** A trace request as the predicates need it. */
export interface TraceRequestScope {
  readonly requestingOrganisationId: string;
  readonly regulatorId: string;
}

function isRegulatorOfficer(actor: Actor): boolean {
  return actor.organisationKind === 'regulator' && hasRole(actor, 'regulator-officer');
}

function isLawEnforcementOfficer(actor: Actor): boolean {
  return actor.organisationKind === 'law-enforcement' && hasRole(actor, 'law-enforcement-officer');
}

/** Candidate search over the registry (serials with wildcards): the national point of contact and administrators. */
export function canSearchRegistry(actor: Actor): boolean {
  return hasRole(actor, 'system-admin') || isRegulatorOfficer(actor);
}

/** The quick lost-or-stolen check: patrols and customs, and those who may search anyway. */
export function canQuickCheck(actor: Actor): boolean {
  return isLawEnforcementOfficer(actor) || canSearchRegistry(actor);
}

export function canCreateTraceRequest(actor: Actor): boolean {
  return isLawEnforcementOfficer(actor);
}

/** Lists of requests: the requesting agency's, the regulator's queue, or all for administrators. */
export function canListTraceRequests(actor: Actor): boolean {
  return hasRole(actor, 'system-admin') || isRegulatorOfficer(actor) || isLawEnforcementOfficer(actor);
}

export function canReadTraceRequest(actor: Actor, request: TraceRequestScope): boolean {
  if (hasRole(actor, 'system-admin')) return true;
  if (isRegulatorOfficer(actor)) return actor.organisationId === request.regulatorId;
  return isLawEnforcementOfficer(actor) && actor.organisationId === request.requestingOrganisationId;
}

/** Confirming a candidate or answering "no record": the regulator the request was addressed to. */
export function canAnswerTraceRequest(actor: Actor, request: TraceRequestScope): boolean {
  return isRegulatorOfficer(actor) && actor.organisationId === request.regulatorId;
}

/** Adding photos: the requesting agency, while the request is open. */
export function canAddTracePhoto(actor: Actor, request: TraceRequestScope): boolean {
  return isLawEnforcementOfficer(actor) && actor.organisationId === request.requestingOrganisationId;
}

export function canReadSearchLog(actor: Actor): boolean {
  return hasRole(actor, 'system-admin') || isRegulatorOfficer(actor);
}

/** Response-time targets: the regulator's own officers, or administrators. */
export function canManageTraceSettings(actor: Actor, regulatorId: string): boolean {
  if (hasRole(actor, 'system-admin')) return true;
  return isRegulatorOfficer(actor) && actor.organisationId === regulatorId;
}
