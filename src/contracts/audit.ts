import { z } from 'zod';
import { Id, IsoInstant } from './common';

export const AUDIT_EVENT_TYPES = [
  'sign-in',
  'sign-in-failed',
  'sign-in-locked',
  'sign-out',
  'second-factor-failed',
  'totp-enabled',
  'user-created',
  'user-deactivated',
  'roles-changed',
  'password-set',
  'password-reset-issued',
  'organisation-created',
  'organisation-settings-changed',
  'api-token-created',
  'api-token-revoked',
  'catalogue-extended',
  'import-committed',
] as const;
export const AuditEventType = z.enum(AUDIT_EVENT_TYPES);
export type AuditEventType = z.infer<typeof AuditEventType>;

export const AuditEvent = z.object({
  id: Id,
  at: IsoInstant,
  type: AuditEventType,
  organisationId: Id.nullable(),
  actorUserId: Id.nullable(),
  subjectUserId: Id.nullable(),
  requestId: z.string().nullable(),
  ip: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});
export type AuditEvent = z.infer<typeof AuditEvent>;

export const ListAuditEventsQuery = z.object({
  organisationId: Id.optional(),
  type: AuditEventType.optional(),
  from: IsoInstant.optional(),
  to: IsoInstant.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export type ListAuditEventsQuery = z.infer<typeof ListAuditEventsQuery>;

export const AuditEventList = z.object({ items: z.array(AuditEvent), total: z.number().int() });
