import { isScoredItem } from './checklist-template';
import type { ScoringItem } from './checklist-template';

/** The answers to a yes / partial / no / not applicable item ('na' is "not applicable"). */
export const CHOICE_ANSWERS = ['yes', 'partial', 'no', 'na'] as const;
export type ChoiceAnswer = (typeof CHOICE_ANSWERS)[number];

/**
 * An answer as recorded: a ChoiceAnswer for a scored item, a number for a 'number' item, free text
 * for a 'text' item. Which one is expected depends on the item, so checkAnswers reads both.
 */
export type ItemAnswer = ChoiceAnswer | number | string;

/** Answers keyed by item id. An item with no key is unanswered. */
export type AssessmentAnswers = Readonly<Record<string, ItemAnswer>>;

/** How a scored item stands once unanswered items are read as "no" (see scoreAssessment). */
export type ScoredAnswer = ChoiceAnswer | 'unanswered';

export function isChoiceAnswer(value: unknown): value is ChoiceAnswer {
  return typeof value === 'string' && (CHOICE_ANSWERS as readonly string[]).includes(value);
}

/** The answer to a scored item, or 'unanswered' when it has none (or one that is not a choice). */
export function findScoredAnswer(answers: AssessmentAnswers, item: ScoringItem): ScoredAnswer | undefined {
  if (!isScoredItem(item)) return undefined;
  const answer = Object.hasOwn(answers, item.id) ? answers[item.id] : undefined;
  return isChoiceAnswer(answer) ? answer : 'unanswered';
}

/**
 * Credit of an answer: yes = 1, partial = 0.5, no = 0 (issue 7). An unanswered item earns nothing,
 * like "no": RRPL asks that a site show each requirement met (fact sheet §4.1), and skipping a question
 * must not raise a score. "Not applicable" has no credit because it leaves the item out of the score.
 */
export function creditOf(answer: Exclude<ScoredAnswer, 'na'>): number {
  switch (answer) {
    case 'yes':
      return 1;
    case 'partial':
      return 0.5;
    case 'no':
    case 'unanswered':
      return 0;
  }
}
