import { z } from 'zod';
import {
  CLOCK_STATUSES,
  DISCREPANCY_INCIDENT_KINDS,
  DISCREPANCY_SOURCES,
  INCIDENT_FIREARM_ROLES,
  INCIDENT_KINDS,
  INCIDENT_MESSAGE_KINDS,
  INCIDENT_PERSON_ROLES,
  INCIDENT_STATUSES,
  NOTIFICATION_KINDS,
  RECOVERY_CUSTODIES,
} from '../core/incidents/incident-terms';
import { CountryCode, Id, IsoInstant } from './common';
import { LedgerEntry } from './registry';

// Wire schemas of incidents (issue #6): filing an incident with the content of ICoC para 63, its
// statutory clocks, the regulator's inbox and the thread, seizure and recovery of weapons, the
// company's open discrepancies, in-app notifications and the settings (clocks, webhook).
//
// Paths (all under /api/v1):
//   company side, {id} = the PSC:
//     GET  /organisations/{id}/incidents                         ListIncidentsQuery -> IncidentList
//     POST /organisations/{id}/incidents                         CreateIncidentRequest -> 201 IncidentWritten
//     GET  /organisations/{id}/incidents/{incidentId}            -> IncidentDetail
//     POST /organisations/{id}/incidents/{incidentId}/follow-up  SubmitFollowUpRequest -> IncidentDetail
//     POST /organisations/{id}/incidents/{incidentId}/answers    IncidentMessageRequest -> IncidentDetail (company)
//     POST /organisations/{id}/incidents/{incidentId}/acknowledge            {} -> IncidentDetail (regulator)
//     POST /organisations/{id}/incidents/{incidentId}/request-information    IncidentMessageRequest -> IncidentDetail (regulator)
//     POST /organisations/{id}/incidents/{incidentId}/outcome    RecordOutcomeRequest -> IncidentDetail (regulator)
//     POST /organisations/{id}/incidents/{incidentId}/close      CloseIncidentRequest -> IncidentDetail (regulator)
//     GET  /organisations/{id}/incidents/{incidentId}/report.pdf?language=es|en  -> application/pdf
//     POST /organisations/{id}/incidents/recoveries              RecoverFirearmRequest -> 201 FirearmStatusWritten
//     POST /organisations/{id}/incidents/seizures                SeizeFirearmRequest -> 201 FirearmStatusWritten (regulator)
//     GET  /organisations/{id}/discrepancies                     -> OpenDiscrepancyList (open ones, both sources)
//     POST /organisations/{id}/discrepancies/{source}/{discrepancyId}/incident  DiscrepancyIncidentRequest -> 201 IncidentWritten
//     POST /organisations/{id}/discrepancies/{source}/{discrepancyId}/resolve   ResolveDiscrepancyRequest -> OpenDiscrepancy
//   regulator side:
//     GET  /incidents/inbox                                      InboxQuery -> IncidentList (licensed companies)
//     GET  /incidents/overview                                   -> IncidentList (notification late/overdue, follow-up late/overdue)
//     GET  /incidents/clock-settings                             -> ClockSettingsList (every country configured + the actor's)
//     PUT  /incidents/clock-settings/{countryCode}               UpdateClockSettingsRequest -> ClockSettings
//     GET  /incidents/webhook-settings                           -> IncidentWebhookSettings (the regulator's own)
//     PUT  /incidents/webhook-settings                           UpdateIncidentWebhookSettingsRequest -> IncidentWebhookSettings
//   anyone signed in (their own notifications):
//     GET  /notifications                                        NotificationsQuery -> NotificationList
//     POST /notifications/{notificationId}/read                  {} -> Notification
//     POST /notifications/read-all                               {} -> { marked }

const Text = (max: number) => z.string().trim().min(1).max(max);
const OptionalText = (max: number) => z.string().trim().max(max).nullable().default(null);
const Page = {
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
};

export const IncidentKind = z.enum(INCIDENT_KINDS);
export const IncidentStatus = z.enum(INCIDENT_STATUSES);
export const ClockStatus = z.enum(CLOCK_STATUSES);
export const IncidentFirearmRole = z.enum(INCIDENT_FIREARM_ROLES);
export const IncidentPersonRole = z.enum(INCIDENT_PERSON_ROLES);
export const DiscrepancySource = z.enum(DISCREPANCY_SOURCES);

export const IncidentParams = z.object({ id: Id.describe('the company (PSC)'), incidentId: Id });
export type IncidentParams = z.infer<typeof IncidentParams>;

/* ------------------------------------------------------------------ filing */

