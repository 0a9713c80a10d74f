import type { ReturnDiscrepancyKind, ShortfallReason } from './armoury-terms';

/**
 * A return (issue #4): rounds back never exceed rounds issued; fewer back needs a reason; a
 * discharge in service, or a shortfall explained only as "other", opens a discrepancy that the
 * Incidents capability turns into an incident (ICoC para 63: every discharge outside training is
 * reported).
 */
export type ReturnProblem =
  | { readonly code: 'ROUNDS_RETURNED_EXCEED_ISSUED'; readonly issued: number; readonly returned: number }
  | { readonly code: 'SHORTFALL_REASON_REQUIRED'; readonly missing: number }
  | { readonly code: 'SHORTFALL_NOTE_REQUIRED' }
  | { readonly code: 'NO_SHORTFALL_TO_EXPLAIN' };

export interface ReturnDecision {
  readonly problems: readonly ReturnProblem[];
  readonly roundsMissing: number;
  readonly discrepancy: ReturnDiscrepancyKind | null;
}

export function decideReturn(
  roundsIssued: number,
  input: { roundsReturned: number; shortfallReason: ShortfallReason | null; note: string | null },
): ReturnDecision {
  const problems: ReturnProblem[] = [];
  const missing = roundsIssued - input.roundsReturned;
  if (missing < 0)
    problems.push({
      code: 'ROUNDS_RETURNED_EXCEED_ISSUED',
      issued: roundsIssued,
      returned: input.roundsReturned,
    });
  if (missing > 0 && input.shortfallReason === null)
    problems.push({ code: 'SHORTFALL_REASON_REQUIRED', missing });
  if (missing <= 0 && input.shortfallReason !== null && missing === 0)
    problems.push({ code: 'NO_SHORTFALL_TO_EXPLAIN' });
  if (missing > 0 && input.shortfallReason === 'other' && !input.note)
    problems.push({ code: 'SHORTFALL_NOTE_REQUIRED' });
  const discrepancy: ReturnDiscrepancyKind | null =
    missing > 0 && input.shortfallReason === 'discharge-in-service'
      ? 'discharge'
      : missing > 0 && input.shortfallReason === 'other'
        ? 'unexplained-shortfall'
        : null;
  return { problems, roundsMissing: Math.max(missing, 0), discrepancy };
}
