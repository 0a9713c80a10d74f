import type { z } from 'zod';
import { AssessmentScoreRequest } from '../../contracts/assessment';
import type { AssessmentScoreResponse } from '../../contracts/assessment';
import type { AssessmentAnswers } from '../../core/assessment/assessment-answers';
import { checkAnswers } from '../../core/assessment/check-answers';
import { RRPL_LEVELS } from '../../core/assessment/checklist-template';
import type { ScoringTemplate } from '../../core/assessment/checklist-template';
import { scoreAssessment } from '../../core/assessment/score-assessment';
import type { AssessmentScore } from '../../core/assessment/score-assessment';
import { validateScoringTemplate } from '../../core/assessment/validate-template';
import { CliError } from '../cli-error';
import { INVALID_INPUT, readInput } from '../command-input';
import type { CliIo } from '../io';

/** `custodia assessment score FILE|- [--json]`. */
export async function scoreFile(io: CliIo, file: string, options: { json?: boolean }): Promise<void> {
  const { template, answers } = parseRequest(await readInput(io, file));
  const result = scoreAssessment(template, answers);
  io.stdout.write(options.json ? `${JSON.stringify(toScoreResponse(result))}\n` : summarise(result));
}

/**
 * Shape first (zod: types, levels, weights, thresholds), then the rules core owns: unique item ids,
 * and answers that name a known item and fit its answer type. The first problem found is reported.
 */
function parseRequest(text: string): { template: ScoringTemplate; answers: AssessmentAnswers } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError(`malformed JSON: ${reason.split('\n')[0]}`, INVALID_INPUT);
  }
  const parsed = AssessmentScoreRequest.safeParse(json);
  if (!parsed.success) throw new CliError(describeFirstIssue(parsed.error), INVALID_INPUT);

  const { thresholds, items } = parsed.data.template;
  const template: ScoringTemplate = {
    thresholds: { 1: thresholds['1'], 2: thresholds['2'], 3: thresholds['3'] },
    items,
  };
  const templateProblem = validateScoringTemplate(template)[0];
  if (templateProblem !== undefined) {
    throw new CliError(`template.${templateProblem.path}: ${templateProblem.message}`, INVALID_INPUT);
  }
  const answers: AssessmentAnswers = parsed.data.answers;
  const answerProblem = checkAnswers(template, answers)[0];
  if (answerProblem !== undefined) {
    throw new CliError(`${answerProblem.path}: ${answerProblem.message}`, INVALID_INPUT);
  }
  return { template, answers };
}

function describeFirstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (issue === undefined) return 'invalid input';
  const path = issue.path
    .map((key, position) =>
      typeof key === 'number' ? `[${key}]` : `${position === 0 ? '' : '.'}${String(key)}`,
    )
    .join('');
  return path === '' ? issue.message : `${path}: ${issue.message}`;
}

function toScoreResponse(score: AssessmentScore): AssessmentScoreResponse {
  const level = (key: 1 | 2 | 3) => {
    const { score: value, threshold, criticalFailed, achieved } = score.levels[key];
    return { score: value, threshold, criticalFailed: [...criticalFailed], achieved };
  };
  return { levels: { '1': level(1), '2': level(2), '3': level(3) }, achievedLevel: score.achievedLevel };
}

function summarise(score: AssessmentScore): string {
  const lines = [`Achieved level: ${score.achievedLevel}`];
  for (const key of RRPL_LEVELS) {
    const { score: value, threshold, criticalFailed, achieved } = score.levels[key];
    const shown = value === null ? 'no applicable item' : `score ${value} (threshold ${threshold})`;
    const critical =
      criticalFailed.length === 0 ? '' : `; critical items not answered yes: ${criticalFailed.join(', ')}`;
    lines.push(`Level ${key}: ${shown}, ${achieved ? 'achieved' : 'not achieved'}${critical}`);
  }
  if (score.unanswered.length > 0) {
    lines.push(`Unanswered items, counted as "no": ${score.unanswered.join(', ')}`);
  }
  return `${lines.join('\n')}\n`;
}
