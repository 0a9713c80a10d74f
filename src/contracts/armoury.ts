import { z } from 'zod';
import {
  COUNT_DISCREPANCY_KINDS,
  COUNT_KINDS,
  COUNT_POLICY_KINDS,
  COUNT_RESOLUTIONS,
  COUNT_STATUSES,
  COUNT_TRIGGERS,
  ISSUE_REFUSAL_CODES,
  LABEL_STOCKS,
  MAINTENANCE_KINDS,
  MAINTENANCE_OUTCOMES,
  PERSONNEL_ROLES,
  PERSONNEL_STATUSES,
  QUALIFICATION_RESULTS,
  RETURN_DISCREPANCY_KINDS,
  SHORTFALL_REASONS,
  WEAPON_CONDITIONS,
} from '../core/armoury/armoury-terms';
import { Id, IsoInstant } from './common';
import { IdempotencyKey, IsoDate, LedgerEntry } from './registry';

// Wire schemas of armoury operations (issue #4): personnel, clients/sites/posts, authorisations,
// issue and return, the weapons-out board and alerts, maintenance, stock counts, labels, lookup.
// Every path is under /api/v1/organisations/{id}/… where {id} is the company (PSC).

const Text = (max: number) => z.string().trim().min(1).max(max);
const OptionalText = (max: number) => z.string().trim().max(max).nullable().default(null);
const Page = {
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
};

export const OrganisationParams = z.object({ id: Id.describe('the company (PSC) organisation id') });
export type OrganisationParams = z.infer<typeof OrganisationParams>;

export const IssueRefusalCode = z.enum(ISSUE_REFUSAL_CODES);
export const IssueRefusal = z.object({
  code: IssueRefusalCode,
  isOverridable: z.boolean().describe('a supervisor may override it with a written reason'),
  details: z.record(z.string(), z.unknown()).describe('facts behind the refusal, e.g. {expiredOn}'),
});
export type IssueRefusal = z.infer<typeof IssueRefusal>;

/* ------------------------------------------------------------------ personnel */

export const PersonnelRole = z.enum(PERSONNEL_ROLES);
export const PersonnelStatus = z.enum(PERSONNEL_STATUSES);

export const GuardLicenceInput = z.object({
  number: Text(60),
  authority: Text(200).describe('issuing authority, e.g. SUCAMEC'),
  isArmed: z.boolean().describe('armed licence; an unarmed licence never receives a weapon'),
  expiresOn: IsoDate,
});

export const CreatePersonnelRequest = z.object({
  nationalId: Text(40).describe('national identity document number as printed'),
  fullName: Text(200),
  role: PersonnelRole,
  status: PersonnelStatus.default('active'),
  photoId: Id.nullable()
    .default(null)
    .describe('a photo uploaded first with POST /organisations/{id}/photos'),
  licence: GuardLicenceInput.nullable().default(null),
  userId: Id.nullable()
    .default(null)
    .describe('the user account of this person, if any (a supervisor signs in to override)'),
});
export type CreatePersonnelRequest = z.infer<typeof CreatePersonnelRequest>;

export const UpdatePersonnelRequest = z
  .object({
    nationalId: Text(40).optional(),
    fullName: Text(200).optional(),
    role: PersonnelRole.optional(),
    status: PersonnelStatus.optional(),
    photoId: Id.nullable().optional(),
    licence: GuardLicenceInput.nullable().optional(),
    userId: Id.nullable().optional(),
  })
  .describe('only the fields given change; null clears photo, licence or linked user');
export type UpdatePersonnelRequest = z.infer<typeof UpdatePersonnelRequest>;

export const QualificationInput = z.object({
  course: Text(200),
  weaponType: Text(40).describe('firearm type it qualifies on, as in the registry (e.g. pistol, revolver)'),
  weaponModel: OptionalText(100).describe('a model, when the qualification is model-specific'),
  qualifiedOn: IsoDate,
  result: z.enum(QUALIFICATION_RESULTS),
  validUntil: IsoDate.nullable()
    .default(null)
    .describe('when null: qualifiedOn + the organisation’s qualification validity (default 12 months)'),
});
export type QualificationInput = z.infer<typeof QualificationInput>;

