import type {
  CountDiscrepancyKind,
  CountKind,
  CountResolution,
  CountTrigger,
  IssueRefusalCode,
  MaintenanceKind,
  MaintenanceOutcome,
  ShortfallReason,
  WeaponCondition,
} from './armoury-terms';

/**
 * Payloads of the armoury ledger entries (kinds listed in core/holdings/holding-entries.ts).
 * People are named by their personnel id only: names and national ids stay in the personnel
 * table, out of the append-only book.
 */

export interface FirearmIssued {
  readonly issueId: string;
  readonly firearmId: string;
  readonly facilityId: string;
  readonly personnelId: string;
  readonly postId: string | null;
  readonly shift: string | null;
  /** Rounds handed over with the weapon; they leave the facility's stock of the lot. */
  readonly ammunition: { readonly lotId: string; readonly rounds: number } | null;
  readonly expectedReturnAt: string;
  readonly extendedAssignment: {
    readonly reason: string;
    readonly authorisedBy: string;
    readonly endsAt: string;
  } | null;
  /** The override entry that allowed this issue, when one did. */
  readonly overrideEntryId: string | null;
}

export interface IssueOverride {
  readonly issueId: string;
  readonly firearmId: string;
  readonly personnelId: string;
  readonly refusals: readonly IssueRefusalCode[];
  readonly reason: string;
  /** The supervisor (a personnel member linked to the signed-in user), or null for a manager. */
  readonly supervisorPersonnelId: string | null;
}

export interface FirearmReturned {
  readonly issueId: string;
  readonly firearmId: string;
  readonly facilityId: string;
  readonly ammunition: {
    readonly lotId: string;
    readonly roundsIssued: number;
    readonly roundsReturned: number;
  } | null;
  readonly shortfallReason: ShortfallReason | null;
  readonly note: string | null;
  readonly condition: WeaponCondition;
  /** A damaged weapon goes straight to this repair job. */
  readonly maintenanceJobId: string | null;
}

export interface MaintenanceOpened {
  readonly jobId: string;
  readonly firearmId: string;
  readonly facilityId: string | null;
  readonly kind: MaintenanceKind;
  readonly note: string | null;
}

export interface MaintenanceClosed {
  readonly jobId: string;
  readonly firearmId: string;
  readonly result: string;
  readonly outcome: MaintenanceOutcome;
}

/** A count discrepancy resolved: a recorded error corrects the book; a loss marks the weapon lost. */
export interface CountAdjustment {
  readonly countId: string;
  readonly discrepancyId: string;
  readonly kind: CountDiscrepancyKind;
  readonly resolution: CountResolution;
  readonly note: string;
  readonly facilityId: string;
  readonly firearmId: string | null;
  /** For a firearm counted in this facility but booked in another: the facility it was booked in. */
  readonly fromFacilityId: string | null;
  readonly stock: { readonly lotId: string; readonly roundsDelta: number } | null;
}

export interface StockCountClosed {
  readonly countId: string;
  readonly facilityId: string;
  readonly kind: CountKind;
  readonly trigger: CountTrigger;
  readonly isBlind: boolean;
  readonly secondCounterName: string | null;
  readonly summary: {
    readonly matched: number;
    readonly missing: number;
    readonly extra: number;
    readonly wrongFacility: number;
    readonly lotVariances: number;
  };
}
