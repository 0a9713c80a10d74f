import type {
  AddCorrectiveActionRequest,
  AddRecommendationRequest,
  AssessmentComparisonWire,
  ShareAssessmentRequest,
  UpdateCorrectiveActionRequest,
} from '../../contracts/assessment';
import type { Actor } from '../../core/access/actor';
import {
  canConductAssessment,
  canManageCorrectiveActions,
  canReadAssessment,
  canShareAssessment,
  canVerifyCorrectiveActions,
} from '../../core/assessment/assessment-access';
import type { AssessmentAnswers } from '../../core/assessment/assessment-answers';
import { compareAssessments } from '../../core/assessment/compare-assessments';
import type { Finding } from '../../core/assessment/generate-findings';
import type { Queryable } from '../../storage/database';
import { AppError, forbidden, notFound } from '../app-error';
import type { Context } from '../context';
import {
  findPreviousAssessment,
  loadReadableAssessment,
  plainScopeOf,
  presentDetail,
  toCorrectiveAction,
  todayOf,
  type LoadedAssessment,
} from './assessment-records';
import { templateOf } from './template-versions';

// After submission: recommendations, the corrective action plan, consent to share, and the
// comparison with the previous assessment of the same facility.

function requireSubmitted(loaded: LoadedAssessment): void {
  if (loaded.scope.status !== 'submitted') {
    throw new AppError('ASSESSMENT_NOT_SUBMITTED', 'Submit the assessment first');
  }
}

async function checkFinding(db: Queryable, assessmentId: string, findingId: string | null | undefined) {
  if (!findingId) return null;
  const finding = await db
    .selectFrom('assessment_finding')
    .select('id')
    .where('id', '=', findingId)
    .where('assessment_id', '=', assessmentId)
    .executeTakeFirst();
  if (!finding) {
    throw new AppError('VALIDATION_FAILED', 'No such finding in this assessment', {
      fields: [{ path: 'findingId', message: 'not a finding of this assessment' }],
    });
  }
  return finding.id;
}

export async function addRecommendation(
  ctx: Context,
  actor: Actor,
  id: string,
  input: AddRecommendationRequest,
) {
  return ctx.database.db.transaction().execute(async (trx) => {
    const loaded = await loadReadableAssessment(trx, actor, id);
    if (!canConductAssessment(actor, loaded.scope))
      throw forbidden('Only the assessing team writes recommendations');
    requireSubmitted(loaded);
    const at = ctx.now();
    const row = {
      id: ctx.newId(),
      assessment_id: id,
      finding_id: await checkFinding(trx, id, input.findingId),
      clause: input.clause,
      text: input.text,
      created_at: at,
      created_by_user_id: actor.userId,
    };
    await trx.insertInto('assessment_recommendation').values(row).execute();
    return { id: row.id, findingId: row.finding_id, clause: row.clause, text: row.text, createdAt: at };
  });
}

export async function addCorrectiveAction(
  ctx: Context,
  actor: Actor,
  id: string,
  input: AddCorrectiveActionRequest,
) {
  return ctx.database.db.transaction().execute(async (trx) => {
    const loaded = await loadReadableAssessment(trx, actor, id);
    requireSubmitted(loaded);
    if (!canManageCorrectiveActions(actor, loaded.scope))
      throw forbidden('You may not change this action plan');
    const at = ctx.now();
    const row = {
      id: ctx.newId(),
      assessment_id: id,
      finding_id: await checkFinding(trx, id, input.findingId),
      description: input.description,
      owner: input.owner,
      due_on: input.dueOn,
      status: 'open',
      evidence: '',
      created_at: at,
      created_by_user_id: actor.userId,
      updated_at: at,
      updated_by_user_id: actor.userId,
    };
    await trx.insertInto('corrective_action').values(row).execute();
    return toCorrectiveAction(row, todayOf(at));
  });
}

