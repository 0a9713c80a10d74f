/** The life of a corrective action: the company opens, works on and finishes it; the assessor verifies. */
export const CORRECTIVE_ACTION_STATUSES = ['open', 'in-progress', 'done', 'verified'] as const;
export type CorrectiveActionStatus = (typeof CORRECTIVE_ACTION_STATUSES)[number];

/**
 * An action is overdue when its due date is before today and it is not done (issue 7). Dates are
 * calendar dates YYYY-MM-DD, compared as text; `today` comes from the caller (core reads no clock).
 */
export function isActionOverdue(
  action: { dueOn: string; status: CorrectiveActionStatus },
  today: string,
): boolean {
  return action.dueOn < today && action.status !== 'done' && action.status !== 'verified';
}