export const Qualification = z.object({
  id: Id,
  course: z.string(),
  weaponType: z.string(),
  weaponModel: z.string().nullable(),
  qualifiedOn: IsoDate,
  result: z.enum(QUALIFICATION_RESULTS),
  validUntil: IsoDate,
  isValid: z.boolean().describe('passed and not expired today'),
});
export type Qualification = z.infer<typeof Qualification>;

export const Personnel = z.object({
  id: Id,
  organisationId: Id,
  nationalId: z.string(),
  fullName: z.string(),
  role: PersonnelRole,
  status: PersonnelStatus,
  photoId: Id.nullable(),
  userId: Id.nullable(),
  licence: z
    .object({
      number: z.string(),
      authority: z.string(),
      isArmed: z.boolean(),
      expiresOn: IsoDate,
      isValid: z.boolean().describe('not expired today'),
    })
    .nullable(),
  badgeCode: z.string().describe('opaque identifier printed as the badge QR (no personal data)'),
  qualifiedWeaponTypes: z.array(z.string()).describe('types with a valid qualification today'),
  createdAt: IsoInstant,
  updatedAt: IsoInstant,
});
export type Personnel = z.infer<typeof Personnel>;

export const PersonnelDetail = Personnel.extend({
  qualifications: z.array(Qualification),
  currentIssues: z.array(z.lazy(() => IssueRecord)),
});
export type PersonnelDetail = z.infer<typeof PersonnelDetail>;

export const PersonnelParams = z.object({ id: Id, personnelId: Id });
export const ListPersonnelQuery = z.object({
  q: z.string().trim().max(100).optional().describe('any part of the name or national id'),
  role: PersonnelRole.optional(),
  status: PersonnelStatus.optional(),
  licenceExpiringBefore: IsoDate.optional(),
  ...Page,
});
export const PersonnelList = z.object({ items: z.array(Personnel), total: z.number().int() });

/* ------------------------------------------------------------------ clients, sites, posts */

export const CreateClientRequest = z.object({
  name: Text(200),
  taxId: OptionalText(40),
  contact: OptionalText(200),
});
export const CreateSiteRequest = z.object({
  clientId: Id,
  name: Text(200),
  address: OptionalText(400),
  latitude: z.number().min(-90).max(90).nullable().default(null),
  longitude: z.number().min(-180).max(180).nullable().default(null),
});
export const CreatePostRequest = z.object({
  siteId: Id,
  name: Text(200),
  authorisedWeaponTypes: z
    .array(Text(40))
    .max(20)
    .default([])
    .describe('firearm types a guard at this post may carry; empty means none is armed'),
  maxRoundsPerWeapon: z.number().int().min(0).max(1000).nullable().default(null),
});
export const Post = z.object({
  id: Id,
  siteId: Id,
  name: z.string(),
  authorisedWeaponTypes: z.array(z.string()),
  maxRoundsPerWeapon: z.number().int().nullable(),
});
export const Site = z.object({
  id: Id,
  clientId: Id,
  name: z.string(),
  address: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  posts: z.array(Post),
});
export const Client = z.object({
  id: Id,
  organisationId: Id,
  name: z.string(),
  taxId: z.string().nullable(),
  contact: z.string().nullable(),
  sites: z.array(Site),
});
export type Client = z.infer<typeof Client>;
export const ClientList = z.object({ items: z.array(Client) });
export const Created = z.object({ id: Id });

/* ------------------------------------------------------------------ authorisation & settings */

export const OperatingAuthorisationInput = z.object({
  number: Text(100),
  validFrom: IsoDate,
  validUntil: IsoDate,
});
export const OperatingAuthorisation = z.object({
  organisationId: Id,
  authorisation: z
    .object({
      number: z.string(),
      issuedById: Id.describe('the regulator that issued it'),
      issuedByName: z.string(),
      validFrom: IsoDate,
      validUntil: IsoDate,
      isValid: z.boolean(),
      updatedAt: IsoInstant,
    })
    .nullable()
    .describe('null when none is recorded (issue is then refused)'),
});

