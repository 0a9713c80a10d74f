import { creditOf, findScoredAnswer } from './assessment-answers';
import type { AssessmentAnswers, ScoredAnswer } from './assessment-answers';
import { RRPL_LEVELS, toScoringTemplate } from './checklist-template';
import type {
  AchievedLevel,
  ChecklistTemplate,
  RrplLevel,
  ScoringItem,
  ScoringTemplate,
} from './checklist-template';

export interface LevelScore {
  /** Weighted share in [0, 1], 4 decimals; null when no applicable scored item has this level or a lower one. */
  readonly score: number | null;
  readonly threshold: number;
  /** Applicable critical items at this level or below not answered yes, ids in code-unit order. */
  readonly criticalFailed: readonly string[];
  readonly achieved: boolean;
}

export interface AssessmentScore {
  readonly levels: Readonly<Record<RrplLevel, LevelScore>>;
  /** The highest level achieved; 0 when the site does not reach level 1. */
  readonly achievedLevel: AchievedLevel;
  /** Scored items with no answer, counted as "no"; ids in code-unit order. */
  readonly unanswered: readonly string[];
}

/**
 * RRPL scoring (fact sheet §4.1 [C]: a weighted score per level, gated on the items critical for that
 * level), made precise by issue 7:
 *
 * - yes = 1, partial = 0.5, no = 0; "not applicable" leaves the item out; number and text items do
 *   not score. An unanswered scored item counts as "no" (see creditOf).
 * - The score for level L is Σ weight·credit / Σ weight over the applicable items whose level is ≤ L.
 * - The score is null only when no applicable item has a level ≤ L (a level with no item of its own
 *   is scored over the items below it: a single "yes" level-1 item scores 1 at every level).
 * - Level L is achieved when level L − 1 is achieved (level 0 always is), every applicable critical
 *   item at a level ≤ L is answered yes, and the score meets L's threshold; a null score achieves
 *   nothing.
 *
 * The score is rounded to 4 decimals before it is compared with the threshold, so the printed score
 * and the verdict never disagree (0.79999999 from floating-point sums prints 0.8 and meets 0.8).
 * Callers check the answers first (checkAnswers); anything that is not a choice counts as unanswered.
 */
export function scoreAssessment(
  template: ScoringTemplate | ChecklistTemplate,
  answers: AssessmentAnswers,
): AssessmentScore {
  // A full checklist is scored through its flat list of items; sections do not change the score.
  const { thresholds, items } = 'sections' in template ? toScoringTemplate(template) : template;
  const scored = items.flatMap((item) => {
    const answer = findScoredAnswer(answers, item);
    return answer === undefined ? [] : [{ item, answer }];
  });
  const applicable = scored.filter(
    (entry): entry is { item: ScoringItem; answer: Exclude<ScoredAnswer, 'na'> } => entry.answer !== 'na',
  );

  let isBelowAchieved = true;
  let achievedLevel: AchievedLevel = 0;
  const levels = {} as Record<RrplLevel, LevelScore>;
  for (const level of RRPL_LEVELS) {
    const counted = applicable.filter(({ item }) => item.level <= level);
    const score = counted.length > 0 ? roundScore(weightedShare(counted)) : null;
    const threshold = thresholds[level];
    const criticalFailed = sortIds(
      counted.filter(({ item, answer }) => item.critical && answer !== 'yes').map(({ item }) => item.id),
    );
    const achieved: boolean =
      isBelowAchieved && criticalFailed.length === 0 && score !== null && score >= threshold;
    levels[level] = { score, threshold, criticalFailed, achieved };
    if (achieved) achievedLevel = level;
    isBelowAchieved = achieved;
  }

  const unanswered = sortIds(
    scored.filter(({ answer }) => answer === 'unanswered').map(({ item }) => item.id),
  );
  return { levels, achievedLevel, unanswered };
}

/** Σ weight·credit / Σ weight; the caller guarantees at least one entry (weights are > 0). */
export function weightedShare(
  entries: readonly { item: Pick<ScoringItem, 'weight'>; answer: Exclude<ScoredAnswer, 'na'> }[],
): number {
  let earned = 0;
  let possible = 0;
  for (const { item, answer } of entries) {
    earned += item.weight * creditOf(answer);
    possible += item.weight;
  }
  return earned / possible;
}

/** Scores are shown and compared with 4 decimals. */
export function roundScore(share: number): number {
  return Math.round(share * 10_000) / 10_000;
}

// Code-unit order, not locale order: the same ids sort the same way on every machine.
function sortIds(ids: string[]): string[] {
  return ids.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
