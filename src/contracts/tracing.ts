import { z } from 'zod';
import { TRACE_URGENCIES } from '../core/tracing/response-clock';
import { Id, IsoInstant } from './common';

const Text = (max: number) => z.string().trim().min(1).max(max);
const OptionalText = (max: number) => z.string().trim().max(max).nullable().default(null);

/** A serial as read: any part of it, `?` one illegible character, `*` any run. */
export const SerialPatternText = z
  .string()
  .max(80)
  .describe('any part of a serial; ? one illegible character, * any run');

export const TraceSearchQuery = z.object({
  serial: SerialPatternText,
  manufacturer: z.string().trim().max(100).optional(),
  calibre: z.string().trim().max(60).optional(),
  type: z.string().trim().max(40).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(20),
});
export type TraceSearchQuery = z.infer<typeof TraceSearchQuery>;

export const TraceCandidate = z.object({
  firearmId: Id,
  serial: z.string(),
  manufacturer: z.string(),
  model: z.string(),
  calibre: z.string(),
  type: z.string(),
  organisationId: Id,
  organisation: z.string(),
  status: z.string(),
  score: z
    .number()
    .int()
    .min(0)
    .max(100)
    .describe('100: exact serial; otherwise at most 90 (docs/tracing.md)'),
});
export type TraceCandidate = z.infer<typeof TraceCandidate>;

export const TraceSearchResponse = z.object({
  candidates: z.array(TraceCandidate),
  /** More weapons matched than were ranked: narrow with manufacturer, calibre or type. */
  truncated: z.boolean(),
});
export type TraceSearchResponse = z.infer<typeof TraceSearchResponse>;

export const QuickCheckQuery = z.object({
  serial: z.string().max(80),
  manufacturer: z.string().trim().max(100).optional(),
});
export type QuickCheckQuery = z.infer<typeof QuickCheckQuery>;

/** A serial recorded lost or stolen that contains the characters checked (issue 14, defect 4). */
export const QuickCheckCandidate = z.object({
  serial: z.string(),
  manufacturer: z.string(),
  model: z.string(),
  status: z.enum(['lost', 'stolen']),
  nationalReference: z.string(),
});
export type QuickCheckCandidate = z.infer<typeof QuickCheckCandidate>;

/**
 * A hit or no hit (issue #6): lost or stolen, with the national reference. Never a false all-clear
 * (issue 14, defect 4): without a whole-serial hit, the serials recorded lost or stolen that contain
 * the characters checked (confusables folded) are the `candidates` (outcome `partial`); with none and
 * fewer characters than a whole serial has, the outcome is `too-short`: a whole serial is needed.
 */
export const QuickCheckResponse = z.object({
  hit: z.boolean(),
  outcome: z.enum(['hit', 'partial', 'too-short', 'no-hit']),
  matches: z.array(z.object({ status: z.enum(['lost', 'stolen']), nationalReference: z.string() })),
  candidates: z.array(QuickCheckCandidate),
  /** True when more serials contain the characters than are listed. */
  truncated: z.boolean(),
});
export type QuickCheckResponse = z.infer<typeof QuickCheckResponse>;

export const TraceUrgency = z.enum(TRACE_URGENCIES);

export const CreateTraceRequest = z
  .object({
    manufacturer: OptionalText(100),
    model: OptionalText(100),
    type: OptionalText(40),
    calibre: OptionalText(60),
    serial: OptionalText(80).describe('the serial as read, with ? and * where illegible'),
    serialObliterated: z.boolean().default(false),
    serialLegible: OptionalText(80).describe(
      'when obliterated: the characters still legible, ? and * for the rest',
    ),
    countryOfOrigin: z
      .string()
      .regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code in capitals, e.g. BR')
      .nullable()
      .default(null)
      .describe('country of manufacture or of last import'),
    otherMarks: OptionalText(1000),
    recoveredAt: z.iso.date().nullable().default(null),
    recoveredPlace: OptionalText(300),
    illicitReason: Text(2000),
    urgency: TraceUrgency,
    urgencyReason: OptionalText(500),
    caseReference: Text(100),
    pointOfContact: Text(300),
    intendedUse: Text(1000),
  })
  .refine((r) => r.serial !== null || r.serialLegible !== null, {
    message: 'give the serial, or its legible part when obliterated',
    path: ['serial'],
  });
export type CreateTraceRequest = z.infer<typeof CreateTraceRequest>;

export const ResponseClock = z.object({
  dueAt: IsoInstant,
  isOverdue: z.boolean(),
  wasAnsweredLate: z.boolean(),
  hoursLeft: z.number().nullable(),
});

const TimelineItem = z.object({
  at: IsoInstant,
  kind: z.string(),
  organisation: z.string(),
  details: z.record(z.string(), z.string()),
  entryId: z.string(),
});

