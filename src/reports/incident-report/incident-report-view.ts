/**
 * Everything the incident report shows (ICoC para 63: time and place, persons involved, weapons and
 * rounds involved, injuries and damage, circumstances, measures taken, police report number,
 * notifications made), gathered by the caller before rendering: the document code does no I/O.
 *
 * Instants are ISO-8601 UTC strings; the report shows them in UTC to the minute because it travels
 * between the company, the regulator and the police. Free text is shown as written (it is the
 * company's own account, not translated); codes (kind, status, roles, clock states) are translated.
 */

import type {
  ClockStatus,
  IncidentFirearmRole,
  IncidentKind,
  IncidentMessageKind,
  IncidentPersonRole,
  IncidentStatus,
} from '../../core/incidents/incident-terms';

/** Kinds, statuses and roles are the incidents vocabulary (src/core/incidents/incident-terms.ts). */
export type IncidentReportKind = IncidentKind;
export type IncidentReportStatus = IncidentStatus;

/** A statutory clock (e.g. "notify the regulator within 24 hours of discovery"). */
export interface IncidentReportClock {
  /** notification: the regulator notified (default 24 h from discovery); follow-up: the follow-up report (default 10 days). */
  readonly name: 'notification' | 'follow-up';
  readonly dueAt: string;
  /** met: done before dueAt; late: done after dueAt; overdue: not done and past dueAt; pending: not done, not yet due. */
  readonly state: ClockStatus;
  /** When the obligation was fulfilled; null while not done. */
  readonly at: string | null;
}

export interface IncidentReportPerson {
  readonly name: string;
  readonly role: IncidentPersonRole;
  readonly injured: boolean;
}

export interface IncidentReportWeapon {
  readonly serial: string;
  readonly manufacturer: string;
  readonly model: string;
  readonly calibre: string;
  /** Firearm type code of the registry (src/core/registry/firearm-types.ts). */
  readonly type: string;
  /** Registry status after the incident (src/core/registry/firearm-statuses.ts), e.g. 'lost', 'stolen'. */
  readonly status: string;
  /** What the weapon had to do with the incident (missing, discharged, damaged, involved); optional. */
  readonly role?: IncidentFirearmRole;
}

export interface IncidentReportAmmunition {
  readonly lot: string;
  readonly calibre: string;
  readonly rounds: number;
}

/** One message of the thread between the company and the regulator. */
export interface IncidentReportMessage {
  /** A regulator's request for information, or the company's answer; optional. */
  readonly kind?: IncidentMessageKind;
  /** Who wrote it: a person's name and their organisation. */
  readonly author: string;
  readonly organisation: string;
  readonly at: string;
  readonly text: string;
}

export interface IncidentReportView {
  /** The human reference, `<ORGANISATION CODE>-INC-<YYYY>-<NNNN>`. */
  readonly reference: string;
  readonly companyName: string;
  readonly companyCode: string;
  readonly kind: IncidentReportKind;
  readonly status: IncidentReportStatus;
  readonly occurredAt: string | null;
  readonly discoveredAt: string;
  readonly place: string;
  readonly persons: readonly IncidentReportPerson[];
  readonly weapons: readonly IncidentReportWeapon[];
  readonly ammunition: readonly IncidentReportAmmunition[];
  readonly injuries: string;
  readonly damage: string;
  readonly circumstances: string;
  readonly measuresTaken: string;
  readonly policeReportNumber: string | null;
  readonly notificationsMade: string;
  readonly clocks: readonly IncidentReportClock[];
  readonly messages: readonly IncidentReportMessage[];
  /** The regulator's recorded outcome; null while the incident is not closed. */
  readonly outcome: string | null;
  readonly closedAt: string | null;
  /** Who reported it and when the report was created. */
  readonly reportedBy: string;
  readonly reportedAt: string;
  /** When this document was produced (passed in: no clock in report code). */
  readonly generatedAt: string;
}
