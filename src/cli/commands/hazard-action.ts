import type { z } from 'zod';
import { HazardAssessRequest, HazardDivisionCode, DistanceTypeCode } from '../../contracts/hazard';
import type {
  HazardAssessItem,
  HazardAssessResponse,
  QuantityDistanceResponse,
} from '../../contracts/hazard';
import { assessStore } from '../../core/hazard/assess-store';
import type { StoreAssessment } from '../../core/hazard/assess-store';
import { EXAMPLE_QD_FACTORS } from '../../core/hazard/example-qd-factors';
import {
  computeQuantityDistance,
  cubeRootLaw,
  findQuantityDistance,
} from '../../core/hazard/quantity-distance';
import type { QuantityDistanceRefusal, QuantityDistanceResult } from '../../core/hazard/quantity-distance';
import { resolveStoreItem } from '../../core/hazard/resolve-store-item';
import type { StoreItem, StoreItemProblem } from '../../core/hazard/resolve-store-item';
import { CliError } from '../cli-error';
import { INVALID_INPUT, readInput } from '../command-input';
import type { CliIo } from '../io';

/** `custodia hazard assess FILE|- [--json]`. */
export async function assess(io: CliIo, file: string, options: { json?: boolean }): Promise<void> {
  const items = parseItems(await readInput(io, file));
  const assessment = assessStore(items);
  io.stdout.write(options.json ? `${JSON.stringify(toAssessResponse(assessment))}\n` : summarise(assessment));
}

/** `custodia hazard qd`: D = k·Q^(1/3), rounded up to the metre. */
export function quantityDistance(io: CliIo, options: QdOptions): void {
  const { distanceM, explanation } = runQuantityDistance(options);
  const response: QuantityDistanceResponse = { distanceM };
  io.stdout.write(
    options.json ? `${JSON.stringify(response)}\n` : `Distance: ${distanceM} m (${explanation})\n`,
  );
}

function parseItems(text: string): StoreItem[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError(`malformed JSON: ${reason.split('\n')[0]}`, INVALID_INPUT);
  }
  const parsed = HazardAssessRequest.safeParse(json);
  if (!parsed.success) throw new CliError(describeFirstIssue(parsed.error), INVALID_INPUT);
  return parsed.data.items.map((item, index) => resolveItem(item, index));
}

