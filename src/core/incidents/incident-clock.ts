import type { ClockStatus } from './incident-terms';

/**
 * Statutory clocks of an incident (issue #6), pure: the time is passed in. Both clocks run from
 * the discovery: the regulator must be notified within `notifyWithinHours`, and the follow-up
 * report submitted within `followUpWithinDays`. Per-country values are configuration
 * (incident_clock_setting), seeded from shared/standards/countries.md; the default is 24 h / 10 days.
 */
export interface ClockRule {
  readonly notifyWithinHours: number;
  readonly followUpWithinDays: number;
}

export const DEFAULT_CLOCK_RULE: ClockRule = { notifyWithinHours: 24, followUpWithinDays: 10 };

export interface Clock {
  readonly status: ClockStatus;
  readonly dueAt: string;
  readonly doneAt: string | null;
  /** Hours left before due (negative when overdue), one decimal; null once done. */
  readonly hoursLeft: number | null;
}

const HOUR_MS = 3_600_000;

/** The state of one obligation due `hours` after `from`, done at `doneAt` (or not), seen at `at`. */
export function clockOf(from: string, hours: number, doneAt: string | null, at: string): Clock {
  const due = Date.parse(from) + hours * HOUR_MS;
  const dueAt = new Date(due).toISOString();
  if (doneAt !== null)
    return { status: Date.parse(doneAt) > due ? 'late' : 'met', dueAt, doneAt, hoursLeft: null };
  const left = (due - Date.parse(at)) / HOUR_MS;
  return {
    status: left < 0 ? 'overdue' : 'pending',
    dueAt,
    doneAt: null,
    hoursLeft: Math.round(left * 10) / 10,
  };
}

export interface IncidentClockInput {
  readonly discoveredAt: string;
  readonly regulatorNotifiedAt: string | null;
  readonly followUpSubmittedAt: string | null;
}

export function incidentClocks(
  incident: IncidentClockInput,
  rule: ClockRule,
  at: string,
): { notification: Clock; followUp: Clock } {
  return {
    notification: clockOf(incident.discoveredAt, rule.notifyWithinHours, incident.regulatorNotifiedAt, at),
    followUp: clockOf(incident.discoveredAt, rule.followUpWithinDays * 24, incident.followUpSubmittedAt, at),
  };
}

/** Whether an incident belongs on the regulator's overview: a notification late or overdue, or a follow-up so. */
export function needsRegulatorAttention(clocks: { notification: Clock; followUp: Clock }): boolean {
  const bad = (c: Clock) => c.status === 'late' || c.status === 'overdue';
  return bad(clocks.notification) || bad(clocks.followUp);
}

/** The national reference of an incident: `<ORG CODE>-INC-<YYYY>-<NNNN>`. */
export function incidentReference(organisationCode: string, year: number, sequence: number): string {
  return `${organisationCode}-INC-${year}-${String(sequence).padStart(4, '0')}`;
}
