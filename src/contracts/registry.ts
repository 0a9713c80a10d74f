import { z } from 'zod';
import { CONSUMPTION_REASONS, DISPOSAL_METHODS, FACILITY_KINDS } from '../core/holdings/holding-entries';
import { CountryCode, Id, IsoInstant } from './common';

// Wire schemas of the registry and the ledger: what the API accepts and returns.

export const IsoDate = z.iso.date().describe('YYYY-MM-DD');
export const DecimalKg = z
  .string()
  .regex(/^\d{1,9}(\.\d{1,6})?$/, 'a non-negative decimal with a dot, e.g. 12.5')
  .describe('kilograms as a decimal string');
export const Rounds = z.number().int('a whole number of rounds').positive('more than zero').max(10_000_000);
const Text = (max: number) => z.string().trim().min(1).max(max);
const OptionalText = (max: number) => z.string().trim().max(max).nullable().default(null);
/** A client-chosen key that makes a retry safe: the same key returns the first result and writes nothing. */
export const IdempotencyKey = z
  .string()
  .min(8)
  .max(100)
  .regex(/^[A-Za-z0-9_.:-]+$/);

export const SecurityFeatures = z.object({
  doorClass: OptionalText(100),
  locks: OptionalText(200),
  racksWithLockingBars: z.boolean().default(false),
  intrusionAlarm: z.boolean().default(false),
  alarmResponder: OptionalText(200),
  cctvCameras: z.number().int().min(0).max(1000).default(0),
  lighting: z.boolean().default(false),
  bulletTrap: z.boolean().default(false),
  fireExtinguishers: z.number().int().min(0).max(1000).default(0),
  separateAmmunitionStorage: z.boolean().default(false),
});

export const RegisterFacilityRequest = z.object({
  idempotencyKey: IdempotencyKey,
  organisationId: Id,
  code: z
    .string()
    .trim()
    .regex(/^[A-Z0-9][A-Z0-9-]{0,31}$/, '1–32 capitals, digits or hyphens'),
  name: Text(200),
  kind: z.enum(FACILITY_KINDS),
  address: OptionalText(400),
  latitude: z.number().min(-90).max(90).nullable().default(null),
  longitude: z.number().min(-180).max(180).nullable().default(null),
  licenceNumber: OptionalText(100),
  licenceExpiresOn: IsoDate.nullable().default(null),
  maxNeqKg: DecimalKg.nullable().default(null),
  securityFeatures: SecurityFeatures.default({
    doorClass: null,
    locks: null,
    racksWithLockingBars: false,
    intrusionAlarm: false,
    alarmResponder: null,
    cctvCameras: 0,
    lighting: false,
    bulletTrap: false,
    fireExtinguishers: 0,
    separateAmmunitionStorage: false,
  }),
  photoIds: z.array(Id).max(20).default([]).describe('photos uploaded to the organisation first'),
});
export type RegisterFacilityRequest = z.infer<typeof RegisterFacilityRequest>;

export const Facility = z.object({
  id: Id,
  organisationId: Id,
  code: z.string(),
  name: z.string(),
  kind: z.enum(FACILITY_KINDS),
  address: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  licenceNumber: z.string().nullable(),
  licenceExpiresOn: z.string().nullable(),
  maxNeqKg: z.number().nullable(),
  securityFeatures: z.record(z.string(), z.unknown()),
  photos: z.array(z.object({ photoId: Id, sha256: z.string() })),
});
export type Facility = z.infer<typeof Facility>;
export const FacilityList = z.object({ items: z.array(Facility) });

export const MarkingInput = z.object({
  kind: z.enum(['manufacture', 'import', 'state', 'psc-secondary']),
  text: Text(200),
  location: OptionalText(200),
  appliedOn: IsoDate.nullable().default(null),
  appliedBy: OptionalText(200),
  includesManufacturer: z.boolean().default(false),
  includesCountryOfManufacture: z.boolean().default(false),
  includesSerial: z.boolean().default(false),
  photoId: Id.nullable().default(null).describe('a photo uploaded to the organisation first'),
});
export type MarkingInput = z.infer<typeof MarkingInput>;

