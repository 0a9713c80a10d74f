import { CHOICE_ANSWERS, isChoiceAnswer } from './assessment-answers';
import type { AssessmentAnswers } from './assessment-answers';
import type { ScoringItem, ScoringTemplate } from './checklist-template';

export type AnswerProblemCode = 'UNKNOWN_ITEM' | 'INVALID_ANSWER';

/** One answer that cannot be accepted, located by `answers.<item id>`. */
export interface AnswerProblem {
  readonly path: string;
  readonly code: AnswerProblemCode;
  readonly itemId: string;
  readonly message: string;
}

/**
 * Problems with a set of answers, in the order the answers are given: an answer to an item the
 * template does not have, or a value that does not fit the item's answer type. Unanswered items are
 * not a problem here; scoreAssessment reads them as "no".
 */
export function checkAnswers(template: ScoringTemplate, answers: AssessmentAnswers): AnswerProblem[] {
  const itemsById = new Map<string, ScoringItem>(template.items.map((item) => [item.id, item]));
  const problems: AnswerProblem[] = [];
  for (const [itemId, answer] of Object.entries(answers)) {
    const path = `answers.${itemId}`;
    const item = itemsById.get(itemId);
    if (item === undefined) {
      problems.push({ path, code: 'UNKNOWN_ITEM', itemId, message: `answer to unknown item "${itemId}"` });
      continue;
    }
    const expected = describeMismatch(item, answer);
    if (expected !== undefined) problems.push({ path, code: 'INVALID_ANSWER', itemId, message: expected });
  }
  return problems;
}

function describeMismatch(item: ScoringItem, answer: unknown): string | undefined {
  switch (item.answerType ?? 'yes-partial-no-na') {
    case 'yes-partial-no-na':
      return isChoiceAnswer(answer)
        ? undefined
        : `unknown answer ${describeValue(answer)} (expected ${CHOICE_ANSWERS.join(', ')})`;
    case 'number':
      return typeof answer === 'number' && Number.isFinite(answer)
        ? undefined
        : `the answer to a number item must be a number, not ${describeValue(answer)}`;
    case 'text':
      return typeof answer === 'string'
        ? undefined
        : `the answer to a text item must be text, not ${describeValue(answer)}`;
  }
}

// JSON spelling, except for numbers JSON cannot spell (NaN would print as null).
function describeValue(value: unknown): string {
  return typeof value === 'number' && !Number.isFinite(value) ? String(value) : JSON.stringify(value);
}