export const TraceAnswer = z.object({
  firearm: z.object({
    firearmId: z.string(),
    serial: z.string(),
    manufacturer: z.string(),
    model: z.string(),
    type: z.string(),
    calibre: z.string(),
    countryOfManufacture: z.string(),
    yearOfManufacture: z.number().nullable(),
    importCountry: z.string().nullable(),
    importYear: z.number().nullable(),
    status: z.string(),
  }),
  nationalReference: z.string(),
  enteredSector: z
    .object({
      at: IsoInstant,
      organisation: z.string(),
      facility: z.string(),
      sourceKind: z.string(),
      sourceName: z.string(),
      sourceReference: z.string().nullable(),
    })
    .nullable(),
  transfers: z.array(
    z.object({ at: IsoInstant, from: z.string(), to: z.string(), reference: z.string().nullable() }),
  ),
  holder: z.object({ organisation: z.string(), facility: z.string().nullable(), status: z.string() }),
  lastIssue: z
    .object({
      at: IsoInstant,
      guard: z.string(),
      shift: z.string().nullable(),
      facility: z.string().nullable(),
    })
    .nullable(),
  // Answers stored before issue 6's incidents lack the newer fields: defaults keep them readable.
  lastCount: z
    .object({ at: IsoInstant, facility: z.string().nullable(), kind: z.string().nullable().default(null) })
    .nullable(),
  lossOrTheft: z
    .object({
      status: z.string(),
      reportedAt: IsoInstant.nullable(),
      incidentReference: z.string().nullable().default(null),
    })
    .nullable(),
  lossReports: z
    .array(
      z.object({
        reportedAt: IsoInstant,
        status: z.string(),
        occurredAt: z.string().nullable(),
        discoveredAt: z.string().nullable(),
        place: z.string().nullable(),
        incidentReference: z.string().nullable(),
        policeReference: z.string().nullable(),
        organisation: z.string(),
        entryId: z.string(),
      }),
    )
    .default([]),
  recoveries: z
    .array(
      z.object({
        recordedAt: IsoInstant,
        recoveredAt: z.string().nullable(),
        place: z.string().nullable(),
        recoveredBy: z.string().nullable(),
        custody: z.string().nullable(),
        facility: z.string().nullable(),
        organisation: z.string(),
        entryId: z.string(),
      }),
    )
    .default([]),
  timeline: z.array(TimelineItem),
});
export type TraceAnswer = z.infer<typeof TraceAnswer>;

export const TraceRequest = z.object({
  id: Id,
  reference: z.string(),
  requestingOrganisationId: Id,
  requestingOrganisation: z.string(),
  regulatorId: Id,
  status: z.enum(['submitted', 'answered']),
  urgency: TraceUrgency,
  urgencyReason: z.string().nullable(),
  manufacturer: z.string().nullable(),
  model: z.string().nullable(),
  type: z.string().nullable(),
  calibre: z.string().nullable(),
  serial: z.string().nullable(),
  serialObliterated: z.boolean(),
  serialLegible: z.string().nullable(),
  countryOfOrigin: z.string().nullable(),
  otherMarks: z.string().nullable(),
  recoveredAt: z.string().nullable(),
  recoveredPlace: z.string().nullable(),
  illicitReason: z.string(),
  caseReference: z.string(),
  pointOfContact: z.string(),
  intendedUse: z.string(),
  createdAt: IsoInstant,
  answeredAt: IsoInstant.nullable(),
  outcome: z.enum(['match', 'no-record']).nullable(),
  answerNote: z.string().nullable(),
  clock: ResponseClock,
  photos: z.array(z.object({ id: Id, sha256: z.string(), contentType: z.string() })),
});
export type TraceRequest = z.infer<typeof TraceRequest>;

export const TraceRequestList = z.object({ items: z.array(TraceRequest), total: z.number().int() });

export const ListTraceRequestsQuery = z.object({
  status: z.enum(['submitted', 'answered']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export type ListTraceRequestsQuery = z.infer<typeof ListTraceRequestsQuery>;

export const AnswerTraceRequest = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('match'), firearmId: Id, note: OptionalText(2000) }),
  z.object({ outcome: z.literal('no-record'), note: OptionalText(2000) }),
]);
export type AnswerTraceRequest = z.infer<typeof AnswerTraceRequest>;

export const TraceRequestAnswer = z.object({
  request: TraceRequest,
  answer: TraceAnswer.nullable(),
});
export type TraceRequestAnswer = z.infer<typeof TraceRequestAnswer>;

export const TraceSettings = z.object({
  urgentHours: z
    .number()
    .int()
    .min(1)
    .max(24 * 90),
  routineHours: z
    .number()
    .int()
    .min(1)
    .max(24 * 365),
});
export type TraceSettings = z.infer<typeof TraceSettings>;

export const SearchLogQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export const SearchLogEntry = z.object({
  id: Id,
  at: IsoInstant,
  actorId: z.string(),
  actor: z.string().nullable(),
  organisationId: Id.nullable(),
  organisation: z.string().nullable(),
  kind: z.string(),
  query: z.record(z.string(), z.unknown()),
  results: z.number().int(),
  requestId: Id.nullable(),
});
export const SearchLog = z.object({ items: z.array(SearchLogEntry), total: z.number().int() });
