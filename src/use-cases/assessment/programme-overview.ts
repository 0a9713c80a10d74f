import type { ProgrammeOverview } from '../../contracts/assessment';
import type { Actor } from '../../core/access/actor';
import type { AssessmentAnswers } from '../../core/assessment/assessment-answers';
import { findScoredAnswer } from '../../core/assessment/assessment-answers';
import { listTemplateItems, type ChecklistTemplate } from '../../core/assessment/checklist-template';
import type { Context } from '../context';
import { listReadableAssessmentRows } from './read-assessments';
import { templateOf } from './template-versions';

/**
 * The programme's view across assessments (issue 7), computed only over the submitted assessments
 * the caller may read (for a programme officer: voluntary ones the company shared with the
 * programme). Level distribution counts each facility once per checklist, at its latest assessment.
 */
export async function readProgrammeOverview(ctx: Context, actor: Actor): Promise<ProgrammeOverview> {
  const db = ctx.database.db;
  // Oldest visit first (date of visit, then time of submission), as findPreviousAssessment orders them.
  const rows = (await listReadableAssessmentRows(db, actor, { status: 'submitted' })).sort(
    (a, b) =>
      a.planned_on.localeCompare(b.planned_on) || (a.submitted_at ?? '').localeCompare(b.submitted_at ?? ''),
  );
  const versionIds = [...new Set(rows.map((r) => r.template_version_id))];
  const templates = new Map<string, ChecklistTemplate>(
    versionIds.length === 0
      ? []
      : (
          await db
            .selectFrom('assessment_template_version')
            .selectAll()
            .where('id', 'in', versionIds)
            .execute()
        ).map((v) => [v.id, templateOf(v)]),
  );

  // Series of assessments of one facility with one checklist, oldest first.
  const series = new Map<string, typeof rows>();
  for (const row of rows) {
    const key = `${row.facility_id}|${row.template_key}`;
    series.set(key, [...(series.get(key) ?? []), row]);
  }

  const byCountry = new Map<string, { '0': number; '1': number; '2': number; '3': number }>();
  const progress: ProgrammeOverview['progress'] = [];
  const overallScore = (row: (typeof rows)[number]): number | null => {
    if (row.result === null) return null;
    const sections = (JSON.parse(row.result) as { levels: Record<string, { score: number | null }> }).levels;
    return sections['1']?.score ?? null;
  };
  for (const list of series.values()) {
    const first = list[0]!;
    const latest = list[list.length - 1]!;
    const level = String(Number(latest.achieved_level ?? 0)) as '0' | '1' | '2' | '3';
    const counts = byCountry.get(latest.country_code) ?? { '0': 0, '1': 0, '2': 0, '3': 0 };
    counts[level] += 1;
    byCountry.set(latest.country_code, counts);
    if (list.length > 1) {
      progress.push({
        facilityId: latest.facility_id,
        facilityName: latest.facility_name,
        organisationName: latest.organisation_name,
        countryCode: latest.country_code,
        templateKey: latest.template_key,
        firstLevel: Number(first.achieved_level ?? 0),
        latestLevel: Number(latest.achieved_level ?? 0),
        firstScore: overallScore(first),
        latestScore: overallScore(latest),
        assessments: list.length,
      });
    }
  }

  // Failures per item over every readable submitted assessment: partial, no or unanswered.
  const failed = new Map<string, ProgrammeOverview['mostFailedItems'][number]>();
  for (const row of rows) {
    const template = templates.get(row.template_version_id)!;
    const answers = JSON.parse(row.answers) as AssessmentAnswers;
    for (const { item } of listTemplateItems(template)) {
      const answer = findScoredAnswer(answers, item);
      if (answer === undefined || answer === 'na') continue;
      const key = `${row.template_key}|${item.id}`;
      const entry = failed.get(key) ?? {
        templateKey: row.template_key,
        itemId: item.id,
        clause: item.clause,
        question: item.question,
        failures: 0,
        assessed: 0,
      };
      entry.assessed += 1;
      if (answer !== 'yes') entry.failures += 1;
      failed.set(key, entry);
    }
  }
  const mostFailedItems = [...failed.values()]
    .filter((entry) => entry.failures > 0)
    .sort((a, b) => b.failures - a.failures || a.itemId.localeCompare(b.itemId))
    .slice(0, 10);

  return {
    assessmentsCounted: rows.length,
    levelsByCountry: [...byCountry.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([countryCode, levels]) => ({ countryCode, levels })),
    mostFailedItems,
    progress,
  };
}
