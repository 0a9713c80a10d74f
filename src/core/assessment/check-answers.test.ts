import { describe, expect, it } from 'vitest';
import { checkAnswers } from './check-answers';
import type { ScoringTemplate } from './checklist-template';

const template: ScoringTemplate = {
  thresholds: { 1: 0.8, 2: 0.8, 3: 0.8 },
  items: [
    { id: 'keys', level: 1, weight: 1, critical: true },
    { id: 'firearms', level: 1, weight: 1, critical: false, answerType: 'number' },
    { id: 'notes', level: 1, weight: 1, critical: false, answerType: 'text' },
  ],
};

describe('checking answers against a template', () => {
  it('accepts every choice for a scored item, a number for a number item and text for a text item', () => {
    for (const choice of ['yes', 'partial', 'no', 'na']) {
      expect(checkAnswers(template, { keys: choice, firearms: 0, notes: 'sin novedad' })).toEqual([]);
    }
  });

  it('accepts leaving items unanswered (scoring reads them as "no")', () => {
    expect(checkAnswers(template, {})).toEqual([]);
  });

  it('refuses an answer to an item the template does not have', () => {
    expect(checkAnswers(template, { keys: 'yes', ghost: 'yes' })).toEqual([
      {
        path: 'answers.ghost',
        code: 'UNKNOWN_ITEM',
        itemId: 'ghost',
        message: 'answer to unknown item "ghost"',
      },
    ]);
  });

  it.each([
    ['keys', 'maybe', 'unknown answer "maybe" (expected yes, partial, no, na)'],
    ['keys', 'Yes', 'unknown answer "Yes" (expected yes, partial, no, na)'],
    ['keys', 1, 'unknown answer 1 (expected yes, partial, no, na)'],
    ['firearms', '12', 'the answer to a number item must be a number, not "12"'],
    ['firearms', Number.NaN, 'the answer to a number item must be a number, not NaN'],
    ['notes', 3, 'the answer to a text item must be text, not 3'],
  ])('refuses %s = %j', (itemId, value, message) => {
    expect(checkAnswers(template, { [itemId]: value })).toEqual([
      { path: `answers.${itemId}`, code: 'INVALID_ANSWER', itemId, message },
    ]);
  });

  it('does not mistake an inherited property name for an item', () => {
    expect(checkAnswers(template, JSON.parse('{"constructor": "yes"}') as Record<string, string>)).toEqual([
      expect.objectContaining({ code: 'UNKNOWN_ITEM', itemId: 'constructor' }),
    ]);
  });
});
