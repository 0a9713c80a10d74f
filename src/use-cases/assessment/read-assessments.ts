import type { AssessmentDetail, AssessmentSummary, ListAssessmentsQuery } from '../../contracts/assessment';
import type { Actor } from '../../core/access/actor';
import { hasRole } from '../../core/access/actor';
import type { OrganisationKind } from '../../core/access/roles';
import {
  ASSESSMENT_KINDS,
  canPlanAssessment,
  canReadAssessment,
  type AssessmentKind,
} from '../../core/assessment/assessment-access';
import { isActionOverdue, type CorrectiveActionStatus } from '../../core/assessment/corrective-actions';
import type { Queryable } from '../../storage/database';
import type { Context } from '../context';
import {
  assessmentQuery,
  loadReadableAssessment,
  presentDetail,
  scopeOf,
  todayOf,
  toSummary,
  type AssessmentRow,
} from './assessment-records';
import { ensureShippedTemplates, listTemplates, templateOf } from './template-versions';

/**
 * The assessments an actor may read. Rows are narrowed in SQL to the organisations involved, then
 * each is checked with canReadAssessment, so the list and the predicate never disagree.
 */
export async function listReadableAssessmentRows(
  db: Queryable,
  actor: Actor,
  query: Partial<ListAssessmentsQuery> = {},
): Promise<AssessmentRow[]> {
  let select = assessmentQuery(db);
  if (query.facilityId) select = select.where('a.facility_id', '=', query.facilityId);
  if (query.organisationId) select = select.where('a.organisation_id', '=', query.organisationId);
  if (query.status) select = select.where('a.status', '=', query.status);
  const isBroad = hasRole(actor, 'system-admin') || hasRole(actor, 'programme-officer');
  if (!isBroad) {
    select = select.where((eb) =>
      eb.or([
        eb('a.organisation_id', '=', actor.organisationId),
        eb('a.conducted_by_organisation_id', '=', actor.organisationId),
        eb('o.licensed_by_id', '=', actor.organisationId),
      ]),
    );
  }
  const rows = (await select
    .orderBy('a.planned_on', 'desc')
    .orderBy('a.id', 'desc')
    .execute()) as AssessmentRow[];
  return rows.filter((row) => canReadAssessment(actor, scopeOf(row)));
}

export async function listAssessments(
  ctx: Context,
  actor: Actor,
  query: ListAssessmentsQuery,
): Promise<{ items: AssessmentSummary[] }> {
  const db = ctx.database.db;
  const rows = await listReadableAssessmentRows(db, actor, query);
  if (rows.length === 0) return { items: [] };
  const ids = rows.map((r) => r.id);
  const versionIds = [...new Set(rows.map((r) => r.template_version_id))];
  const [versions, actions] = await Promise.all([
    db.selectFrom('assessment_template_version').selectAll().where('id', 'in', versionIds).execute(),
    db
      .selectFrom('corrective_action')
      .select(['assessment_id', 'due_on', 'status'])
      .where('assessment_id', 'in', ids)
      .execute(),
  ]);
  const templates = new Map(versions.map((v) => [v.id, templateOf(v)]));
  const today = todayOf(ctx.now());
  const overdue = new Map<string, number>();
  for (const action of actions) {
    if (isActionOverdue({ dueOn: action.due_on, status: action.status as CorrectiveActionStatus }, today)) {
      overdue.set(action.assessment_id, (overdue.get(action.assessment_id) ?? 0) + 1);
    }
  }
  return {
    items: rows.map((row) =>
      toSummary(row, templates.get(row.template_version_id)!, overdue.get(row.id) ?? 0),
    ),
  };
}

export async function readAssessment(ctx: Context, actor: Actor, id: string): Promise<AssessmentDetail> {
  const db = ctx.database.db;
  return presentDetail(db, actor, await loadReadableAssessment(db, actor, id), ctx.now());
}

/** What the plan form offers: the kinds the actor may plan, facilities per kind, published checklists. */
export async function readPlanOptions(ctx: Context, actor: Actor) {
  await ensureShippedTemplates(ctx);
  const db = ctx.database.db;
  const rows = await db
    .selectFrom('facility as f')
    .innerJoin('organisation as o', 'o.id', 'f.organisation_id')
    .select([
      'f.id as id',
      'f.name as name',
      'f.code as code',
      'o.id as organisation_id',
      'o.name as organisation_name',
      'o.kind as organisation_kind',
      'o.licensed_by_id as licensed_by_id',
    ])
    .where('o.kind', '=', 'psc')
    .orderBy('o.name')
    .orderBy('f.code')
    .execute();
  const facilities = rows.flatMap((row) => {
    const company = {
      id: row.organisation_id,
      kind: row.organisation_kind as OrganisationKind,
      licensedById: row.licensed_by_id,
    };
    const kinds = ASSESSMENT_KINDS.filter((kind: AssessmentKind) => canPlanAssessment(actor, kind, company));
    return kinds.length === 0
      ? []
      : [
          {
            id: row.id,
            name: row.name,
            code: row.code,
            organisationId: row.organisation_id,
            organisationName: row.organisation_name,
            kinds: [...kinds],
          },
        ];
  });
  const templates = (await listTemplates(ctx, actor)).items.flatMap((t) =>
    t.latestPublished ? [t.latestPublished] : [],
  );
  return { facilities, templates };
}
