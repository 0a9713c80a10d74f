/**
 * Payloads of the ledger entries written by incidents (issue #6; /tmp seams: "Ledger entries").
 * A weapon reported lost, stolen or seized, and a weapon recovered, are facts of the book: they
 * change the weapon's status in the registry projection and refuse any further issue.
 */
export const MISSING_STATUSES = ['lost', 'stolen', 'seized'] as const;
export type MissingStatus = (typeof MISSING_STATUSES)[number];

export interface FirearmReportedMissing {
  readonly firearmId: string;
  readonly status: MissingStatus;
  readonly occurredAt: string | null;
  readonly discoveredAt: string;
  readonly place: string;
  /** The incident that reports it; for a seizure recorded by the regulator, the seizure's own id. */
  readonly incidentId: string;
  readonly incidentReference: string;
  readonly policeReference: string | null;
  readonly note: string | null;
}

export interface FirearmRecovered {
  readonly firearmId: string;
  readonly recoveredAt: string;
  readonly place: string;
  readonly recoveredBy: string;
  /** company: back in store at facilityId; authorities: kept by them (status seized). */
  readonly custody: 'company' | 'authorities';
  readonly facilityId: string | null;
  readonly incidentId: string | null;
  readonly note: string | null;
}

export const INCIDENT_ENTRY_KINDS = ['firearm-reported-missing', 'firearm-recovered'] as const;

/** The registry status a weapon takes after a recovery. */
export function statusAfterRecovery(custody: FirearmRecovered['custody']): 'in-store' | 'seized' {
  return custody === 'company' ? 'in-store' : 'seized';
}

/** The status a missing weapon takes for an incident kind (theft and robbery: stolen). */
export function missingStatusFor(kind: string): MissingStatus {
  return kind === 'loss' ? 'lost' : 'stolen';
}

export function isMissingStatus(status: string): status is MissingStatus {
  return (MISSING_STATUSES as readonly string[]).includes(status);
}
