import type { Instant } from '../shared/brand';
import { addMinutes } from '../shared/brand';

/** Sessions end after an idle period and after an absolute lifetime (OWASP ASVS 3.3), whichever is first. */
export interface SessionTimes {
  readonly createdAt: Instant;
  readonly lastSeenAt: Instant;
}

export interface SessionLimits {
  readonly idleMinutes: number;
  readonly absoluteMinutes: number;
}

export type SessionVerdict = { valid: true } | { valid: false; reason: 'IDLE_TIMEOUT' | 'ABSOLUTE_TIMEOUT' };

export function judgeSession(session: SessionTimes, limits: SessionLimits, at: Instant): SessionVerdict {
  if (addMinutes(session.createdAt, limits.absoluteMinutes) <= at)
    return { valid: false, reason: 'ABSOLUTE_TIMEOUT' };
  if (addMinutes(session.lastSeenAt, limits.idleMinutes) <= at)
    return { valid: false, reason: 'IDLE_TIMEOUT' };
  return { valid: true };
}

/** Touching the session on every request would write on every read; once a minute is enough. */
export function needsTouch(session: SessionTimes, at: Instant): boolean {
  return addMinutes(session.lastSeenAt, 1) <= at;
}