export const ArmourySettings = z.object({
  organisationId: Id,
  countryCode: z.string(),
  maxRoundsPerWeapon: z.number().int().describe('per-weapon maximum rounds on issue'),
  qualificationValidityMonths: z.number().int().describe('default recurrence of a qualification'),
  maxAssignmentHours: z
    .number()
    .int()
    .describe('longest written-authorised assignment (per-country default 72 h)'),
  defaultShiftHours: z.number().int().describe('expected return after this many hours when none is given'),
  webhookUrl: z.string().nullable().describe('POSTed a signed JSON body when a weapon is overdue'),
  hasWebhookSecret: z.boolean(),
  countryDefaults: z.object({
    maxRoundsPerWeapon: z.number().int(),
    qualificationValidityMonths: z.number().int(),
    maxAssignmentHours: z.number().int(),
    defaultShiftHours: z.number().int(),
  }),
});
export type ArmourySettings = z.infer<typeof ArmourySettings>;
export const UpdateArmourySettingsRequest = z.object({
  maxRoundsPerWeapon: z
    .number()
    .int()
    .min(1)
    .max(1000)
    .nullable()
    .optional()
    .describe('null: country default'),
  qualificationValidityMonths: z.number().int().min(1).max(120).nullable().optional(),
  maxAssignmentHours: z
    .number()
    .int()
    .min(1)
    .max(24 * 31)
    .nullable()
    .optional(),
  defaultShiftHours: z.number().int().min(1).max(48).nullable().optional(),
  webhookUrl: z
    .url({ protocol: /^https?$/ })
    .max(500)
    .nullable()
    .optional(),
  webhookSecret: z
    .string()
    .min(16)
    .max(200)
    .nullable()
    .optional()
    .describe('HMAC-SHA256 key; the signature is sent as X-Custodia-Signature: sha256=<hex>'),
});

/* ------------------------------------------------------------------ issue and return */

export const ExtendedAssignmentInput = z.object({
  reason: Text(1000).describe('why the guard keeps the weapon beyond a shift (e.g. escort duty)'),
  authorisedBy: Text(200).describe('name of who authorised it in writing'),
  endsAt: IsoInstant.describe('must not exceed issuedAt + maxAssignmentHours'),
});

export const IssueFirearmRequest = z.object({
  idempotencyKey: IdempotencyKey,
  facilityId: Id.describe('the armoury issuing'),
  personnelId: Id,
  firearmId: Id,
  postId: Id.nullable().default(null),
  shift: OptionalText(60).describe('free label, e.g. "06:00–18:00"'),
  ammunition: z
    .object({ lotId: Id, rounds: z.number().int().min(1).max(10_000) })
    .nullable()
    .default(null),
  expectedReturnAt: IsoInstant.nullable()
    .default(null)
    .describe('end of shift; null: now + defaultShiftHours'),
  extendedAssignment: ExtendedAssignmentInput.nullable()
    .default(null)
    .describe('required when expectedReturnAt is beyond defaultShiftHours'),
  override: z
    .object({ reason: Text(1000) })
    .nullable()
    .default(null)
    .describe('supervisor override of overridable refusals; the caller must be allowed to override'),
});
export type IssueFirearmRequest = z.infer<typeof IssueFirearmRequest>;

export const IssueCheckRequest = IssueFirearmRequest.omit({ idempotencyKey: true, override: true });
export const IssueCheck = z.object({
  refusals: z.array(IssueRefusal),
  canIssue: z.boolean(),
  canOverride: z.boolean().describe('every refusal is overridable and the caller may override'),
  expectedReturnAt: IsoInstant,
});

export const ReturnFirearmRequest = z.object({
  idempotencyKey: IdempotencyKey,
  firearmId: Id.describe('the weapon scanned; its open issue is returned'),
  facilityId: Id.describe('the armoury receiving it: must be the one that issued it'),
  roundsReturned: z.number().int().min(0).max(10_000),
  shortfallReason: z
    .enum(SHORTFALL_REASONS)
    .nullable()
    .default(null)
    .describe('required when fewer rounds come back than were issued'),
  note: OptionalText(1000).describe('required when shortfallReason is "other"'),
  condition: z.enum(WEAPON_CONDITIONS).default('serviceable').describe('damaged sends it to maintenance'),
});
export type ReturnFirearmRequest = z.infer<typeof ReturnFirearmRequest>;

