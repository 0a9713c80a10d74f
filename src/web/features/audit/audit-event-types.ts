import type { AuditEventType } from '../../../contracts/audit';

// A record over the contract's union, so a new event type fails to compile until it is listed here.
const LISTED: Record<AuditEventType, true> = {
  'sign-in': true,
  'sign-in-failed': true,
  'sign-in-locked': true,
  'sign-out': true,
  'second-factor-failed': true,
  'totp-enabled': true,
  'user-created': true,
  'user-deactivated': true,
  'roles-changed': true,
  'password-set': true,
  'password-reset-issued': true,
  'organisation-created': true,
  'organisation-settings-changed': true,
  'api-token-created': true,
  'api-token-revoked': true,
  'catalogue-extended': true,
  'import-committed': true,
};

export const AUDIT_EVENT_TYPES = Object.keys(LISTED) as AuditEventType[];

export function isAuditEventType(value: string | null): value is AuditEventType {
  return value !== null && value in LISTED;
}
