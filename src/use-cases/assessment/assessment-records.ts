import type { AssessmentDetail, AssessmentSummary } from '../../contracts/assessment';
import type { Actor } from '../../core/access/actor';
import {
  canConductAssessment,
  canManageCorrectiveActions,
  canReadAssessment,
  canShareAssessment,
  canVerifyCorrectiveActions,
  type AssessmentKind,
  type AssessmentScope,
  type AssessmentStatus,
} from '../../core/assessment/assessment-access';
import type { AssessmentAnswers } from '../../core/assessment/assessment-answers';
import type { ChecklistTemplate } from '../../core/assessment/checklist-template';
import { listTemplateItems } from '../../core/assessment/checklist-template';
import { isActionOverdue, type CorrectiveActionStatus } from '../../core/assessment/corrective-actions';
import type { Queryable } from '../../storage/database';
import type { AssessmentTable, CorrectiveActionTable } from '../../storage/schema-assessment';
import { notFound } from '../app-error';
import { templateOf, type TemplateVersionRow } from './template-versions';

// Loading an assessment with what it refers to, and presenting it on the wire.

export type AssessmentRow = AssessmentTable & {
  organisation_name: string;
  country_code: string;
  licensed_by_id: string | null;
  facility_name: string;
  conducted_by_name: string;
};

export function assessmentQuery(db: Queryable) {
  return db
    .selectFrom('assessment as a')
    .innerJoin('organisation as o', 'o.id', 'a.organisation_id')
    .innerJoin('organisation as c', 'c.id', 'a.conducted_by_organisation_id')
    .innerJoin('facility as f', 'f.id', 'a.facility_id')
    .selectAll('a')
    .select([
      'o.name as organisation_name',
      'o.country_code as country_code',
      'o.licensed_by_id as licensed_by_id',
      'f.name as facility_name',
      'c.name as conducted_by_name',
    ]);
}

export function scopeOf(row: AssessmentRow): AssessmentScope {
  return plainScopeOf(row, row.licensed_by_id);
}

/** The scope of an assessment row read without its joins, given the company's licensing regulator. */
export function plainScopeOf(row: AssessmentTable, licensedById: string | null): AssessmentScope {
  return {
    kind: row.kind as AssessmentKind,
    status: row.status as AssessmentStatus,
    organisationId: row.organisation_id,
    companyLicensedById: licensedById,
    conductedByOrganisationId: row.conducted_by_organisation_id,
    isSharedWithRegulator: Number(row.shared_with_regulator) === 1,
    isSharedWithProgramme: Number(row.shared_with_programme) === 1,
  };
}

export interface LoadedAssessment {
  readonly row: AssessmentRow;
  readonly scope: AssessmentScope;
  readonly versionRow: TemplateVersionRow;
  readonly template: ChecklistTemplate;
  readonly answers: AssessmentAnswers;
  readonly notes: Record<string, string>;
}

/** An assessment the actor may read; anything else is "not found", so ids cannot be probed. */
export async function loadReadableAssessment(
  db: Queryable,
  actor: Actor,
  id: string,
): Promise<LoadedAssessment> {
  const row = (await assessmentQuery(db).where('a.id', '=', id).executeTakeFirst()) as
    AssessmentRow | undefined;
  if (!row || !canReadAssessment(actor, scopeOf(row))) throw notFound('Assessment');
  const versionRow = await db
    .selectFrom('assessment_template_version')
    .selectAll()
    .where('id', '=', row.template_version_id)
    .executeTakeFirstOrThrow();
  return {
    row,
    scope: scopeOf(row),
    versionRow,
    template: templateOf(versionRow),
    answers: JSON.parse(row.answers) as AssessmentAnswers,
    notes: JSON.parse(row.notes) as Record<string, string>,
  };
}

export function todayOf(now: string): string {
  return now.slice(0, 10);
}

export function toCorrectiveAction(row: CorrectiveActionTable, today: string) {
  const status = row.status as CorrectiveActionStatus;
  return {
    id: row.id,
    findingId: row.finding_id,
    description: row.description,
    owner: row.owner,
    dueOn: row.due_on,
    status,
    evidence: row.evidence,
    isOverdue: isActionOverdue({ dueOn: row.due_on, status }, today),
    updatedAt: row.updated_at,
  };
}

