import { findScoredAnswer } from './assessment-answers';
import type { AssessmentAnswers } from './assessment-answers';
import { RRPL_LEVELS, listTemplateItems } from './checklist-template';
import type { AchievedLevel, ChecklistTemplate, RrplLevel } from './checklist-template';
import { generateFindings } from './generate-findings';
import type { Finding } from './generate-findings';
import type { LocalizedText } from '../hazard/localized-text';
import { roundScore, scoreAssessment } from './score-assessment';
import { scoreSections } from './score-sections';

/** A submitted assessment as scoring sees it: the template version it used and its answers. */
export interface AssessmentRecord {
  readonly template: ChecklistTemplate;
  readonly answers: AssessmentAnswers;
}

export interface ScoreChange {
  readonly previous: number | null;
  /** The current score; null when nothing applied. */
  readonly current: number | null;
  /** current − previous, 4 decimals; null unless both scores exist. */
  readonly change: number | null;
}

export interface SectionChange extends ScoreChange {
  readonly sectionId: string;
  readonly title: LocalizedText;
}

export interface AssessmentComparison {
  readonly levels: Readonly<Record<RrplLevel, ScoreChange>>;
  readonly achievedLevel: { readonly previous: AchievedLevel; readonly current: AchievedLevel };
  /** Sections of the current version in its order, then sections the current version dropped. */
  readonly sections: readonly SectionChange[];
  readonly findings: {
    /** Previous findings whose item is now answered yes, or now judged not applicable. */
    readonly closed: readonly { readonly finding: Finding; readonly answer: 'yes' | 'na' }[];
    /** Items with a finding both times; the severity may have changed. */
    readonly stillOpen: readonly { readonly previous: Finding; readonly current: Finding }[];
    /** New findings: items without a finding last time. */
    readonly opened: readonly Finding[];
    /** Previous findings on items the current version no longer asks, or no longer scores. */
    readonly notReassessed: readonly Finding[];
  };
}

export type CompareAssessmentsResult =
  | { readonly ok: true; readonly comparison: AssessmentComparison }
  | {
      readonly ok: false;
      readonly refusal: {
        readonly code: 'DIFFERENT_CHECKLISTS';
        readonly previous: string;
        readonly current: string;
      };
    };

/**
 * A re-assessment compared with the previous one (issue 7): score per level and per section, and
 * findings closed, still open and new. Both must use the same checklist (template key); versions may
 * differ, and items and sections are matched by id. That both are of the same facility is the
 * caller's check: core does not know facilities.
 */
export function compareAssessments(
  previous: AssessmentRecord,
  current: AssessmentRecord,
): CompareAssessmentsResult {
  if (previous.template.key !== current.template.key) {
    return {
      ok: false,
      refusal: {
        code: 'DIFFERENT_CHECKLISTS',
        previous: previous.template.key,
        current: current.template.key,
      },
    };
  }
  const previousScore = scoreAssessment(previous.template, previous.answers);
  const currentScore = scoreAssessment(current.template, current.answers);
  const levels = {} as Record<RrplLevel, ScoreChange>;
  for (const level of RRPL_LEVELS) {
    levels[level] = scoreChange(previousScore.levels[level].score, currentScore.levels[level].score);
  }
  return {
    ok: true,
    comparison: {
      levels,
      achievedLevel: { previous: previousScore.achievedLevel, current: currentScore.achievedLevel },
      sections: compareSections(previous, current),
      findings: compareFindings(previous, current),
    },
  };
}

function scoreChange(previous: number | null, current: number | null): ScoreChange {
  const change = previous === null || current === null ? null : roundScore(current - previous);
  return { previous, current, change };
}

function compareSections(previous: AssessmentRecord, current: AssessmentRecord): SectionChange[] {
  const previousById = new Map(
    scoreSections(previous.template, previous.answers).map((s) => [s.sectionId, s]),
  );
  const currentSections = scoreSections(current.template, current.answers);
  const currentIds = new Set(currentSections.map((section) => section.sectionId));
  return [
    ...currentSections.map((section) => ({
      sectionId: section.sectionId,
      title: section.title,
      ...scoreChange(previousById.get(section.sectionId)?.score ?? null, section.score),
    })),
    ...[...previousById.values()]
      .filter((section) => !currentIds.has(section.sectionId))
      .map((section) => ({
        sectionId: section.sectionId,
        title: section.title,
        ...scoreChange(section.score, null),
      })),
  ];
}

function compareFindings(
  previous: AssessmentRecord,
  current: AssessmentRecord,
): AssessmentComparison['findings'] {
  const previousFindings = generateFindings(previous.template, previous.answers);
  const currentFindings = generateFindings(current.template, current.answers);
  const currentById = new Map(currentFindings.map((finding) => [finding.itemId, finding]));
  const previousIds = new Set(previousFindings.map((finding) => finding.itemId));
  const currentItems = new Map(listTemplateItems(current.template).map(({ item }) => [item.id, item]));

  const closed: { finding: Finding; answer: 'yes' | 'na' }[] = [];
  const stillOpen: { previous: Finding; current: Finding }[] = [];
  const notReassessed: Finding[] = [];
  for (const finding of previousFindings) {
    const now = currentById.get(finding.itemId);
    const item = currentItems.get(finding.itemId);
    if (now !== undefined) stillOpen.push({ previous: finding, current: now });
    else if (item === undefined) notReassessed.push(finding);
    else {
      // No current finding on an item still asked: it is answered yes or not applicable, or it is no
      // longer a scored item in this version (a number or text item), which reassesses nothing.
      const answer = findScoredAnswer(current.answers, item);
      if (answer === 'yes' || answer === 'na') closed.push({ finding, answer });
      else notReassessed.push(finding);
    }
  }
  const opened = currentFindings.filter((finding) => !previousIds.has(finding.itemId));
  return { closed, stillOpen, opened, notReassessed };
}