export async function updateCorrectiveAction(
  ctx: Context,
  actor: Actor,
  id: string,
  actionId: string,
  input: UpdateCorrectiveActionRequest,
) {
  return ctx.database.db.transaction().execute(async (trx) => {
    const loaded = await loadReadableAssessment(trx, actor, id);
    const action = await trx
      .selectFrom('corrective_action')
      .selectAll()
      .where('id', '=', actionId)
      .where('assessment_id', '=', id)
      .executeTakeFirst();
    if (!action) throw notFound('Corrective action');
    if (!canManageCorrectiveActions(actor, loaded.scope))
      throw forbidden('You may not change this action plan');
    // The company reports an action done; the assessing team confirms it (verified), or reopens it.
    const touchesVerified =
      input.status === 'verified' || (action.status === 'verified' && input.status !== undefined);
    if (touchesVerified && !canVerifyCorrectiveActions(actor, loaded.scope)) {
      throw forbidden('Only the assessing team verifies a corrective action');
    }
    const at = ctx.now();
    const next = {
      ...action,
      description: input.description ?? action.description,
      owner: input.owner ?? action.owner,
      due_on: input.dueOn ?? action.due_on,
      status: input.status ?? action.status,
      evidence: input.evidence ?? action.evidence,
      updated_at: at,
      updated_by_user_id: actor.userId,
    };
    await trx
      .updateTable('corrective_action')
      .set({
        description: next.description,
        owner: next.owner,
        due_on: next.due_on,
        status: next.status,
        evidence: next.evidence,
        updated_at: at,
        updated_by_user_id: actor.userId,
      })
      .where('id', '=', actionId)
      .execute();
    return toCorrectiveAction(next, todayOf(at));
  });
}

/** The company's consent: share (or stop sharing) a submitted-or-not assessment with its regulator or the programme. */
export async function shareAssessment(ctx: Context, actor: Actor, id: string, input: ShareAssessmentRequest) {
  return ctx.database.db.transaction().execute(async (trx) => {
    const loaded = await loadReadableAssessment(trx, actor, id);
    if (!canShareAssessment(actor, loaded.scope))
      throw forbidden('Only the assessed company shares its assessments');
    const at = ctx.now();
    await trx
      .updateTable('assessment')
      .set({
        ...(input.isSharedWithRegulator === undefined
          ? {}
          : { shared_with_regulator: input.isSharedWithRegulator ? 1 : 0 }),
        ...(input.isSharedWithProgramme === undefined
          ? {}
          : { shared_with_programme: input.isSharedWithProgramme ? 1 : 0 }),
        updated_at: at,
      })
      .where('id', '=', id)
      .execute();
    return presentDetail(trx, actor, await loadReadableAssessment(trx, actor, id), at);
  });
}

function comparedFinding(finding: Finding) {
  return {
    itemId: finding.itemId,
    clause: finding.clause,
    severity: finding.severity,
    question: finding.question,
  };
}

/** This assessment against the previous submitted one of the same facility and checklist. */
export async function compareWithPrevious(
  ctx: Context,
  actor: Actor,
  id: string,
): Promise<AssessmentComparisonWire> {
  const db = ctx.database.db;
  const loaded = await loadReadableAssessment(db, actor, id);
  const previous = await findPreviousAssessment(db, loaded.row);
  if (!previous || !canReadAssessment(actor, plainScopeOf(previous, loaded.row.licensed_by_id))) {
    return { previous: null, comparison: null };
  }
  const previousVersion = await db
    .selectFrom('assessment_template_version')
    .selectAll()
    .where('id', '=', previous.template_version_id)
    .executeTakeFirstOrThrow();
  const result = compareAssessments(
    { template: templateOf(previousVersion), answers: JSON.parse(previous.answers) as AssessmentAnswers },
    { template: loaded.template, answers: loaded.answers },
  );
  const summary = {
    id: previous.id,
    plannedOn: previous.planned_on,
    submittedAt: previous.submitted_at,
    achievedLevel: previous.achieved_level === null ? null : Number(previous.achieved_level),
  };
  if (!result.ok) return { previous: summary, comparison: null };
  const { comparison } = result;
  return {
    previous: summary,
    comparison: {
      levels: { '1': comparison.levels[1], '2': comparison.levels[2], '3': comparison.levels[3] },
      achievedLevel: comparison.achievedLevel,
      sections: comparison.sections.map((s) => ({ ...s })),
      findings: {
        closed: comparison.findings.closed.map((c) => ({ ...comparedFinding(c.finding), answer: c.answer })),
        stillOpen: comparison.findings.stillOpen.map((s) => ({
          ...comparedFinding(s.current),
          previousSeverity: s.previous.severity,
        })),
        opened: comparison.findings.opened.map(comparedFinding),
        notReassessed: comparison.findings.notReassessed.map(comparedFinding),
      },
    },
  };
}