export function toSummary(
  row: AssessmentRow,
  template: ChecklistTemplate,
  overdueActions: number,
): AssessmentSummary {
  return {
    id: row.id,
    kind: row.kind as AssessmentKind,
    status: row.status as AssessmentStatus,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    countryCode: row.country_code,
    facilityId: row.facility_id,
    facilityName: row.facility_name,
    conductedByOrganisationId: row.conducted_by_organisation_id,
    conductedByName: row.conducted_by_name,
    templateVersionId: row.template_version_id,
    templateKey: row.template_key,
    templateVersion: template.version,
    templateTitle: template.title,
    plannedOn: row.planned_on,
    assessors: JSON.parse(row.assessors) as string[],
    achievedLevel: row.achieved_level === null ? null : Number(row.achieved_level),
    isSharedWithRegulator: Number(row.shared_with_regulator) === 1,
    isSharedWithProgramme: Number(row.shared_with_programme) === 1,
    submittedAt: row.submitted_at,
    updatedAt: row.updated_at,
    overdueActions,
  };
}

/**
 * The previous submitted assessment of the same facility with the same checklist: the latest visit
 * before this one (by date of visit, then by time of submission for visits on the same day).
 */
export async function findPreviousAssessment(db: Queryable, row: AssessmentTable) {
  return db
    .selectFrom('assessment')
    .selectAll()
    .where('facility_id', '=', row.facility_id)
    .where('template_key', '=', row.template_key)
    .where('status', '=', 'submitted')
    .where('id', '!=', row.id)
    .where((eb) =>
      eb.or([
        eb('planned_on', '<', row.planned_on),
        eb.and([
          eb('planned_on', '=', row.planned_on),
          row.submitted_at === null ? eb.lit(true) : eb('submitted_at', '<', row.submitted_at),
        ]),
      ]),
    )
    .orderBy('planned_on', 'desc')
    .orderBy('submitted_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function presentDetail(
  db: Queryable,
  actor: Actor,
  loaded: LoadedAssessment,
  now: string,
): Promise<AssessmentDetail> {
  const { row, scope, template } = loaded;
  const today = todayOf(now);
  const [photos, findings, recommendations, actions, previous] = await Promise.all([
    db
      .selectFrom('assessment_photo')
      .select(['id', 'item_id', 'content_type', 'sha256', 'byte_length', 'created_at'])
      .where('assessment_id', '=', row.id)
      .orderBy('created_at')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('assessment_finding')
      .selectAll()
      .where('assessment_id', '=', row.id)
      .orderBy('position')
      .execute(),
    db
      .selectFrom('assessment_recommendation')
      .selectAll()
      .where('assessment_id', '=', row.id)
      .orderBy('created_at')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('corrective_action')
      .selectAll()
      .where('assessment_id', '=', row.id)
      .orderBy('due_on')
      .orderBy('id')
      .execute(),
    findPreviousAssessment(db, row),
  ]);
  const items = new Map(listTemplateItems(template).map(({ item }) => [item.id, item]));
  const correctiveActions = actions.map((a) => toCorrectiveAction(a, today));
  const result = row.result === null ? null : (JSON.parse(row.result) as AssessmentDetail['result']);
  return {
    ...toSummary(row, template, correctiveActions.filter((a) => a.isOverdue).length),
    answers: loaded.answers as Record<string, string | number>,
    notes: loaded.notes,
    photos: photos.map((p) => ({
      id: p.id,
      itemId: p.item_id,
      contentType: p.content_type,
      sha256: p.sha256,
      byteLength: Number(p.byte_length),
      createdAt: p.created_at,
    })),
    result,
    findings: findings.map((f) => ({
      id: f.id,
      itemId: f.item_id,
      sectionId: f.section_id,
      clause: f.clause,
      level: Number(f.level),
      answer: f.answer as 'partial' | 'no' | 'unanswered',
      severity: f.severity as 'critical' | 'major' | 'minor',
      question: items.get(f.item_id)?.question ?? { es: f.item_id, en: f.item_id },
    })),
    recommendations: recommendations.map((r) => ({
      id: r.id,
      findingId: r.finding_id,
      clause: r.clause,
      text: r.text,
      createdAt: r.created_at,
    })),
    correctiveActions,
    previousAssessmentId:
      previous && canReadAssessment(actor, { ...scope, status: 'submitted' }) ? previous.id : null,
    permissions: {
      conduct: canConductAssessment(actor, scope) && scope.status !== 'submitted',
      share: canShareAssessment(actor, scope),
      manageActions: canManageCorrectiveActions(actor, scope),
      verifyActions: canVerifyCorrectiveActions(actor, scope) && scope.status === 'submitted',
    },
  };
}