export const IncidentFirearmInput = z.object({
  firearmId: Id.describe('a weapon of the company’s registry'),
  role: IncidentFirearmRole.nullable()
    .default(null)
    .describe(
      'null: "missing" for loss, theft and robbery of a guard; "discharged" for a discharge; else "involved"',
    ),
});
export const IncidentAmmunitionInput = z.object({
  lotId: Id.describe('an ammunition lot of the company’s registry'),
  rounds: z.number().int().min(1).max(10_000_000),
});
export const IncidentPersonInput = z.object({
  name: Text(200),
  role: IncidentPersonRole,
  personnelId: Id.nullable().default(null).describe('a member of the company’s personnel, when it is one'),
  isInjured: z.boolean().default(false),
  injuryDescription: OptionalText(2000).describe('required when isInjured'),
});

export const CreateIncidentRequest = z.object({
  kind: IncidentKind,
  occurredAt: IsoInstant.nullable()
    .default(null)
    .describe('when it happened; null when unknown (e.g. a loss)'),
  discoveredAt: IsoInstant.describe('when the company learned of it: the statutory clocks run from here'),
  place: Text(500).describe('where it happened (address, site, post, route)'),
  facilityId: Id.nullable().default(null).describe('the armoury concerned, if any'),
  circumstances: Text(10_000).describe('what happened'),
  injuries: OptionalText(5000).describe('injuries to anyone (ICoC para 63)'),
  damage: OptionalText(5000).describe('damage to property'),
  measuresTaken: OptionalText(5000),
  policeReportNumber: OptionalText(100).describe(
    'the police complaint number; expected for theft and robbery',
  ),
  notificationsMade: OptionalText(5000).describe('who else was told, when (client, police, insurer…)'),
  regulatorNotifiedAt: IsoInstant.nullable()
    .default(null)
    .describe('when the regulator was told by other means before filing; null: filing notifies it now'),
  firearms: z.array(IncidentFirearmInput).max(200).default([]),
  ammunition: z.array(IncidentAmmunitionInput).max(200).default([]),
  persons: z.array(IncidentPersonInput).max(200).default([]),
});
export type CreateIncidentRequest = z.infer<typeof CreateIncidentRequest>;

/* ------------------------------------------------------------------ reading */

export const IncidentClock = z.object({
  status: ClockStatus,
  dueAt: IsoInstant,
  doneAt: IsoInstant.nullable().describe('when the regulator was notified / the follow-up was submitted'),
  hoursLeft: z.number().nullable().describe('before it is due (negative when overdue); null once done'),
});
export type IncidentClock = z.infer<typeof IncidentClock>;

export const IncidentClocks = z.object({
  notification: IncidentClock,
  followUp: IncidentClock,
  rule: z.object({
    countryCode: z.string(),
    notifyWithinHours: z.number().int(),
    followUpWithinDays: z.number().int(),
  }),
});
export type IncidentClocks = z.infer<typeof IncidentClocks>;

export const IncidentSummary = z.object({
  id: Id,
  organisationId: Id,
  organisationName: z.string(),
  reference: z.string().describe('<ORG CODE>-INC-<YYYY>-<NNNN>, the national reference'),
  kind: IncidentKind,
  status: IncidentStatus,
  occurredAt: IsoInstant.nullable(),
  discoveredAt: IsoInstant,
  place: z.string(),
  createdAt: IsoInstant,
  regulatorNotifiedAt: IsoInstant,
  followUpSubmittedAt: IsoInstant.nullable(),
  acknowledgedAt: IsoInstant.nullable(),
  closedAt: IsoInstant.nullable(),
  firearmCount: z.number().int(),
  roundsInvolved: z.number().int(),
  clocks: IncidentClocks,
  unansweredRequests: z.number().int().describe('regulator requests the company has not answered'),
});
export type IncidentSummary = z.infer<typeof IncidentSummary>;

export const IncidentFirearm = z.object({
  firearmId: Id,
  role: IncidentFirearmRole,
  serial: z.string(),
  manufacturer: z.string(),
  model: z.string(),
  type: z.string(),
  calibre: z.string(),
  currentStatus: z.string().describe('status in the registry now'),
});
export const IncidentAmmunition = z.object({
  lotId: Id,
  lotNumber: z.string(),
  calibre: z.string(),
  rounds: z.number().int(),
});
export const IncidentPerson = z.object({
  id: Id,
  name: z.string(),
  role: IncidentPersonRole,
  personnelId: Id.nullable(),
  isInjured: z.boolean(),
  injuryDescription: z.string().nullable(),
});
export const IncidentMessage = z.object({
  id: Id,
  kind: z.enum(INCIDENT_MESSAGE_KINDS).describe('request: from the regulator; answer: from the company'),
  body: z.string(),
  authorName: z.string(),
  authorOrganisationId: Id,
  createdAt: IsoInstant,
});
export type IncidentMessage = z.infer<typeof IncidentMessage>;