export const AcquireFirearmRequest = z.object({
  idempotencyKey: IdempotencyKey,
  facilityId: Id,
  source: z.object({
    kind: z.enum(['supplier', 'importer', 'organisation', 'initial-registration']),
    name: Text(200),
    reference: OptionalText(200),
  }),
  type: z.string().min(1).max(40),
  manufacturer: Text(100),
  model: z.string().trim().max(100).default(''),
  calibre: Text(60),
  serial: Text(60),
  serialAssigned: z.boolean().default(false),
  countryOfManufacture: CountryCode,
  yearOfManufacture: z.number().int().min(1850).max(2100).nullable().default(null),
  importCountry: CountryCode.nullable().default(null),
  importYear: z.number().int().min(1850).max(2100).nullable().default(null),
  componentSerials: z
    .array(z.object({ component: Text(60), serial: Text(60) }))
    .max(10)
    .default([]),
  permitNumber: OptionalText(100),
  permitExpiresOn: IsoDate.nullable().default(null),
  markings: z.array(MarkingInput).max(10).default([]),
  /** The person confirms the weapon differs from registered ones whose serial reads the same (SERIAL_LOOKALIKE). */
  confirmDifferentFromLookalikes: z.boolean().default(false),
});
export type AcquireFirearmRequest = z.infer<typeof AcquireFirearmRequest>;

export const FirearmMarking = z.object({
  id: Id,
  kind: z.string(),
  text: z.string(),
  location: z.string().nullable(),
  appliedOn: z.string().nullable(),
  appliedBy: z.string().nullable(),
  photoId: Id.nullable(),
});

export const Firearm = z.object({
  id: Id,
  organisationId: Id,
  facilityId: Id.nullable(),
  type: z.string(),
  manufacturerId: z.string(),
  manufacturer: z.string(),
  model: z.string(),
  calibreId: z.string(),
  calibre: z.string(),
  serial: z.string(),
  countryOfManufacture: z.string(),
  yearOfManufacture: z.number().nullable(),
  importCountry: z.string().nullable(),
  importYear: z.number().nullable(),
  permitNumber: z.string().nullable(),
  permitExpiresOn: z.string().nullable(),
  status: z.string(),
  inTransitToId: Id.nullable(),
  inadequatelyMarked: z.boolean(),
});
export type Firearm = z.infer<typeof Firearm>;

export const FirearmDetail = Firearm.extend({
  markings: z.array(FirearmMarking),
  componentSerials: z.array(z.object({ component: z.string(), serial: z.string() })),
});

export const ListFirearmsQuery = z.object({
  organisationId: Id.optional(),
  facilityId: Id.optional(),
  status: z.string().max(40).optional(),
  type: z.string().max(40).optional(),
  serial: z.string().trim().max(60).optional().describe('any part of a serial'),
  incoming: z
    .enum(['true', 'false'])
    .optional()
    .describe('true: only the weapons in transit to the caller’s organisation (its transfers to confirm)'),
  sort: z.enum(['serial', 'manufacturer', 'type', 'status']).default('serial'),
  direction: z.enum(['asc', 'desc']).default('asc'),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
});
export type ListFirearmsQuery = z.infer<typeof ListFirearmsQuery>;
export const FirearmList = z.object({ items: z.array(Firearm), total: z.number().int() });

export const TransferOutRequest = z.object({
  idempotencyKey: IdempotencyKey,
  toOrganisationId: Id,
  reference: OptionalText(200),
});
export const TransferInRequest = z.object({ idempotencyKey: IdempotencyKey, facilityId: Id });
export const MoveFirearmRequest = z.object({ idempotencyKey: IdempotencyKey, toFacilityId: Id });
export const ApplyMarkingRequest = z.object({ idempotencyKey: IdempotencyKey, marking: MarkingInput });
export const DisposeFirearmRequest = z.object({
  idempotencyKey: IdempotencyKey,
  method: z.enum(DISPOSAL_METHODS),
  certificateReference: Text(200),
  recipient: OptionalText(200),
});
export const CorrectFirearmRequest = z.object({
  idempotencyKey: IdempotencyKey,
  correctsEntryId: Id,
  reason: Text(500),
  changes: z
    .object({
      type: z.string().min(1).max(40),
      manufacturer: Text(100),
      model: z.string().trim().max(100),
      calibre: Text(60),
      serial: Text(60),
      countryOfManufacture: CountryCode,
      yearOfManufacture: z.number().int().min(1850).max(2100).nullable(),
      importCountry: CountryCode.nullable(),
      importYear: z.number().int().min(1850).max(2100).nullable(),
      permitNumber: z.string().trim().max(100).nullable(),
      permitExpiresOn: IsoDate.nullable(),
    })
    .partial()
    .refine((c) => Object.keys(c).length > 0, 'name at least one field to correct'),
});
export type CorrectFirearmRequest = z.infer<typeof CorrectFirearmRequest>;