export const IssueRecord = z.object({
  id: Id,
  organisationId: Id,
  facilityId: Id,
  facilityName: z.string(),
  firearm: z.object({
    id: Id,
    serial: z.string(),
    type: z.string(),
    model: z.string(),
    manufacturer: z.string(),
  }),
  personnel: z.object({ id: Id, fullName: z.string(), nationalId: z.string(), photoId: Id.nullable() }),
  post: z
    .object({ id: Id, name: z.string(), siteId: Id, siteName: z.string(), clientName: z.string() })
    .nullable(),
  shift: z.string().nullable(),
  ammunition: z.object({ lotId: Id, lotNumber: z.string(), rounds: z.number().int() }).nullable(),
  issuedAt: IsoInstant,
  issuedByName: z.string().describe('the armourer (signed-in user) who issued'),
  expectedReturnAt: IsoInstant,
  extendedAssignment: z
    .object({ reason: z.string(), authorisedBy: z.string(), endsAt: IsoInstant })
    .nullable(),
  overrideEntryId: Id.nullable(),
  status: z
    .enum(['out', 'returned', 'lost'])
    .describe('lost: reported lost, stolen or seized while out (Incidents)'),
  isOverdue: z.boolean().describe('out and past expectedReturnAt'),
  returnedAt: IsoInstant.nullable(),
  returnedByName: z.string().nullable(),
  roundsReturned: z.number().int().nullable(),
  shortfallReason: z.enum(SHORTFALL_REASONS).nullable(),
  condition: z.enum(WEAPON_CONDITIONS).nullable(),
  issueEntryId: Id,
  returnEntryId: Id.nullable(),
});
export type IssueRecord = z.infer<typeof IssueRecord>;

export const IssueWritten = z.object({
  issue: IssueRecord,
  entries: z.array(LedgerEntry).describe('issue entry, preceded by its override entry when there was one'),
  replayed: z.boolean(),
});
export const ReturnWritten = z.object({
  issue: IssueRecord,
  entry: LedgerEntry,
  discrepancyId: Id.nullable().describe('the discrepancy opened by a discharge or unexplained shortfall'),
  maintenanceJobId: Id.nullable().describe('the repair job opened for a damaged weapon'),
  replayed: z.boolean(),
});

export const ListIssuesQuery = z.object({
  status: z.enum(['out', 'returned', 'all']).default('out'),
  isOverdue: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === 'true')),
  facilityId: Id.optional(),
  personnelId: Id.optional(),
  firearmId: Id.optional(),
  postId: Id.optional(),
  ...Page,
});
export const IssueList = z.object({
  items: z.array(IssueRecord),
  total: z.number().int(),
  overdue: z.number().int().describe('how many of the matching issues are overdue'),
});
export const IssueParams = z.object({ id: Id, issueId: Id });

export const OverrideRecord = z.object({
  entryId: Id,
  issueId: Id,
  recordedAt: IsoInstant,
  refusals: z.array(IssueRefusalCode),
  reason: z.string(),
  authorisedByName: z.string(),
  firearmSerial: z.string(),
  personnelName: z.string(),
});
export const OverrideList = z.object({ items: z.array(OverrideRecord), total: z.number().int() });

export const Discrepancy = z.object({
  id: Id,
  issueId: Id,
  kind: z.enum(RETURN_DISCREPANCY_KINDS),
  lotId: Id.nullable(),
  roundsMissing: z.number().int(),
  reason: z.enum(SHORTFALL_REASONS).nullable(),
  note: z.string().nullable(),
  status: z.enum(['open', 'closed']).describe('the Incidents capability turns open ones into incidents'),
  createdAt: IsoInstant,
  personnelName: z.string(),
  firearmSerial: z.string(),
});
export const DiscrepancyList = z.object({ items: z.array(Discrepancy) });

export const Alert = z.object({
  id: Id,
  kind: z.literal('overdue'),
  issueId: Id,
  createdAt: IsoInstant,
  acknowledgedAt: IsoInstant.nullable(),
  webhook: z.object({
    status: z.enum(['none', 'pending', 'delivered', 'failed']),
    attempts: z.number().int(),
    lastError: z.string().nullable(),
  }),
  issue: IssueRecord,
});
export const AlertList = z.object({ items: z.array(Alert) });
export const AlertParams = z.object({ id: Id, alertId: Id });
export const SweepResult = z.object({
  alertsRaised: z.number().int(),
  webhooksDelivered: z.number().int(),
  webhooksFailed: z.number().int(),
});