export const LinkedDiscrepancy = z.object({
  source: DiscrepancySource,
  discrepancyId: Id,
});

export const IncidentDetail = IncidentSummary.extend({
  facilityId: Id.nullable(),
  facilityName: z.string().nullable(),
  circumstances: z.string(),
  injuries: z.string().nullable(),
  damage: z.string().nullable(),
  measuresTaken: z.string().nullable(),
  policeReportNumber: z.string().nullable(),
  notificationsMade: z.string().nullable(),
  createdByName: z.string(),
  followUpReport: z.string().nullable(),
  outcome: z.string().nullable(),
  outcomeAt: IsoInstant.nullable(),
  closingNote: z.string().nullable(),
  firearms: z.array(IncidentFirearm),
  ammunition: z.array(IncidentAmmunition),
  persons: z.array(IncidentPerson),
  messages: z.array(IncidentMessage).describe('the thread, oldest first'),
  discrepancies: z.array(LinkedDiscrepancy).describe('the discrepancies this incident reports'),
  ledgerEntryIds: z.array(Id).describe('the ledger entries written for it (weapons reported missing)'),
  permissions: z.object({
    canAnswer: z.boolean(),
    canSubmitFollowUp: z.boolean(),
    canAcknowledge: z.boolean(),
    canRequestInformation: z.boolean(),
    canRecordOutcome: z.boolean(),
    canClose: z.boolean(),
  }),
});
export type IncidentDetail = z.infer<typeof IncidentDetail>;

export const IncidentWritten = z.object({
  incident: IncidentDetail,
  entries: z.array(LedgerEntry).describe('one firearm-reported-missing entry per missing weapon'),
});
export type IncidentWritten = z.infer<typeof IncidentWritten>;

export const IncidentList = z.object({ items: z.array(IncidentSummary), total: z.number().int() });
export type IncidentList = z.infer<typeof IncidentList>;

const ClockFilter = ClockStatus.optional();
export const ListIncidentsQuery = z.object({
  status: IncidentStatus.optional(),
  kind: IncidentKind.optional(),
  notificationClock: ClockFilter,
  followUpClock: ClockFilter,
  isOpen: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === 'true'))
    .describe('true: not closed; false: closed'),
  ...Page,
});
export type ListIncidentsQuery = z.infer<typeof ListIncidentsQuery>;
export const InboxQuery = ListIncidentsQuery.extend({
  organisationId: Id.optional().describe('one licensed company'),
});
export type InboxQuery = z.infer<typeof InboxQuery>;

/* ------------------------------------------------------------------ actions on an incident */

export const SubmitFollowUpRequest = z.object({
  report: Text(20_000).describe('the follow-up report: findings, police progress, measures'),
});
export const IncidentMessageRequest = z.object({ body: Text(5000) });
export const AcknowledgeIncidentRequest = z.object({}).describe('no body fields');
export const RecordOutcomeRequest = z.object({
  outcome: Text(5000).describe('the regulator’s finding and decision'),
});
export const CloseIncidentRequest = z.object({ note: OptionalText(2000) });

/* ------------------------------------------------------------------ recovery and seizure */

export const RecoverFirearmRequest = z.object({
  firearmId: Id,
  recoveredAt: IsoInstant,
  place: Text(500),
  recoveredBy: Text(200).describe('who recovered it (police unit, person)'),
  custody: z.enum(RECOVERY_CUSTODIES).describe('company: back in store at facilityId; authorities: seized'),
  facilityId: Id.nullable().default(null).describe('required when custody is company'),
  incidentId: Id.nullable().default(null).describe('the incident that reported it missing'),
  note: OptionalText(2000),
});
export type RecoverFirearmRequest = z.infer<typeof RecoverFirearmRequest>;

export const SeizeFirearmRequest = z.object({
  firearmId: Id,
  seizedAt: IsoInstant,
  place: Text(500),
  authority: Text(200).describe('who seized it (regulator, police unit, court)'),
  reason: Text(2000),
  reference: OptionalText(100).describe('the seizure record or case number'),
});
export type SeizeFirearmRequest = z.infer<typeof SeizeFirearmRequest>;

export const FirearmStatusWritten = z.object({
  firearmId: Id,
  status: z.string().describe('the weapon’s registry status after the entry'),
  entry: LedgerEntry,
});