export const ReceiveAmmunitionRequest = z.object({
  idempotencyKey: IdempotencyKey,
  facilityId: Id,
  rounds: Rounds,
  lotNumber: Text(60),
  calibre: Text(60),
  manufacturer: Text(100),
  year: z.number().int().min(1900).max(2100).nullable().default(null),
  unNumber: z
    .string()
    .regex(/^\d{4}$/, 'four digits, e.g. 0012')
    .nullable()
    .default(null),
  hazardDivision: z
    .string()
    .regex(/^1\.[1-6]$/)
    .nullable()
    .default(null),
  compatibilityGroup: z
    .string()
    .regex(/^[A-HJKLNS]$/)
    .nullable()
    .default(null),
  neqKgPer1000: DecimalKg.nullable().default(null),
  source: OptionalText(200),
  /** A supervisor's override where the country warns instead of refusing (issue 5); recorded in the entry. */
  hazardOverride: z
    .object({ reason: Text(500) })
    .nullable()
    .default(null),
});
export type ReceiveAmmunitionRequest = z.infer<typeof ReceiveAmmunitionRequest>;

export const ConsumeAmmunitionRequest = z.object({
  idempotencyKey: IdempotencyKey,
  facilityId: Id,
  rounds: Rounds,
  reason: z.enum(CONSUMPTION_REASONS),
  note: OptionalText(500),
});
export const ReturnAmmunitionRequest = z.object({
  idempotencyKey: IdempotencyKey,
  facilityId: Id,
  rounds: Rounds,
  supplier: Text(200),
});
export const CorrectStockRequest = z.object({
  idempotencyKey: IdempotencyKey,
  correctsEntryId: Id,
  facilityId: Id,
  roundsDelta: z
    .number()
    .int()
    .min(-10_000_000)
    .max(10_000_000)
    .refine((n) => n !== 0, 'not zero'),
  reason: Text(500),
});

export const AmmunitionLot = z.object({
  id: Id,
  organisationId: Id,
  lotNumber: z.string(),
  calibreId: z.string(),
  calibre: z.string(),
  manufacturerId: z.string(),
  manufacturer: z.string(),
  year: z.number().nullable(),
  unNumber: z.string().nullable(),
  hazardDivision: z.string().nullable(),
  compatibilityGroup: z.string().nullable(),
  neqKgPer1000: z.number().nullable(),
  stock: z.array(z.object({ facilityId: Id, rounds: z.number().int() })),
  totalRounds: z.number().int(),
});
export type AmmunitionLot = z.infer<typeof AmmunitionLot>;
export const AmmunitionLotList = z.object({ items: z.array(AmmunitionLot), total: z.number().int() });
export const ListLotsQuery = z.object({
  organisationId: Id.optional(),
  facilityId: Id.optional(),
  lotNumber: z.string().trim().max(60).optional().describe('any part of a lot number'),
  calibre: z.string().trim().max(60).optional().describe('a calibre id from the catalogue'),
  sort: z.enum(['lotNumber', 'calibre', 'manufacturer', 'year']).default('lotNumber'),
  direction: z.enum(['asc', 'desc']).default('asc'),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
});

export const LedgerEntry = z.object({
  id: Id,
  chainId: z.string(),
  sequence: z.number().int(),
  kind: z.string(),
  recordedAt: IsoInstant,
  organisationId: Id,
  actorId: z.string(),
  corrects: Id.nullable(),
  correctedBy: z.array(Id),
  payload: z.unknown(),
  hash: z.string(),
  previousHash: z.string(),
});
export type LedgerEntry = z.infer<typeof LedgerEntry>;
export const HistoryQuery = z.object({ view: z.enum(['both', 'original', 'corrected']).default('both') });
export const History = z.object({ items: z.array(LedgerEntry) });

export const AddFacilityPhotoRequest = z.object({ idempotencyKey: IdempotencyKey, photoId: Id });
export const PhotoUploaded = z.object({
  id: Id,
  sha256: z.string(),
  contentType: z.string(),
  byteLength: z.number().int(),
});

export const EntryWritten = z.object({ entry: LedgerEntry, replayed: z.boolean() });

export const BookIntegrity = z.object({
  lastVerification: z
    .object({
      verifiedAt: IsoInstant,
      ok: z.boolean(),
      chains: z.number().int(),
      entries: z.number().int(),
      problem: z.string().nullable(),
    })
    .nullable(),
  lastCheckpoint: z
    .object({ issuedAt: z.string(), chainId: z.string(), length: z.number().int(), headHash: z.string() })
    .nullable(),
  chainLength: z.number().int(),
});
