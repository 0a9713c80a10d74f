import { describe, expect, it } from 'vitest';
import type { AssessmentAnswers } from './assessment-answers';
import type { ScoringItem, ScoringTemplate } from './checklist-template';
import { roundScore, scoreAssessment } from './score-assessment';

const THRESHOLDS = { 1: 0.8, 2: 0.8, 3: 0.8 } as const;

function item(id: string, level: 1 | 2 | 3, weight: number, critical = false): ScoringItem {
  return { id, level, weight, critical };
}

function score(
  items: ScoringItem[],
  answers: AssessmentAnswers,
  thresholds: ScoringTemplate['thresholds'] = THRESHOLDS,
) {
  return scoreAssessment({ thresholds, items }, answers);
}

describe('scoring an assessment against RRPL levels', () => {
  it('scores the issue example: one critical level-1 item answered yes reaches every level', () => {
    const result = score([item('k1', 1, 2, true)], { k1: 'yes' });
    expect(result.levels[1]).toEqual({ score: 1, threshold: 0.8, criticalFailed: [], achieved: true });
    // Levels 2 and 3 have no item of their own: each is scored over the items at or below it (the
    // written formula), so the single "yes" scores 1 there too, not null.
    expect(result.levels[2]).toEqual({ score: 1, threshold: 0.8, criticalFailed: [], achieved: true });
    expect(result.levels[3]).toEqual({ score: 1, threshold: 0.8, criticalFailed: [], achieved: true });
    expect(result.achievedLevel).toBe(3);
  });

  it('counts yes as 1, partial as 0.5 and no as 0, over the items at or below each level', () => {
    const items = [item('a', 1, 2), item('b', 1, 1), item('c', 2, 1), item('d', 2, 2), item('e', 3, 4)];
    const result = score(items, { a: 'yes', b: 'partial', c: 'no', d: 'yes', e: 'partial' });
    expect(result.levels[1].score).toBe(0.8333); // (2 + 0.5) / 3
    expect(result.levels[2].score).toBe(0.75); // (2 + 0.5 + 0 + 2) / 6
    expect(result.levels[3].score).toBe(0.65); // (4.5 + 2) / 10
    expect([1, 2, 3].map((level) => result.levels[level as 1 | 2 | 3].achieved)).toEqual([
      true,
      false,
      false,
    ]);
    expect(result.achievedLevel).toBe(1);
  });

  it('leaves "not applicable" items out of the score entirely', () => {
    const result = score([item('a', 1, 1), item('b', 1, 100)], { a: 'yes', b: 'na' });
    expect(result.levels[1].score).toBe(1);
  });

  it('ignores number and text items, whatever they hold', () => {
    const items: ScoringItem[] = [
      item('a', 1, 1),
      { id: 'count', level: 1, weight: 50, critical: true, answerType: 'number' },
      { id: 'note', level: 1, weight: 50, critical: true, answerType: 'text' },
    ];
    const result = score(items, { a: 'yes', count: 12, note: 'no' });
    expect(result.levels[1]).toEqual({ score: 1, threshold: 0.8, criticalFailed: [], achieved: true });
    expect(result.unanswered).toEqual([]);
  });

  it('gives level 0 when a critical level-1 item is only partly met, even with a perfect score elsewhere', () => {
    const items = [item('lock', 1, 1, true), ...Array.from({ length: 20 }, (_, i) => item(`x${i}`, 1, 1))];
    const answers = Object.fromEntries(items.map(({ id }) => [id, id === 'lock' ? 'partial' : 'yes']));
    const result = score(items, answers);
    expect(result.levels[1].score).toBe(0.9762);
    expect(result.levels[1].criticalFailed).toEqual(['lock']);
    expect(result.achievedLevel).toBe(0);
    // A level-1 critical failure stays on the list of every level above, which it also blocks.
    expect(result.levels[3].criticalFailed).toEqual(['lock']);
  });

  it('lets a critical item block only its own level and those above', () => {
    const items = [item('a', 1, 1), item('b', 2, 1, true), item('c', 3, 1)];
    const result = score(items, { a: 'yes', b: 'no', c: 'yes' });
    expect(result.levels[1].criticalFailed).toEqual([]);
    expect(result.levels[2].criticalFailed).toEqual(['b']);
    expect(result.achievedLevel).toBe(1);
  });

  it('does not hold a critical item judged not applicable against the site', () => {
    const result = score([item('a', 1, 1), item('combination', 1, 1, true)], { a: 'yes', combination: 'na' });
    expect(result.levels[1].criticalFailed).toEqual([]);
    expect(result.achievedLevel).toBe(3);
  });

  it('sorts criticalFailed by code unit, not by the order of the template', () => {
    const items = [item('b10', 1, 1, true), item('a2', 1, 1, true), item('B1', 1, 1, true)];
    const result = score(items, { b10: 'no', a2: 'partial', B1: 'no' });
    expect(result.levels[1].criticalFailed).toEqual(['B1', 'a2', 'b10']);
  });

  it('counts an unanswered item as "no", lists it, and fails it when it is critical', () => {
    const result = score([item('a', 1, 3), item('b', 1, 1, true)], { a: 'yes' });
    expect(result.levels[1].score).toBe(0.75);
    expect(result.levels[1].criticalFailed).toEqual(['b']);
    expect(result.unanswered).toEqual(['b']);
    expect(result.achievedLevel).toBe(0);
  });

  it('achieves a level whose score equals the threshold exactly', () => {
    const result = score([item('a', 1, 4), item('b', 1, 1)], { a: 'yes', b: 'no' });
    expect(result.levels[1].score).toBe(0.8);
    expect(result.levels[1].achieved).toBe(true);
  });

  it('compares the rounded score, so 0.7999999999999999 from floating point meets 0.8', () => {
    // (0.1 + 0.7) / (0.1 + 0.7 + 0.2) is 0.7999999999999999 in binary floating point.
    const result = score([item('a', 1, 0.1), item('b', 1, 0.7), item('c', 1, 0.2)], {
      a: 'yes',
      b: 'yes',
      c: 'no',
    });
    expect(result.levels[1]).toMatchObject({ score: 0.8, achieved: true });
  });

  it('does not achieve a level whose rounded score is below the threshold', () => {
    const result = score([item('a', 1, 7999), item('b', 1, 2001)], { a: 'yes', b: 'no' });
    expect(result.levels[1]).toMatchObject({ score: 0.7999, achieved: false });
  });

  it('gives a level no higher than the one below it, even when that level alone would pass', () => {
    const result = score([item('a', 1, 1), item('b', 2, 100)], { a: 'no', b: 'yes' });
    expect(result.levels[2].score).toBe(0.9901);
    expect(result.levels[2].achieved).toBe(false);
    expect(result.achievedLevel).toBe(0);
  });

  it('scores a level whose own items are all not applicable over the items below it', () => {
    const items = [item('a', 1, 1), item('b', 2, 1), item('c', 3, 1)];
    const passing = score(items, { a: 'yes', b: 'na', c: 'yes' });
    expect(passing.levels[2]).toEqual({ score: 1, threshold: 0.8, criticalFailed: [], achieved: true });
    expect(passing.levels[3].score).toBe(1);
    expect(passing.achievedLevel).toBe(3);
    const failing = score(items, { a: 'no', b: 'na', c: 'yes' });
    expect(failing.levels[2]).toMatchObject({ score: 0, achieved: false });
    expect(failing.levels[3]).toMatchObject({ score: 0.5, achieved: false });
  });

  it('gives null, and achieves nothing, only where no applicable item is at or below the level', () => {
    const items = [item('a', 1, 1), item('b', 2, 1)];
    const result = score(items, { a: 'na', b: 'yes' });
    expect(result.levels[1]).toEqual({ score: null, threshold: 0.8, criticalFailed: [], achieved: false });
    expect(result.levels[2]).toMatchObject({ score: 1, achieved: false });
    expect(result.achievedLevel).toBe(0);
  });

  it('uses each level its own threshold', () => {
    const items = [item('a', 1, 3), item('b', 2, 1)];
    const result = score(items, { a: 'yes', b: 'no' }, { 1: 0.5, 2: 0.7, 3: 1 });
    expect(result.levels[2]).toMatchObject({ score: 0.75, threshold: 0.7, achieved: true });
    // Level 3 has no item of its own: scored over levels 1–2 (0.75), below its threshold of 1.
    expect(result.levels[3]).toMatchObject({ score: 0.75, threshold: 1, achieved: false });
    expect(result.achievedLevel).toBe(2);
  });

  it('rounds scores to 4 decimals', () => {
    expect(roundScore(1 / 3)).toBe(0.3333);
    expect(roundScore(2 / 3)).toBe(0.6667);
    expect(roundScore(0.12344)).toBe(0.1234);
  });
});
