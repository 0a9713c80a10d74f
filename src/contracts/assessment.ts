import { z } from 'zod';
import { ANSWER_TYPES } from '../core/assessment/checklist-template';

// Wire shapes of `custodia assessment score` (issue 7), for reuse by the API.

const Threshold = z
  .number({ error: 'must be a number from 0 to 1' })
  .min(0, { error: 'must be a number from 0 to 1' })
  .max(1, { error: 'must be a number from 0 to 1' });

const LevelCode = z.literal([1, 2, 3], {
  error: (issue) => `bad level ${JSON.stringify(issue.input)} (1, 2 or 3)`,
});

export const AssessmentScoreItem = z.object(
  {
    id: z.string({ error: 'must be a non-empty string' }).min(1, { error: 'must be a non-empty string' }),
    level: LevelCode,
    weight: z
      .number({ error: 'must be a number greater than 0' })
      .positive({ error: 'must be a number greater than 0' }),
    critical: z.boolean({ error: 'must be true or false' }),
    // Optional extension of the issue's contract: number and text items take such answers and do not score.
    answerType: z
      .enum(ANSWER_TYPES, { error: 'unknown answer type (yes-partial-no-na, number or text)' })
      .optional(),
  },
  { error: 'must be an object {"id", "level", "weight", "critical"}' },
);
export type AssessmentScoreItem = z.infer<typeof AssessmentScoreItem>;

export const AssessmentScoreRequest = z.object(
  {
    template: z.object(
      {
        thresholds: z.strictObject(
          { '1': Threshold, '2': Threshold, '3': Threshold },
          {
            error: (issue) =>
              issue.code === 'unrecognized_keys'
                ? 'thresholds are given only for levels "1", "2" and "3"'
                : issue.input === undefined
                  ? 'missing thresholds: give {"1": t1, "2": t2, "3": t3}'
                  : 'must be an object {"1": t1, "2": t2, "3": t3}',
          },
        ),
        items: z
          .array(AssessmentScoreItem, { error: 'must be a list of items' })
          .min(1, { error: 'the template has no item' }),
      },
      { error: 'expected an object {"thresholds": {...}, "items": [...]}' },
    ),
    answers: z.record(
      z.string(),
      z.union([z.string(), z.number()], {
        error: (issue) => `unknown answer value ${JSON.stringify(issue.input)} (yes, partial, no or na)`,
      }),
      { error: 'must be an object {"<item id>": "<answer>"}' },
    ),
  },
  { error: 'expected an object {"template": {...}, "answers": {...}}' },
);
export type AssessmentScoreRequest = z.infer<typeof AssessmentScoreRequest>;

const LevelScore = z.object({
  score: z.number().min(0).max(1).nullable(),
  threshold: z.number().min(0).max(1),
  criticalFailed: z.array(z.string()),
  achieved: z.boolean(),
});

export const AssessmentScoreResponse = z.object({
  levels: z.object({ '1': LevelScore, '2': LevelScore, '3': LevelScore }),
  achievedLevel: z.literal([0, 1, 2, 3]),
});
export type AssessmentScoreResponse = z.infer<typeof AssessmentScoreResponse>;
