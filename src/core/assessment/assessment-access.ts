import type { Actor } from '../access/actor';
import { hasRole } from '../access/actor';
import type { OrganisationKind } from '../access/roles';

/*
 * Who may do what with an assessment (issue 7). Pure predicates, like core/access/policies.ts.
 *
 * - voluntary: planned and conducted by an assessor of an assessor body; the assessed company sees
 *   it; its regulator sees it only once submitted and shared by the company (consent);
 * - self: the company's manager assesses its own facility and may share it with its regulator;
 * - inspection: a regulator officer inspects a company it licenses; the company sees it.
 * The programme office sees submitted voluntary assessments the company shared with the programme.
 * System administrators may do everything.
 */

export const ASSESSMENT_KINDS = ['voluntary', 'self', 'inspection'] as const;
export type AssessmentKind = (typeof ASSESSMENT_KINDS)[number];

export const ASSESSMENT_STATUSES = ['planned', 'in-progress', 'submitted'] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

/** What the predicates need to know about an assessment. */
export interface AssessmentScope {
  readonly kind: AssessmentKind;
  readonly status: AssessmentStatus;
  /** The assessed company. */
  readonly organisationId: string;
  /** The regulator that licenses the assessed company. */
  readonly companyLicensedById: string | null;
  readonly conductedByOrganisationId: string;
  readonly isSharedWithRegulator: boolean;
  readonly isSharedWithProgramme: boolean;
}

/** The company an assessment would be planned for. */
export interface AssessedCompany {
  readonly id: string;
  readonly kind: OrganisationKind;
  readonly licensedById: string | null;
}

const CONDUCTOR_ROLE = {
  voluntary: 'assessor',
  self: 'psc-manager',
  inspection: 'regulator-officer',
} as const;

function isAdmin(actor: Actor): boolean {
  return hasRole(actor, 'system-admin');
}

export function canPlanAssessment(actor: Actor, kind: AssessmentKind, company: AssessedCompany): boolean {
  if (company.kind !== 'psc') return false;
  if (isAdmin(actor)) return true;
  switch (kind) {
    case 'voluntary':
      return actor.organisationKind === 'assessor-body' && hasRole(actor, 'assessor');
    case 'self':
      return actor.organisationId === company.id && hasRole(actor, 'psc-manager');
    case 'inspection':
      return (
        actor.organisationKind === 'regulator' &&
        hasRole(actor, 'regulator-officer') &&
        company.licensedById === actor.organisationId
      );
  }
}

/** The conducting team: answers, notes, photos, submission, recommendations, verification. */
export function canConductAssessment(actor: Actor, assessment: AssessmentScope): boolean {
  if (isAdmin(actor)) return true;
  return (
    actor.organisationId === assessment.conductedByOrganisationId &&
    hasRole(actor, CONDUCTOR_ROLE[assessment.kind])
  );
}

function isCompanyManager(actor: Actor, assessment: AssessmentScope): boolean {
  return actor.organisationId === assessment.organisationId && hasRole(actor, 'psc-manager');
}

export function canReadAssessment(actor: Actor, assessment: AssessmentScope): boolean {
  if (isAdmin(actor) || canConductAssessment(actor, assessment)) return true;
  if (isCompanyManager(actor, assessment)) return true;
  const isSubmitted = assessment.status === 'submitted';
  if (
    hasRole(actor, 'regulator-officer') &&
    actor.organisationKind === 'regulator' &&
    assessment.companyLicensedById === actor.organisationId
  ) {
    // Inspections are the regulator's own; the others reach it only with the company's consent.
    if (assessment.kind === 'inspection') return true;
    return isSubmitted && assessment.isSharedWithRegulator;
  }
  if (hasRole(actor, 'programme-officer')) {
    return isSubmitted && assessment.kind === 'voluntary' && assessment.isSharedWithProgramme;
  }
  return false;
}

/** Consent to share with the regulator or the programme is the company's to give or withdraw. */
export function canShareAssessment(actor: Actor, assessment: AssessmentScope): boolean {
  if (assessment.kind === 'inspection') return false;
  return isAdmin(actor) || isCompanyManager(actor, assessment);
}

/** The corrective action plan: the company keeps it; the conducting team may add to it and verify. */
export function canManageCorrectiveActions(actor: Actor, assessment: AssessmentScope): boolean {
  if (assessment.status !== 'submitted') return false;
  return isAdmin(actor) || isCompanyManager(actor, assessment) || canConductAssessment(actor, assessment);
}

/** Only the conducting team (or an administrator) marks an action verified. */
export function canVerifyCorrectiveActions(actor: Actor, assessment: AssessmentScope): boolean {
  return isAdmin(actor) || canConductAssessment(actor, assessment);
}

/** Checklist templates: the programme office maintains them with the instance's administrators. */
export function canEditTemplates(actor: Actor): boolean {
  return isAdmin(actor) || hasRole(actor, 'programme-officer');
}