/* ------------------------------------------------------------------ maintenance */

export const OpenMaintenanceRequest = z.object({
  idempotencyKey: IdempotencyKey,
  firearmId: Id,
  kind: z.enum(MAINTENANCE_KINDS),
  note: OptionalText(1000),
});
export const CloseMaintenanceRequest = z.object({
  idempotencyKey: IdempotencyKey,
  result: Text(2000).describe('what was done and found'),
  outcome: z.enum(MAINTENANCE_OUTCOMES),
});
export const MaintenanceJob = z.object({
  id: Id,
  firearm: z.object({ id: Id, serial: z.string(), type: z.string(), model: z.string() }),
  facilityId: Id.nullable(),
  kind: z.enum(MAINTENANCE_KINDS),
  status: z.enum(['open', 'closed']),
  note: z.string().nullable(),
  openedAt: IsoInstant,
  openedByName: z.string(),
  closedAt: IsoInstant.nullable(),
  closedByName: z.string().nullable(),
  result: z.string().nullable(),
  outcome: z.enum(MAINTENANCE_OUTCOMES).nullable(),
});
export const MaintenanceList = z.object({ items: z.array(MaintenanceJob), total: z.number().int() });
export const ListMaintenanceQuery = z.object({
  status: z.enum(['open', 'closed', 'all']).default('open'),
  ...Page,
});
export const MaintenanceParams = z.object({ id: Id, jobId: Id });

/* ------------------------------------------------------------------ stock counts */

export const CountPolicy = z.object({
  id: Id,
  facilityId: Id,
  kind: z.enum(COUNT_POLICY_KINDS),
});
export const CountPolicyList = z.object({ items: z.array(CountPolicy) });
export const SetCountPoliciesRequest = z.object({
  facilityId: Id,
  kinds: z.array(z.enum(COUNT_POLICY_KINDS)).max(COUNT_POLICY_KINDS.length).describe('replaces the set'),
});
export const CountDue = z.object({
  facilityId: Id,
  facilityName: z.string(),
  policy: z.enum(COUNT_POLICY_KINDS),
  trigger: z.enum(COUNT_TRIGGERS),
  dueAt: IsoInstant,
  lastCountAt: IsoInstant.nullable(),
  isOverdue: z.boolean(),
});
export const CountDueList = z.object({ items: z.array(CountDue) });

