/**
 * Payloads of the ledger entries that change what an organisation holds (architecture: "the
 * ledger is the truth"). Entry kinds are an open set: later capabilities (issue, return, stock
 * count, loss, theft, recovery) add kinds without touching these or migrating old entries.
 */

export const HOLDING_ENTRY_KINDS = [
  'facility-registered',
  'acquisition',
  'transfer-out',
  'transfer-in',
  'move',
  'marking',
  'ammunition-received',
  'ammunition-consumed',
  'ammunition-returned-to-supplier',
  'disposal',
  'correction',
  'facility-photo-added',
  // Armoury operations (issue #4); payloads in core/armoury/armoury-entries.ts.
  'firearm-issued',
  'issue-override',
  'firearm-returned',
  'maintenance-opened',
  'maintenance-closed',
  'count-adjustment',
  'stock-count-closed',
] as const;
export type HoldingEntryKind = (typeof HOLDING_ENTRY_KINDS)[number];

export const FACILITY_KINDS = ['armoury', 'ammunition-store', 'combined'] as const;
export type FacilityKind = (typeof FACILITY_KINDS)[number];

export interface SecurityFeatures {
  readonly doorClass: string | null;
  readonly locks: string | null;
  readonly racksWithLockingBars: boolean;
  readonly intrusionAlarm: boolean;
  readonly alarmResponder: string | null;
  readonly cctvCameras: number;
  readonly lighting: boolean;
  readonly bulletTrap: boolean;
  readonly fireExtinguishers: number;
  readonly separateAmmunitionStorage: boolean;
}

export interface FacilityRegistered {
  readonly facilityId: string;
  readonly code: string;
  readonly name: string;
  readonly kind: FacilityKind;
  readonly address: string | null;
  readonly latitude: number | null;
  readonly longitude: number | null;
  readonly licenceNumber: string | null;
  readonly licenceExpiresOn: string | null;
  /** Licensed maximum net explosive quantity, in kilograms, as a decimal string (no float drift). */
  readonly maxNeqKg: string | null;
  readonly securityFeatures: SecurityFeatures;
  /** Added 2026-11-29; absent in earlier entries (read as none). */
  readonly photos?: readonly PhotoReference[];
}

/** A stored photo, named by id and pinned by the SHA-256 of its bytes (so a swapped file is detectable). */
export interface PhotoReference {
  readonly photoId: string;
  readonly sha256: string;
}

export interface FacilityPhotoAdded {
  readonly facilityId: string;
  readonly photo: PhotoReference;
}

export interface Marking {
  readonly markingId: string;
  readonly kind: 'manufacture' | 'import' | 'state' | 'psc-secondary';
  readonly text: string;
  readonly location: string | null;
  readonly appliedOn: string | null;
  readonly appliedBy: string | null;
  /** Which ITI minimum elements the mark carries (ITI para 8(a)). */
  readonly includes: {
    readonly manufacturer: boolean;
    readonly countryOfManufacture: boolean;
    readonly serial: boolean;
  };
  /** Added 2026-11-29; absent in earlier entries. */
  readonly photo?: PhotoReference;
}

export interface FirearmDescription {
  readonly type: string;
  readonly manufacturerId: string;
  readonly model: string;
  readonly calibreId: string;
  readonly serial: string;
  readonly serialNormalised: string;
  readonly countryOfManufacture: string;
  readonly yearOfManufacture: number | null;
  readonly importCountry: string | null;
  readonly importYear: number | null;
  readonly componentSerials: ReadonlyArray<{ readonly component: string; readonly serial: string }>;
  readonly permitNumber: string | null;
  readonly permitExpiresOn: string | null;
  /** The weapon had no serial and was given one (ITI para 8(c)): flagged until a mark is applied. */
  readonly serialAssigned: boolean;
}

export interface Acquisition {
  readonly firearmId: string;
  readonly facilityId: string;
  readonly source: {
    readonly kind: 'supplier' | 'importer' | 'organisation' | 'initial-registration';
    readonly name: string;
    readonly reference: string | null;
  };
  readonly firearm: FirearmDescription;
  readonly markings: readonly Marking[];
  /**
   * Registered weapons of the same manufacturer whose serial reads the same once folded (Cyrillic А
   * for Latin A, O for 0…) that the person acquiring confirmed to be different weapons (issue #15).
   * Absent when there were none.
   */
  readonly confirmedDistinctFrom?: ReadonlyArray<{ readonly firearmId: string; readonly serial: string }>;
}

export interface TransferOut {
  readonly firearmId: string;
  readonly toOrganisationId: string;
  readonly reference: string | null;
}

export interface TransferIn {
  readonly firearmId: string;
  readonly fromOrganisationId: string;
  readonly facilityId: string;
}

export interface Move {
  readonly firearmId: string;
  readonly fromFacilityId: string;
  readonly toFacilityId: string;
}

export interface MarkingApplied {
  readonly firearmId: string;
  readonly marking: Marking;
}

export interface AmmunitionLotDescription {
  readonly lotNumber: string;
  readonly calibreId: string;
  readonly manufacturerId: string;
  readonly year: number | null;
  readonly unNumber: string | null;
  readonly hazardDivision: string | null;
  readonly compatibilityGroup: string | null;
  /** Net explosive quantity per 1,000 rounds in kilograms, decimal string. */
  readonly neqKgPer1000: string | null;
}

export interface AmmunitionReceived {
  readonly lotId: string;
  readonly facilityId: string;
  readonly rounds: number;
  readonly lot: AmmunitionLotDescription;
  readonly source: string | null;
}

export const CONSUMPTION_REASONS = [
  'training',
  'service-discharge',
  'test-firing',
  'defective',
  'other',
] as const;
export type ConsumptionReason = (typeof CONSUMPTION_REASONS)[number];

export interface AmmunitionConsumed {
  readonly lotId: string;
  readonly facilityId: string;
  readonly rounds: number;
  readonly reason: ConsumptionReason;
  readonly note: string | null;
}

export interface AmmunitionReturned {
  readonly lotId: string;
  readonly facilityId: string;
  readonly rounds: number;
  readonly supplier: string;
}

export const DISPOSAL_METHODS = ['sale', 'deactivation', 'destruction'] as const;
export type DisposalMethod = (typeof DISPOSAL_METHODS)[number];

export interface Disposal {
  readonly firearmId: string;
  readonly method: DisposalMethod;
  readonly certificateReference: string;
  readonly recipient: string | null;
}

/** Attributes a correction may set on a firearm (what was recorded wrongly, not what happened since). */
export type FirearmCorrectableField =
  | 'type'
  | 'manufacturerId'
  | 'model'
  | 'calibreId'
  | 'serial'
  | 'countryOfManufacture'
  | 'yearOfManufacture'
  | 'importCountry'
  | 'importYear'
  | 'permitNumber'
  | 'permitExpiresOn';

export interface Correction {
  readonly correctsEntryId: string;
  readonly reason: string;
  readonly firearm?: {
    readonly firearmId: string;
    readonly changes: Readonly<
      Partial<Record<FirearmCorrectableField | 'serialNormalised', string | number | null>>
    >;
  };
  readonly stock?: { readonly lotId: string; readonly facilityId: string; readonly roundsDelta: number };
}
