import {
  ACCOUNT_THROTTLE,
  EMPTY_THROTTLE,
  isLocked,
  recordAccountFailure,
  secondsUntilUnlocked,
  type ThrottleState,
} from '../core/auth/sign-in-throttle';
import type { Instant } from '../core/shared/brand';
import type { Queryable } from '../storage/database';
import { findThrottle, saveThrottle } from '../storage/session-store';
import { AppError } from './app-error';
import type { Context, RequestInfo } from './context';
import { recordAuditEvent } from './record-audit-event';

/*
 * Throttle rows share one table, told apart by key: `<email>` (per account, growing delays),
 * `<email>|<address>` (per account and source address, hard lockout) and `totp:<user id>` (wrong
 * second-factor codes per account, growing delays).
 */
export const accountKey = (email: string) => email;
export const addressKey = (email: string, ip: string | null) => `${email}|${ip ?? '-'}`;
export const secondFactorKey = (userId: string) => `totp:${userId}`;

export async function loadThrottle(db: Queryable, key: string): Promise<ThrottleState> {
  const row = await findThrottle(db, key);
  return row
    ? {
        failures: row.failures,
        windowStartedAt: row.window_started_at as Instant | null,
        lockedUntil: row.locked_until as Instant | null,
      }
    : EMPTY_THROTTLE;
}

export async function storeThrottle(db: Queryable, key: string, state: ThrottleState): Promise<void> {
  await saveThrottle(db, {
    email_key: key,
    failures: state.failures,
    window_started_at: state.windowStartedAt,
    locked_until: state.lockedUntil,
  });
}

/** Refuse at once (429 with Retry-After) while a throttle's wait runs. */
export function refuseWhileThrottled(state: ThrottleState, at: Instant): void {
  if (isLocked(state, at)) {
    throw new AppError('SIGN_IN_LOCKED', 'Too many failed attempts: try again later', {
      retryAfterSeconds: Math.max(1, secondsUntilUnlocked(state, at)),
    });
  }
}

/**
 * Count one failure against an account (any address). The first time the account starts being
 * slowed down, its holder is told: an audit event on their account and a log line the mail transport
 * (to come) turns into a message — "someone is trying to sign in as you".
 */
export async function countAccountFailure(
  ctx: Context,
  trx: Queryable,
  request: RequestInfo,
  key: string,
  subject: { userId: string | null; organisationId: string | null; email: string | null },
  what: 'password' | 'second-factor',
): Promise<number> {
  const at = ctx.now();
  const result = recordAccountFailure(await loadThrottle(trx, key), at, {
    ...ACCOUNT_THROTTLE,
    freeFailures: ctx.settings.signInMaxFailures,
    windowMinutes: ctx.settings.signInWindowMinutes,
  });
  await storeThrottle(trx, key, result.state);
  if (result.throttledNow) {
    await recordAuditEvent(ctx, trx, request, {
      type: 'sign-in-locked',
      organisationId: subject.organisationId,
      actorUserId: null,
      subjectUserId: subject.userId,
      details: { email: subject.email, scope: 'account', what, failures: result.state.failures },
    });
    if (subject.userId) noticeToHolder(ctx, subject.userId, what, 'account');
  }
  return result.delaySeconds;
}

/** The line the mail transport (to come) turns into a message to the account holder. */
export function noticeToHolder(
  ctx: Context,
  userId: string,
  what: 'password' | 'second-factor',
  scope: 'account' | 'address',
): void {
  ctx.log.warn(
    { notice: 'account-throttled', userId, what, scope },
    'notice to the account holder: repeated failed sign-in attempts; further attempts are slowed down',
  );
}