export const StartCountRequest = z.object({
  facilityId: Id,
  kind: z.enum(COUNT_KINDS),
  trigger: z.enum(COUNT_TRIGGERS).default('ad-hoc'),
  isBlind: z.boolean().default(true).describe('hide what the book expects until counting is submitted'),
  secondCounterName: OptionalText(200).describe('a second person counting with the first'),
});
export const RecordCountRequest = z.object({
  scannedCodes: z
    .array(Text(200))
    .max(5000)
    .default([])
    .describe('weapon QR identifiers, tags or serials as scanned or ticked'),
  lots: z
    .array(z.object({ lotId: Id, rounds: z.number().int().min(0).max(100_000_000) }))
    .max(2000)
    .default([])
    .describe('rounds counted per lot; a lot given again replaces its count'),
  weaponsCounted: z.number().int().min(0).max(1_000_000).nullable().default(null).describe('numeric count'),
});
export const CountDiscrepancy = z.object({
  id: Id,
  kind: z.enum(COUNT_DISCREPANCY_KINDS),
  firearm: z.object({ id: Id, serial: z.string(), status: z.string() }).nullable(),
  scannedCode: z.string().nullable().describe('for an extra item that matched nothing in the book'),
  lotId: Id.nullable(),
  lotNumber: z.string().nullable(),
  expected: z.number().int().nullable(),
  counted: z.number().int().nullable(),
  status: z.enum(['open', 'resolved']),
  resolution: z.enum(COUNT_RESOLUTIONS).nullable(),
  note: z.string().nullable(),
});
export const CountSession = z.object({
  id: Id,
  facilityId: Id,
  facilityName: z.string(),
  kind: z.enum(COUNT_KINDS),
  trigger: z.enum(COUNT_TRIGGERS),
  isBlind: z.boolean(),
  status: z.enum(COUNT_STATUSES),
  counterName: z.string(),
  secondCounterName: z.string().nullable(),
  startedAt: IsoInstant,
  submittedAt: IsoInstant.nullable(),
  closedAt: IsoInstant.nullable(),
  counted: z.object({
    weapons: z
      .array(z.object({ firearmId: Id, code: z.string(), serial: z.string().nullable() }))
      .describe('the weapons of this armoury counted (each once)'),
    notOfArmoury: z
      .array(z.string())
      .describe(
        'codes scanned that name no weapon of this company: set aside, not counted as weapons; each is an "extra" discrepancy once submitted',
      ),
    lots: z.array(z.object({ lotId: Id, lotNumber: z.string(), rounds: z.number().int() })),
    weaponsCounted: z.number().int().nullable(),
  }),
  expected: z
    .object({
      weapons: z.array(z.object({ firearmId: Id, serial: z.string(), status: z.string() })),
      lots: z.array(z.object({ lotId: Id, lotNumber: z.string(), rounds: z.number().int() })),
      weaponsInStore: z.number().int(),
    })
    .nullable()
    .describe('null while a blind count is counting'),
  summary: z
    .object({
      matched: z.number().int(),
      missing: z.number().int(),
      extra: z.number().int(),
      wrongFacility: z.number().int(),
      lotVariances: z.number().int(),
      unresolved: z.number().int(),
    })
    .nullable(),
  discrepancies: z.array(CountDiscrepancy),
  closeEntryId: Id.nullable(),
});
export type CountSession = z.infer<typeof CountSession>;
export const CountSessionList = z.object({
  items: z.array(CountSession.omit({ counted: true, expected: true, discrepancies: true })),
  total: z.number().int(),
});
export const ListCountsQuery = z.object({ facilityId: Id.optional(), ...Page });
export const CountParams = z.object({ id: Id, countId: Id });
export const CountDiscrepancyParams = z.object({ id: Id, countId: Id, discrepancyId: Id });
export const ResolveCountDiscrepancyRequest = z.object({
  resolution: z.enum(COUNT_RESOLUTIONS),
  note: Text(1000),
});
export const CloseCountRequest = z.object({ idempotencyKey: IdempotencyKey });

/* ------------------------------------------------------------------ labels and lookup */

export const LabelsQuery = z.object({
  subject: z.enum(['firearms', 'badges']),
  stock: z
    .enum(LABEL_STOCKS)
    .default('a4-grid')
    .describe('a4-grid: 3×8 on plain A4; avery-l7160: 3×7 labels'),
  facilityId: Id.optional().describe('firearms of one facility'),
  ids: z
    .string()
    .max(20_000)
    .optional()
    .describe('comma-separated firearm or personnel ids; all when absent'),
});
export const LookupQuery = z.object({
  code: Text(200).describe('a scanned QR identifier, tag, serial, lot number or national id'),
});
export const LookupResult = z.object({
  matches: z.array(
    z.discriminatedUnion('kind', [
      z.object({
        kind: z.literal('firearm'),
        id: Id,
        serial: z.string(),
        type: z.string(),
        model: z.string(),
        status: z.string(),
        facilityId: Id.nullable(),
        openIssueId: Id.nullable(),
      }),
      z.object({ kind: z.literal('lot'), id: Id, lotNumber: z.string(), calibreId: z.string() }),
      z.object({ kind: z.literal('personnel'), personnel: Personnel }),
    ]),
  ),
});
export type LookupResult = z.infer<typeof LookupResult>;

/* ------------------------------------------------------------------ error details */

/** details of a 409 ISSUE_REFUSED from POST …/armoury/issues: every reason, each with its own code. */
export const IssueRefusedDetails = z.object({
  refusals: z.array(IssueRefusal),
  isOverridable: z.boolean(),
});
export type IssueRefusedDetails = z.infer<typeof IssueRefusedDetails>;