/* ------------------------------------------------------------------ discrepancies */

export const OpenDiscrepancy = z.object({
  id: Id,
  source: DiscrepancySource,
  kind: z.string().describe('return: discharge | unexplained-shortfall; count: missing | extra | …'),
  status: z.enum(['open', 'reported', 'resolved']),
  createdAt: IsoInstant,
  facilityName: z.string().nullable(),
  firearm: z.object({ id: Id, serial: z.string() }).nullable(),
  lot: z.object({ id: Id, lotNumber: z.string() }).nullable(),
  rounds: z.number().int().nullable().describe('rounds missing (return) or expected − counted (count)'),
  description: z.string().describe('personnel, count or note, for the list'),
  reason: z
    .string()
    .nullable()
    .describe('return: the shortfall reason given at the desk (discharge-in-service, training, …)'),
  suggestedKind: z.enum(DISCREPANCY_INCIDENT_KINDS),
  incidentId: Id.nullable(),
  resolutionReason: z.string().nullable(),
  notificationClock: IncidentClock.describe('runs from createdAt until an incident is filed'),
});
export type OpenDiscrepancy = z.infer<typeof OpenDiscrepancy>;
export const OpenDiscrepancyList = z.object({ items: z.array(OpenDiscrepancy) });
export const DiscrepancyParams = z.object({ id: Id, source: DiscrepancySource, discrepancyId: Id });
export const DiscrepancyIncidentRequest = CreateIncidentRequest.omit({
  kind: true,
  discoveredAt: true,
  place: true,
  circumstances: true,
})
  .extend({
    kind: z
      .enum(DISCREPANCY_INCIDENT_KINDS)
      .nullable()
      .default(null)
      .describe('null: the suggestedKind of the discrepancy'),
    place: Text(500).nullable().default(null).describe('null: the facility of the discrepancy'),
    circumstances: Text(10_000)
      .nullable()
      .default(null)
      .describe('null: a description written from the discrepancy'),
    discoveredAt: IsoInstant.nullable().default(null).describe('null: when the discrepancy was raised'),
  })
  .describe('the discrepancy’s weapon and lot are added to firearms and ammunition');
export type DiscrepancyIncidentRequest = z.infer<typeof DiscrepancyIncidentRequest>;
export const ResolveDiscrepancyRequest = z.object({
  reason: Text(2000).describe('why no incident is filed (e.g. training rounds not booked)'),
});

/* ------------------------------------------------------------------ settings */

export const ClockSettings = z.object({
  countryCode: z.string(),
  notifyWithinHours: z.number().int(),
  followUpWithinDays: z.number().int(),
  isDefault: z.boolean().describe('true: the seeded default, not yet confirmed or changed'),
  source: z.string().nullable().describe('where the default comes from'),
  updatedAt: IsoInstant.nullable(),
});
export type ClockSettings = z.infer<typeof ClockSettings>;
export const ClockSettingsList = z.object({ items: z.array(ClockSettings) });
export const ClockSettingsParams = z.object({ countryCode: CountryCode });
export const UpdateClockSettingsRequest = z.object({
  notifyWithinHours: z
    .number()
    .int()
    .min(1)
    .max(24 * 60),
  followUpWithinDays: z.number().int().min(1).max(365),
});

export const IncidentWebhookSettings = z.object({
  regulatorId: Id,
  webhookUrl: z.string().nullable().describe('POSTed a signed JSON body on every new incident'),
  hasWebhookSecret: z.boolean(),
});
export const UpdateIncidentWebhookSettingsRequest = z.object({
  webhookUrl: z
    .url({ protocol: /^https?$/ })
    .max(500)
    .nullable(),
  webhookSecret: z
    .string()
    .min(16)
    .max(200)
    .nullable()
    .optional()
    .describe('HMAC-SHA256 key; the signature is sent as X-Custodia-Signature: sha256=<hex>'),
});

/* ------------------------------------------------------------------ notifications */

export const Notification = z.object({
  id: Id,
  kind: z.enum(NOTIFICATION_KINDS),
  incidentId: Id,
  incidentReference: z.string(),
  organisationId: Id.describe('the company of the incident'),
  organisationName: z.string(),
  createdAt: IsoInstant,
  readAt: IsoInstant.nullable(),
});
export type Notification = z.infer<typeof Notification>;
export const NotificationsQuery = z.object({
  unread: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
  ...Page,
});
export const NotificationList = z.object({
  items: z.array(Notification),
  total: z.number().int(),
  unread: z.number().int(),
});
export const NotificationParams = z.object({ notificationId: Id });
export const MarkedRead = z.object({ marked: z.number().int() });
