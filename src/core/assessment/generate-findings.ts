import { findScoredAnswer } from './assessment-answers';
import type { AssessmentAnswers } from './assessment-answers';
import type { ChecklistItem, ChecklistTemplate, RrplLevel } from './checklist-template';
import type { LocalizedText } from '../hazard/localized-text';

export const FINDING_SEVERITIES = ['critical', 'major', 'minor'] as const;
export type FindingSeverity = (typeof FINDING_SEVERITIES)[number];

/** The answers that raise a finding: anything a scored item can get other than yes and not applicable. */
export type FindingAnswer = 'partial' | 'no' | 'unanswered';

export interface Finding {
  readonly itemId: string;
  readonly sectionId: string;
  readonly clause: string;
  readonly level: RrplLevel;
  readonly answer: FindingAnswer;
  readonly severity: FindingSeverity;
  /** The item asks for a photo of whatever was not "yes". */
  readonly isPhotoRequired: boolean;
  readonly question: LocalizedText;
}

/**
 * Severity of a finding, from the item and the answer:
 *
 * | item                         | no / unanswered | partial |
 * |------------------------------|-----------------|---------|
 * | critical (any level)         | critical        | critical |
 * | not critical, level 1 or 2   | major           | minor   |
 * | not critical, level 3        | minor           | minor   |
 *
 * Why: a critical item that is not fully met blocks its level whatever the score (fact sheet §4.1),
 * so "partial" is no better than "no" there. Levels 1 and 2 are the baseline processes that "reduce
 * risk significantly" (§4.1), so a requirement missing there is major; level 3 is further
 * improvement "as staff and resources allow", so missing it is minor. A partial answer on an item
 * that does not gate the level is half met, hence minor. Unanswered counts as "no", as in scoring.
 */
export function findingSeverity(
  item: Pick<ChecklistItem, 'critical' | 'level'>,
  answer: FindingAnswer,
): FindingSeverity {
  if (item.critical) return 'critical';
  if (answer === 'partial') return 'minor';
  return item.level === 3 ? 'minor' : 'major';
}

/**
 * Findings from every scored item not answered yes (and not "not applicable"), most severe first,
 * then in the template's order. Number and text items record facts and raise no finding.
 */
export function generateFindings(template: ChecklistTemplate, answers: AssessmentAnswers): Finding[] {
  const findings = template.sections.flatMap((section) =>
    section.items.flatMap((item): Finding[] => {
      const answer = findScoredAnswer(answers, item);
      if (answer === undefined || answer === 'yes' || answer === 'na') return [];
      return [
        {
          itemId: item.id,
          sectionId: section.id,
          clause: item.clause,
          level: item.level,
          answer,
          severity: findingSeverity(item, answer),
          isPhotoRequired: item.photoRequiredUnlessYes,
          question: item.question,
        },
      ];
    }),
  );
  // Array.prototype.sort is stable, so template order survives within a severity.
  return findings.sort(
    (a, b) => FINDING_SEVERITIES.indexOf(a.severity) - FINDING_SEVERITIES.indexOf(b.severity),
  );
}
