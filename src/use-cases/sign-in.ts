import type { SignInRequest } from '../contracts/auth';
import { EMPTY_THROTTLE, isLocked, recordFailure, secondsUntilUnlocked } from '../core/auth/sign-in-throttle';
import type { Instant } from '../core/shared/brand';
import { findOrganisation } from '../storage/organisation-store';
import { clearThrottle, findThrottle, insertSession, saveThrottle } from '../storage/session-store';
import { findUserByEmail } from '../storage/user-store';
import { AppError } from './app-error';
import type { Context, RequestInfo } from './context';
import { hashSecret, newSecret } from './context';
import { verifyAgainstDummy, verifyPassword } from './password-hashing';
import { recordAuditEvent } from './record-audit-event';

export type SessionStage = 'active' | 'second-factor' | 'totp-enrolment';

export interface SignInResult {
  readonly sessionSecret: string;
  readonly stage: SessionStage;
}

const INVALID = () =>
  new AppError('INVALID_CREDENTIALS', 'The e-mail address or the password is not correct');

/**
 * Check a password and open a session. Unknown e-mail, wrong password, invited or deactivated
 * account all get the same answer; failures are counted per address and lock it for a while.
 */
export async function signIn(
  ctx: Context,
  input: SignInRequest,
  request: RequestInfo,
): Promise<SignInResult> {
  const { db } = ctx.database;
  const at = ctx.now();
  const throttleRow = await findThrottle(db, input.email);
  const throttle = throttleRow
    ? {
        failures: throttleRow.failures,
        windowStartedAt: throttleRow.window_started_at as Instant | null,
        lockedUntil: throttleRow.locked_until as Instant | null,
      }
    : EMPTY_THROTTLE;
  if (isLocked(throttle, at)) {
    throw new AppError('SIGN_IN_LOCKED', 'Too many failed attempts: try again later', {
      retryAfterSeconds: secondsUntilUnlocked(throttle, at),
    });
  }

  const user = await findUserByEmail(db, input.email);
  const usable = user && user.status === 'active' && user.password_hash !== null;
  const passwordMatches = usable
    ? await verifyPassword(user.password_hash as string, input.password)
    : await verifyAgainstDummy(input.password);

  if (!usable || !passwordMatches) {
    const failure = recordFailure(throttle, at, {
      maxFailures: ctx.settings.signInMaxFailures,
      windowMinutes: ctx.settings.signInWindowMinutes,
      lockoutMinutes: ctx.settings.signInLockoutMinutes,
    });
    await db.transaction().execute(async (trx) => {
      await saveThrottle(trx, {
        email_key: input.email,
        failures: failure.state.failures,
        window_started_at: failure.state.windowStartedAt,
        locked_until: failure.state.lockedUntil,
      });
      const facts = {
        organisationId: user?.organisation_id ?? null,
        actorUserId: null,
        subjectUserId: user?.id ?? null,
      };
      await recordAuditEvent(ctx, trx, request, {
        ...facts,
        type: 'sign-in-failed',
        details: { email: input.email },
      });
      if (failure.lockedNow) {
        await recordAuditEvent(ctx, trx, request, {
          ...facts,
          type: 'sign-in-locked',
          details: { email: input.email, until: failure.state.lockedUntil },
        });
      }
    });
    if (failure.lockedNow) {
      throw new AppError('SIGN_IN_LOCKED', 'Too many failed attempts: try again later', {
        retryAfterSeconds: ctx.settings.signInLockoutMinutes * 60,
      });
    }
    throw INVALID();
  }

  const organisation = await findOrganisation(db, user.organisation_id);
  if (!organisation || organisation.deactivated_at !== null) throw INVALID();
  const stage: SessionStage =
    user.totp_enabled === 1
      ? 'second-factor'
      : organisation.requires_totp === 1
        ? 'totp-enrolment'
        : 'active';
  const sessionSecret = newSecret();
  await db.transaction().execute(async (trx) => {
    await clearThrottle(trx, input.email);
    await insertSession(trx, {
      id: hashSecret(sessionSecret),
      user_id: user.id,
      csrf_token: newSecret(),
      stage,
      created_at: at,
      last_seen_at: at,
      ip: request.ip,
      user_agent: request.userAgent?.slice(0, 300) ?? null,
      second_factor_failures: 0,
    });
    if (stage === 'active') {
      await recordAuditEvent(ctx, trx, request, {
        type: 'sign-in',
        organisationId: user.organisation_id,
        actorUserId: user.id,
        subjectUserId: user.id,
      });
    }
  });
  return { sessionSecret, stage };
}