function resolveItem(item: HazardAssessItem, index: number): StoreItem {
  const resolution = resolveStoreItem({
    ...(item.un === undefined ? {} : { unNumber: item.un }),
    ...(item.hd === undefined ? {} : { hazardDivision: item.hd }),
    ...(item.cg === undefined ? {} : { compatibilityGroup: item.cg }),
    ...(item.rounds === undefined ? {} : { rounds: item.rounds }),
    ...(item.neqKgPer1000 === undefined ? {} : { neqKgPer1000: item.neqKgPer1000 }),
    ...(item.neqKg === undefined ? {} : { neqKg: item.neqKg }),
  });
  if (!resolution.ok)
    throw new CliError(`items[${index}]: ${describeProblem(resolution.problem)}`, INVALID_INPUT);
  return resolution.item;
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

function describeProblem(problem: StoreItemProblem): string {
  switch (problem.code) {
    case 'UNKNOWN_UN_NUMBER':
      return `unknown UN number ${problem.unNumber}; give hd and cg with it`;
    case 'MISSING_CLASSIFICATION':
      return 'give either a UN number (un) or both hd and cg';
    case 'UNKNOWN_HAZARD_DIVISION':
      return `unknown hazard division ${problem.value}`;
    case 'UNKNOWN_COMPATIBILITY_GROUP':
      return `unknown compatibility group ${problem.value}`;
    case 'CLASSIFICATION_MISMATCH':
      return `UN ${problem.unNumber} is ${problem.expected}, but the item says ${problem.given}`;
    case 'MISSING_QUANTITY':
      return 'missing quantity: give rounds with neqKgPer1000, or neqKg';
    case 'AMBIGUOUS_QUANTITY':
      return 'give rounds with neqKgPer1000, or neqKg, not both';
    case 'INVALID_QUANTITY':
      return `${problem.field} must be a non-negative number${problem.field === 'rounds' ? ' of whole rounds' : ''}`;
  }
}

function toAssessResponse(assessment: StoreAssessment): HazardAssessResponse {
  return {
    compatible: assessment.isCompatible,
    conflicts: assessment.conflicts.map(({ a, b, reason }) => ({ a, b, reason: reason.en })),
    hazardDivision: assessment.hazardDivision,
    compatibilityGroup: assessment.compatibilityGroup,
    fireDivision: assessment.fireDivision,
    neqKg: assessment.neqKg,
  };
}

function summarise(assessment: StoreAssessment): string {
  if (assessment.hazardDivision === null) return 'Empty store: nothing to classify. NEQ 0 kg.\n';
  const lines = [
    assessment.isCompatible ? 'Compatible: yes' : 'Compatible: no',
    ...assessment.conflicts.map(({ a, b, reason }) => `  ${a} with ${b}: ${reason.en}`),
    `Hazard division: ${assessment.hazardDivision}`,
    `Compatibility group: ${assessment.compatibilityGroup ?? 'none (incompatible mix)'}`,
    `Fire division: ${assessment.fireDivision}`,
    `NEQ: ${assessment.neqKg} kg`,
  ];
  if (assessment.supplementarySigns.length > 0) {
    lines.push(`Supplementary signs: ${assessment.supplementarySigns.join(', ')}`);
  }
  return `${lines.join('\n')}\n`;
}

export interface QdOptions {
  neqKg?: string;
  hd?: string;
  type?: string;
  k?: string;
  json?: boolean;
}

function runQuantityDistance(options: QdOptions): { distanceM: number; explanation: string } {
  if (options.neqKg === undefined) throw new CliError('--neq-kg is required', INVALID_INPUT);
  const neqKg = parseNumber('--neq-kg', options.neqKg);
  if (neqKg < 0) throw new CliError('--neq-kg must not be negative', INVALID_INPUT);
  if ((options.hd === undefined) === (options.k === undefined)) {
    throw new CliError('give exactly one of --hd or --k', INVALID_INPUT);
  }
  if (options.k !== undefined) {
    if (options.type !== undefined) throw new CliError('--type applies only with --hd', INVALID_INPUT);
    const k = parseNumber('--k', options.k);
    if (k <= 0) throw new CliError('--k must be greater than zero', INVALID_INPUT);
    const distanceM = distanceOrThrow(computeQuantityDistance(neqKg, cubeRootLaw(k)));
    return { distanceM, explanation: `D = ${k}·Q^(1/3), Q = ${neqKg} kg` };
  }
  const hazardDivision = HazardDivisionCode.safeParse(options.hd);
  if (!hazardDivision.success)
    throw new CliError(`--hd: ${describeFirstIssue(hazardDivision.error)}`, INVALID_INPUT);
  const distanceType = DistanceTypeCode.safeParse(options.type ?? 'inhabited-building');
  if (!distanceType.success)
    throw new CliError(`--type: ${describeFirstIssue(distanceType.error)}`, INVALID_INPUT);
  const result = findQuantityDistance(EXAMPLE_QD_FACTORS, hazardDivision.data, distanceType.data, neqKg);
  const law = EXAMPLE_QD_FACTORS.laws[hazardDivision.data]?.[distanceType.data];
  const distanceM = distanceOrThrow(result);
  return {
    distanceM,
    explanation: `HD ${hazardDivision.data}, ${distanceType.data}, Q = ${neqKg} kg; ${law?.source ?? EXAMPLE_QD_FACTORS.source}; example factors, not verified IATG values`,
  };
}

// Plain decimal numbers only: "", "0x10", "1,5" and "ten" are refused rather than guessed at.
function parseNumber(option: string, text: string): number {
  const value = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(text.trim()) ? Number(text) : Number.NaN;
  if (!Number.isFinite(value)) throw new CliError(`${option} must be a number, got "${text}"`, INVALID_INPUT);
  return value;
}

function distanceOrThrow(result: QuantityDistanceResult): number {
  if (result.ok) return result.distanceM;
  throw new CliError(describeRefusal(result.refusal), INVALID_INPUT);
}

function describeRefusal(refusal: QuantityDistanceRefusal): string {
  switch (refusal.code) {
    case 'INVALID_NEQ':
      return `--neq-kg must be a non-negative number, got ${refusal.neqKg}`;
    case 'INVALID_LAW':
      return 'the distance law is not usable (its factor must be a positive number)';
    case 'NEQ_OUTSIDE_VALID_RANGE':
      return `NEQ ${refusal.neqKg} kg is outside the ${refusal.min}–${refusal.max} kg range the distance law is defined for`;
    case 'NO_FACTOR':
      return `no quantity-distance factor is configured for HD ${refusal.hazardDivision} (${refusal.distanceType}); give --k`;
  }
}
