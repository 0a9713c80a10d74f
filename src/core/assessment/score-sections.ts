import { findScoredAnswer } from './assessment-answers';
import type { AssessmentAnswers, ScoredAnswer } from './assessment-answers';
import type { ChecklistTemplate } from './checklist-template';
import type { LocalizedText } from '../hazard/localized-text';
import { roundScore, weightedShare } from './score-assessment';

export interface SectionScore {
  readonly sectionId: string;
  readonly title: LocalizedText;
  /** Weighted share over the section's applicable scored items, all levels; null if none applies. */
  readonly score: number | null;
  /** How the section's scored items were answered (number and text items are not counted). */
  readonly answers: Readonly<Record<ScoredAnswer, number>>;
}

/**
 * A score per section, for the report's chart and for comparing an assessment with the previous one.
 * Same credits as scoreAssessment (unanswered counts as "no"), without levels or critical gates:
 * a section score says where a site is weak, the level says what it has achieved.
 */
export function scoreSections(template: ChecklistTemplate, answers: AssessmentAnswers): SectionScore[] {
  return template.sections.map((section) => {
    const counts: Record<ScoredAnswer, number> = { yes: 0, partial: 0, no: 0, na: 0, unanswered: 0 };
    const applicable = section.items.flatMap((item) => {
      const answer = findScoredAnswer(answers, item);
      if (answer === undefined) return [];
      counts[answer] += 1;
      return answer === 'na' ? [] : [{ item, answer }];
    });
    return {
      sectionId: section.id,
      title: section.title,
      score: applicable.length === 0 ? null : roundScore(weightedShare(applicable)),
      answers: counts,
    };
  });
}
