import type { Actor } from '../../core/access/actor';
import { findScoredAnswer } from '../../core/assessment/assessment-answers';
import { RRPL_LEVELS } from '../../core/assessment/checklist-template';
import { scoreAssessment } from '../../core/assessment/score-assessment';
import { scoreSections } from '../../core/assessment/score-sections';
import { generateFindings } from '../../core/assessment/generate-findings';
import type { ReportLanguage } from '../../reports/assessment-report/report-labels';
import type { AssessmentReportModel } from '../../reports/assessment-report/report-model';
import { renderAssessmentReportPdf } from '../../reports/assessment-report/render-assessment-report';
import type { Context } from '../context';
import { loadReadableAssessment, presentDetail } from './assessment-records';
import { compareWithPrevious } from './follow-up-assessment';

/** The assessment report as PDF, with the same access as the assessment. */
export async function renderAssessmentReport(
  ctx: Context,
  actor: Actor,
  id: string,
  language: ReportLanguage,
) {
  const db = ctx.database.db;
  const loaded = await loadReadableAssessment(db, actor, id);
  const detail = await presentDetail(db, actor, loaded, ctx.now());
  const { template, answers, notes } = loaded;
  // A submitted assessment reports what was recorded at submission; a draft is scored as it stands.
  const score = scoreAssessment(template, answers);
  const findings =
    detail.result === null ? generateFindings(template, answers).map((f) => ({ ...f })) : detail.findings;
  const comparison = await compareWithPrevious(ctx, actor, id);
  const photos = await db
    .selectFrom('assessment_photo')
    .select(['item_id', 'content_type', 'data'])
    .where('assessment_id', '=', id)
    .orderBy('created_at')
    .orderBy('id')
    .execute();

  const model: AssessmentReportModel = {
    kind: detail.kind,
    companyName: detail.organisationName,
    facilityName: detail.facilityName,
    conductedByName: detail.conductedByName,
    plannedOn: detail.plannedOn,
    submittedAt: detail.submittedAt,
    assessors: detail.assessors,
    checklistTitle: template.title,
    checklistVersion: template.version,
    achievedLevel: detail.result?.achievedLevel ?? score.achievedLevel,
    levels: RRPL_LEVELS.map((level) => {
      const recorded = detail.result?.levels[String(level) as '1' | '2' | '3'] ?? score.levels[level];
      return { level, ...recorded };
    }),
    sections: (detail.result?.sections ?? scoreSections(template, answers)).map((s) => ({
      title: s.title,
      score: s.score,
    })),
    findings: findings.map((f) => ({
      itemId: f.itemId,
      clause: f.clause,
      level: f.level,
      severity: f.severity,
      answer: f.answer,
      question: f.question,
    })),
    recommendations: detail.recommendations.map((r) => ({ clause: r.clause, text: r.text })),
    actions: detail.correctiveActions.map((a) => ({
      description: a.description,
      owner: a.owner,
      dueOn: a.dueOn,
      status: a.status,
      evidence: a.evidence,
      isOverdue: a.isOverdue,
    })),
    comparison:
      comparison.previous && comparison.comparison
        ? {
            previousOn: comparison.previous.plannedOn,
            previousLevel: comparison.comparison.achievedLevel.previous,
            levels: RRPL_LEVELS.map((level) => ({
              level,
              previous: comparison.comparison!.levels[String(level) as '1' | '2' | '3'].previous,
              current: comparison.comparison!.levels[String(level) as '1' | '2' | '3'].current,
            })),
            closed: comparison.comparison.findings.closed.map((f) => f.itemId),
            stillOpen: comparison.comparison.findings.stillOpen.map((f) => f.itemId),
            opened: comparison.comparison.findings.opened.map((f) => f.itemId),
          }
        : null,
    annex: template.sections.map((section) => ({
      title: section.title,
      items: section.items.map((item) => {
        const given = answers[item.id];
        const scored = findScoredAnswer(answers, item);
        return {
          itemId: item.id,
          clause: item.clause,
          level: item.level,
          isCritical: item.critical,
          question: item.question,
          answer: scored ?? (given === undefined ? 'unanswered' : given),
          note: notes[item.id] ?? null,
          photos: photos
            .filter((p) => p.item_id === item.id)
            .map((p) => ({ contentType: p.content_type, data: Buffer.from(p.data) })),
        };
      }),
    })),
  };
  const pdf = await renderAssessmentReportPdf(model, language);
  const fileName = `assessment-${detail.facilityName.replace(/[^A-Za-z0-9]+/g, '-')}-${detail.plannedOn}-${language}.pdf`;
  return { pdf, fileName };
}
