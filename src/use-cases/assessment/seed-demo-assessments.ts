import type { AssessmentAnswers } from '../../core/assessment/assessment-answers';
import { listTemplateItems } from '../../core/assessment/checklist-template';
import { generateFindings } from '../../core/assessment/generate-findings';
import { scoreAssessment } from '../../core/assessment/score-assessment';
import { scoreSections } from '../../core/assessment/score-sections';
import type { Queryable } from '../../storage/database';
import type { Context } from '../context';
import { ensureShippedTemplates, templateOf } from './template-versions';

/**
 * The demo's assessment: a voluntary armoury assessment of Seguridad Andina's central armoury,
 * submitted, with one critical finding on key control, a recommendation and a corrective action.
 */
export async function seedDemoAssessments(ctx: Context, trx: Queryable): Promise<void> {
  await ensureShippedTemplates(ctx, trx);
  const company = await trx
    .selectFrom('organisation')
    .selectAll()
    .where('code', '=', 'PSC-ANDINA')
    .executeTakeFirst();
  const assessorBody = await trx
    .selectFrom('organisation')
    .selectAll()
    .where('code', '=', 'ASSESS-PE')
    .executeTakeFirst();
  if (!company || !assessorBody) return;
  const facility = await trx
    .selectFrom('facility')
    .selectAll()
    .where('organisation_id', '=', company.id)
    .executeTakeFirst();
  const version = await trx
    .selectFrom('assessment_template_version')
    .selectAll()
    .where('template_key', '=', 'armoury-stockpile')
    .where('version', '=', 1)
    .executeTakeFirst();
  if (!facility || !version) return;
  const template = templateOf(version);
  const answers: Record<string, string | number> = {};
  for (const { item } of listTemplateItems(template)) {
    if (item.answerType === 'yes-partial-no-na') answers[item.id] = 'yes';
    else if (item.answerType === 'number') answers[item.id] = 12;
    else answers[item.id] = '—';
  }
  answers['key-issue'] = 'no';
  const notes = {
    'key-issue':
      'Las llaves del armerillo se entregan sin registro de firma; no hay lista de personas autorizadas.',
  };
  const score = scoreAssessment(template, answers as AssessmentAnswers);
  const findings = generateFindings(template, answers as AssessmentAnswers);
  const at = ctx.now();
  const id = ctx.newId();
  await trx
    .insertInto('assessment')
    .values({
      id,
      kind: 'voluntary',
      organisation_id: company.id,
      facility_id: facility.id,
      conducted_by_organisation_id: assessorBody.id,
      template_version_id: version.id,
      template_key: version.template_key,
      planned_on: at.slice(0, 10),
      assessors: JSON.stringify(['Elena Evaluadora']),
      status: 'submitted',
      answers: JSON.stringify(answers),
      notes: JSON.stringify(notes),
      shared_with_regulator: 0,
      shared_with_programme: 1,
      achieved_level: score.achievedLevel,
      result: JSON.stringify({
        levels: score.levels,
        achievedLevel: score.achievedLevel,
        sections: scoreSections(template, answers as AssessmentAnswers).map((s) => ({
          sectionId: s.sectionId,
          title: s.title,
          score: s.score,
        })),
        unanswered: score.unanswered,
      }),
      created_at: at,
      created_by_user_id: null,
      updated_at: at,
      submitted_at: at,
      submitted_by_user_id: null,
    })
    .execute();
  const findingIds = findings.map(() => ctx.newId());
  await trx
    .insertInto('assessment_finding')
    .values(
      findings.map((f, position) => ({
        id: findingIds[position]!,
        assessment_id: id,
        position,
        item_id: f.itemId,
        section_id: f.sectionId,
        clause: f.clause,
        level: f.level,
        answer: f.answer,
        severity: f.severity,
      })),
    )
    .execute();
  await trx
    .insertInto('assessment_recommendation')
    .values({
      id: ctx.newId(),
      assessment_id: id,
      finding_id: findingIds[0] ?? null,
      clause: findings[0]?.clause ?? 'IATG 09.10 Keys',
      text: 'Llevar un registro de llaves con firma de entrega y devolución, y una lista firmada de las personas autorizadas a recibirlas.',
      created_at: at,
      created_by_user_id: null,
    })
    .execute();
  const due = new Date(Date.parse(at) + 30 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  await trx
    .insertInto('corrective_action')
    .values({
      id: ctx.newId(),
      assessment_id: id,
      finding_id: findingIds[0] ?? null,
      description: 'Implantar el registro de llaves y la lista de personas autorizadas.',
      owner: 'Gustavo Gerente',
      due_on: due,
      status: 'in-progress',
      evidence: '',
      created_at: at,
      created_by_user_id: null,
      updated_at: at,
      updated_by_user_id: null,
    })
    .execute();
}
