/**
 * The vocabulary of incidents (issue #6): kinds, statuses, roles of the weapons and people
 * involved, clock states and where a discrepancy comes from. Each list is the one place its
 * values are written; contracts, storage and the web app read them from here.
 */

export const INCIDENT_KINDS = [
  'loss',
  'theft',
  'robbery-of-guard',
  'discharge-in-service',
  'ammunition-shortfall',
  'count-discrepancy',
  'damage',
  'accident',
  'other',
] as const;
export type IncidentKind = (typeof INCIDENT_KINDS)[number];

/** Kinds whose weapons go missing: each weapon listed as missing gets a `firearm-reported-missing` entry. */
export const MISSING_WEAPON_KINDS: ReadonlySet<IncidentKind> = new Set(['loss', 'theft', 'robbery-of-guard']);

/**
 * submitted: filed, the regulator has not yet acted; acknowledged: the regulator has seen it;
 * information-requested: the regulator asked a question the company has not answered;
 * answered: the company answered the last question; closed: the regulator closed it.
 */
export const INCIDENT_STATUSES = [
  'submitted',
  'acknowledged',
  'information-requested',
  'answered',
  'closed',
] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

/** What a weapon had to do with the incident; `missing` weapons change status in the registry. */
export const INCIDENT_FIREARM_ROLES = ['missing', 'discharged', 'damaged', 'involved'] as const;
export type IncidentFirearmRole = (typeof INCIDENT_FIREARM_ROLES)[number];

export const INCIDENT_PERSON_ROLES = [
  'guard',
  'staff',
  'victim',
  'suspect',
  'witness',
  'police',
  'other',
] as const;
export type IncidentPersonRole = (typeof INCIDENT_PERSON_ROLES)[number];

/** pending: not done, not yet due; met: done in time; late: done after it was due; overdue: not done, past due. */
export const CLOCK_STATUSES = ['pending', 'met', 'late', 'overdue'] as const;
export type ClockStatus = (typeof CLOCK_STATUSES)[number];

export const INCIDENT_MESSAGE_KINDS = ['request', 'answer'] as const;
export type IncidentMessageKind = (typeof INCIDENT_MESSAGE_KINDS)[number];

/** Where an open discrepancy comes from: a return with rounds missing, or a stock count. */
export const DISCREPANCY_SOURCES = ['return', 'count'] as const;
export type DiscrepancySource = (typeof DISCREPANCY_SOURCES)[number];

/** The kinds a discrepancy may become. */
export const DISCREPANCY_INCIDENT_KINDS = [
  'ammunition-shortfall',
  'discharge-in-service',
  'count-discrepancy',
  'loss',
] as const satisfies readonly IncidentKind[];
export type DiscrepancyIncidentKind = (typeof DISCREPANCY_INCIDENT_KINDS)[number];

/** Who holds a recovered weapon: back with the company, or kept by the authorities (seized). */
export const RECOVERY_CUSTODIES = ['company', 'authorities'] as const;
export type RecoveryCustody = (typeof RECOVERY_CUSTODIES)[number];

export const NOTIFICATION_KINDS = ['incident-filed', 'information-requested'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
