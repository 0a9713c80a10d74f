import type { SignInRequest } from '../contracts/auth';
import { recordFailure } from '../core/auth/sign-in-throttle';
import { findOrganisation } from '../storage/organisation-store';
import { clearThrottle, insertSession } from '../storage/session-store';
import {
  accountKey,
  addressKey,
  countAccountFailure,
  loadThrottle,
  noticeToHolder,
  refuseWhileThrottled,
  storeThrottle,
} from './account-throttle';
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
 * account all get the same answer. Failures are counted twice: per account and source address
 * (a hard lockout for that address only) and per account from anywhere (growing delays capped at a
 * minute, with a notice to the holder) — so nobody can lock the holder out from elsewhere.
 */
export async function signIn(
  ctx: Context,
  input: SignInRequest,
  request: RequestInfo,
): Promise<SignInResult> {
  const { db } = ctx.database;
  const at = ctx.now();
  const pairKey = addressKey(input.email, request.ip);
  const pair = await loadThrottle(db, pairKey);
  refuseWhileThrottled(pair, at);
  refuseWhileThrottled(await loadThrottle(db, accountKey(input.email)), at);

  const user = await findUserByEmail(db, input.email);
  const usable = user && user.status === 'active' && user.password_hash !== null;
  const passwordMatches = usable
    ? await verifyPassword(user.password_hash as string, input.password)
    : await verifyAgainstDummy(input.password);

  if (!usable || !passwordMatches) {
    const failure = recordFailure(pair, at, {
      maxFailures: ctx.settings.signInMaxFailures,
      windowMinutes: ctx.settings.signInWindowMinutes,
      lockoutMinutes: ctx.settings.signInLockoutMinutes,
    });
    const facts = {
      organisationId: user?.organisation_id ?? null,
      actorUserId: null,
      subjectUserId: user?.id ?? null,
    };
    await db.transaction().execute(async (trx) => {
      await storeThrottle(trx, pairKey, failure.state);
      await countAccountFailure(
        ctx,
        trx,
        request,
        accountKey(input.email),
        { userId: user?.id ?? null, organisationId: facts.organisationId, email: input.email },
        'password',
      );
      await recordAuditEvent(ctx, trx, request, {
        ...facts,
        type: 'sign-in-failed',
        details: { email: input.email },
      });
      if (failure.lockedNow) {
        await recordAuditEvent(ctx, trx, request, {
          ...facts,
          type: 'sign-in-locked',
          details: { email: input.email, until: failure.state.lockedUntil, scope: 'address' },
        });
        if (user) noticeToHolder(ctx, user.id, 'password', 'address');
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
    await clearThrottle(trx, pairKey);
    await clearThrottle(trx, accountKey(input.email));
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
