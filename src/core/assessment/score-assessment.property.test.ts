import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHOICE_ANSWERS, findScoredAnswer } from './assessment-answers';
import type { AssessmentAnswers, ChoiceAnswer } from './assessment-answers';
import { RRPL_LEVELS } from './checklist-template';
import type { RrplLevel, ScoringTemplate } from './checklist-template';
import { scoreAssessment } from './score-assessment';

// Fixed seed: a failure prints the seed and the counterexample, and re-runs the same way.
const RUNS = { seed: 42, numRuns: 500 } as const;

interface Case {
  template: ScoringTemplate;
  answers: AssessmentAnswers;
}

const level = fc.constantFrom<RrplLevel>(...RRPL_LEVELS);
const answer = fc.option(fc.constantFrom<ChoiceAnswer>(...CHOICE_ANSWERS), { nil: undefined });
const threshold = fc.integer({ min: 0, max: 100 }).map((percent) => percent / 100);
const rawItem = fc.record({
  level,
  weight: fc.integer({ min: 1, max: 1000 }),
  critical: fc.boolean(),
  answer,
});

const assessmentCase: fc.Arbitrary<Case> = fc
  .record({
    items: fc.array(rawItem, { minLength: 1, maxLength: 30 }),
    thresholds: fc.tuple(threshold, threshold, threshold),
  })
  .map(({ items, thresholds: [t1, t2, t3] }) => ({
    template: {
      thresholds: { 1: t1, 2: t2, 3: t3 },
      items: items.map(({ level, weight, critical }, index) => ({
        id: `item-${index}`,
        level,
        weight,
        critical,
      })),
    },
    answers: Object.fromEntries(
      items.flatMap(({ answer }, index) => (answer === undefined ? [] : [[`item-${index}`, answer]])),
    ),
  }));

function withWeights(template: ScoringTemplate, scale: (weight: number) => number): ScoringTemplate {
  return { ...template, items: template.items.map((item) => ({ ...item, weight: scale(item.weight) })) };
}

describe('RRPL scoring invariants', () => {
  it('leaves every score and verdict unchanged when all weights are multiplied by a positive whole number', () => {
    fc.assert(
      fc.property(assessmentCase, fc.integer({ min: 2, max: 10_000 }), ({ template, answers }, factor) => {
        const scaled = scoreAssessment(
          withWeights(template, (weight) => weight * factor),
          answers,
        );
        expect(scaled).toEqual(scoreAssessment(template, answers));
      }),
      RUNS,
    );
  });

  it('keeps scores within rounding and the achieved level unchanged under any positive real scaling', () => {
    fc.assert(
      fc.property(
        assessmentCase,
        fc.double({ min: 1e-3, max: 1e3, noNaN: true, noDefaultInfinity: true }),
        ({ template, answers }, factor) => {
          const original = scoreAssessment(template, answers);
          const scaled = scoreAssessment(
            withWeights(template, (weight) => weight * factor),
            answers,
          );
          expect(scaled.achievedLevel).toBe(original.achievedLevel);
          for (const key of RRPL_LEVELS) {
            const [before, after] = [original.levels[key], scaled.levels[key]];
            expect(after.criticalFailed).toEqual(before.criticalFailed);
            if (before.score === null) expect(after.score).toBeNull();
            else expect(Math.abs((after.score ?? Number.NaN) - before.score)).toBeLessThanOrEqual(1e-4);
          }
        },
      ),
      RUNS,
    );
  });

  it('gives a null score, and achieves nothing, exactly when no applicable item is at or below the level', () => {
    fc.assert(
      fc.property(assessmentCase, level, ({ template, answers }, chosen) => {
        const allNa = { ...answers };
        for (const item of template.items) if (item.level <= chosen) allNa[item.id] = 'na';
        const result = scoreAssessment(template, allNa);
        expect(result.levels[chosen].score).toBeNull();
        expect(result.levels[chosen].achieved).toBe(false);
        expect(result.achievedLevel).toBeLessThan(chosen);
      }),
      RUNS,
    );
  });

  it('scores every level over the applicable items at or below it', () => {
    fc.assert(
      fc.property(assessmentCase, ({ template, answers }) => {
        const result = scoreAssessment(template, answers);
        for (const key of RRPL_LEVELS) {
          const hasApplicable = template.items.some(
            (item) => item.level <= key && ![undefined, 'na'].includes(findScoredAnswer(answers, item)),
          );
          expect(result.levels[key].score === null).toBe(!hasApplicable);
          if (result.levels[key].score === null) expect(result.levels[key].achieved).toBe(false);
        }
      }),
      RUNS,
    );
  });

  it('never achieves a level without the level below it, and reports the highest achieved', () => {
    fc.assert(
      fc.property(assessmentCase, ({ template, answers }) => {
        const { levels, achievedLevel } = scoreAssessment(template, answers);
        if (levels[3].achieved) expect(levels[2].achieved).toBe(true);
        if (levels[2].achieved) expect(levels[1].achieved).toBe(true);
        expect(achievedLevel).toBe(RRPL_LEVELS.filter((key) => levels[key].achieved).length);
      }),
      RUNS,
    );
  });

  it('keeps every score between 0 and 1 with at most 4 decimals', () => {
    fc.assert(
      fc.property(assessmentCase, ({ template, answers }) => {
        for (const { score } of Object.values(scoreAssessment(template, answers).levels)) {
          if (score === null) continue;
          expect(score).toBeGreaterThanOrEqual(0);
          expect(score).toBeLessThanOrEqual(1);
          expect(Math.round(score * 10_000) / 10_000).toBe(score);
        }
      }),
      RUNS,
    );
  });

  it('never lowers the achieved level when one answer improves (no → partial → yes)', () => {
    const better: Partial<Record<ChoiceAnswer | 'unanswered', ChoiceAnswer>> = {
      unanswered: 'partial',
      no: 'partial',
      partial: 'yes',
    };
    fc.assert(
      fc.property(assessmentCase, fc.nat(), ({ template, answers }, pick) => {
        const target = template.items[pick % template.items.length];
        if (target === undefined) return;
        const improved =
          better[answers[target.id] === undefined ? 'unanswered' : (answers[target.id] as ChoiceAnswer)];
        if (improved === undefined) return;
        const before = scoreAssessment(template, answers).achievedLevel;
        const after = scoreAssessment(template, { ...answers, [target.id]: improved }).achievedLevel;
        expect(after).toBeGreaterThanOrEqual(before);
      }),
      RUNS,
    );
  });

  it('does not depend on the order of the items', () => {
    fc.assert(
      fc.property(assessmentCase, ({ template, answers }) => {
        const reversed = { ...template, items: [...template.items].reverse() };
        expect(scoreAssessment(reversed, answers)).toEqual(scoreAssessment(template, answers));
      }),
      RUNS,
    );
  });
});
