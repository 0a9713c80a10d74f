/**
 * Response-time targets for trace requests. The ITI asks for a "prompt and reliable" reply but sets
 * no number of days (fact sheet §6.5), so the target is configuration: by default 24 hours for an
 * urgent request (as US licensees must answer an ATF trace) and 5 days for a routine one.
 */
export const TRACE_URGENCIES = ['routine', 'urgent'] as const;
export type TraceUrgency = (typeof TRACE_URGENCIES)[number];

export interface ResponseTargets {
  readonly urgentHours: number;
  readonly routineHours: number;
}

export const DEFAULT_RESPONSE_TARGETS: ResponseTargets = { urgentHours: 24, routineHours: 120 };

const HOUR_MS = 3_600_000;

/** When the answer is due: the request's time plus the target for its urgency. */
export function dueAt(createdAt: string, urgency: TraceUrgency, targets: ResponseTargets): string {
  const hours = urgency === 'urgent' ? targets.urgentHours : targets.routineHours;
  return new Date(Date.parse(createdAt) + hours * HOUR_MS).toISOString();
}

export interface ResponseClock {
  readonly dueAt: string;
  /** Unanswered and past due. */
  readonly isOverdue: boolean;
  /** Answered, but after it was due. */
  readonly wasAnsweredLate: boolean;
  /** Hours left before it is due (negative when past), while unanswered; null once answered. */
  readonly hoursLeft: number | null;
}

export function responseClock(
  request: { dueAt: string; answeredAt: string | null },
  at: string,
): ResponseClock {
  const due = Date.parse(request.dueAt);
  if (request.answeredAt !== null) {
    return {
      dueAt: request.dueAt,
      isOverdue: false,
      wasAnsweredLate: Date.parse(request.answeredAt) > due,
      hoursLeft: null,
    };
  }
  const left = (due - Date.parse(at)) / HOUR_MS;
  return {
    dueAt: request.dueAt,
    isOverdue: left < 0,
    wasAnsweredLate: false,
    hoursLeft: Math.round(left * 10) / 10,
  };
}
