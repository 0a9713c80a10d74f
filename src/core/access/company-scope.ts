import type { Actor, OrganisationScope } from './actor';
import { hasRole } from './actor';

/** Predicates shared by the company-side capabilities (armoury, incidents): whose company this is. */

export function isOwn(actor: Actor, target: OrganisationScope): boolean {
  return actor.organisationId === target.id;
}

/** An officer of the regulator that licenses the target company. */
export function isLicensingRegulator(actor: Actor, target: OrganisationScope): boolean {
  return (
    actor.organisationKind === 'regulator' &&
    hasRole(actor, 'regulator-officer') &&
    target.licensedById === actor.organisationId
  );
}

/** The company's own managers and armourers: those who write its ledger. */
export function isStaff(actor: Actor, target: OrganisationScope): boolean {
  return isOwn(actor, target) && (hasRole(actor, 'psc-manager') || hasRole(actor, 'psc-armourer'));
}
