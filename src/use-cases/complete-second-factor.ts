import QRCode from 'qrcode';
import type { TotpEnrolmentResponse } from '../contracts/auth';
import {
  clearThrottle,
  countSecondFactorFailure,
  deleteSession,
  setSessionStage,
} from '../storage/session-store';
import { claimTotpStep, updateUser } from '../storage/user-store';
import { countAccountFailure, loadThrottle, refuseWhileThrottled, secondFactorKey } from './account-throttle';
import { AppError } from './app-error';
import type { SessionAuth } from './authenticate';
import type { Context, RequestInfo } from './context';
import { recordAuditEvent } from './record-audit-event';
import { acceptedTotpStep, newTotpSecret, totpUri } from './totp';

/** Wrong codes after which a half-signed-in session ends (sign in again with the password). */
export const MAX_SECOND_FACTOR_FAILURES = 5;

/**
 * Second step of sign-in: a TOTP code from the user's authenticator app. A code is accepted once
 * per user (its time step is remembered); wrong codes end the half-signed-in session after five and
 * count against the account from any address (growing delays, a notice to the holder).
 */
export async function completeSecondFactor(
  ctx: Context,
  auth: SessionAuth,
  code: string,
  request: RequestInfo,
): Promise<void> {
  if (auth.stage !== 'second-factor' || !auth.user.totp_secret) {
    throw new AppError('CONFLICT', 'This session is not waiting for a second factor');
  }
  const { db } = ctx.database;
  const user = auth.user;
  const throttleKey = secondFactorKey(user.id);
  refuseWhileThrottled(await loadThrottle(db, throttleKey), ctx.now());
  const step = await acceptedTotpStep(user.totp_secret!, code, new Date(ctx.now()), user.totp_last_step);
  const accepted =
    step !== null &&
    (await db.transaction().execute(async (trx) => {
      if (!(await claimTotpStep(trx, user.id, step))) return false;
      await setSessionStage(trx, auth.session.id, 'active', ctx.now());
      await clearThrottle(trx, throttleKey);
      await recordAuditEvent(ctx, trx, request, {
        type: 'sign-in',
        organisationId: user.organisation_id,
        actorUserId: user.id,
        subjectUserId: user.id,
        details: { secondFactor: 'totp' },
      });
      return true;
    }));
  if (accepted) return;
  const ended = await db.transaction().execute(async (trx) => {
    const failures = await countSecondFactorFailure(trx, auth.session.id);
    await countAccountFailure(
      ctx,
      trx,
      request,
      throttleKey,
      { userId: user.id, organisationId: user.organisation_id, email: user.email },
      'second-factor',
    );
    await recordAuditEvent(ctx, trx, request, {
      type: 'second-factor-failed',
      organisationId: user.organisation_id,
      actorUserId: user.id,
      subjectUserId: user.id,
      details: { failures, replay: step !== null },
    });
    if (failures < MAX_SECOND_FACTOR_FAILURES) return false;
    await deleteSession(trx, auth.session.id);
    return true;
  });
  if (ended) {
    throw new AppError('SECOND_FACTOR_LOCKED', 'Too many wrong codes: sign in again with your password');
  }
  throw new AppError('INVALID_SECOND_FACTOR', 'The code is not correct or has expired');
}

/**
 * Start TOTP enrolment: a new secret is kept on the account, not yet enabled, until a code
 * from it is confirmed. Allowed for an active session or one that must enrol before going on.
 */
export async function startTotpEnrolment(ctx: Context, auth: SessionAuth): Promise<TotpEnrolmentResponse> {
  if (auth.stage === 'second-factor') throw new AppError('SECOND_FACTOR_PENDING', 'Finish signing in first');
  if (auth.user.totp_enabled === 1) throw new AppError('CONFLICT', 'A second factor is already enabled');
  const secret = newTotpSecret();
  await updateUser(ctx.database.db, auth.user.id, { totp_secret: secret, updated_at: ctx.now() });
  const otpauthUrl = totpUri(secret, auth.user.email);
  return { secret, otpauthUrl, qrCodeDataUrl: await QRCode.toDataURL(otpauthUrl, { margin: 1, width: 220 }) };
}

export async function confirmTotpEnrolment(
  ctx: Context,
  auth: SessionAuth,
  code: string,
  request: RequestInfo,
): Promise<void> {
  if (auth.stage === 'second-factor') throw new AppError('SECOND_FACTOR_PENDING', 'Finish signing in first');
  const fresh = auth.user;
  if (fresh.totp_enabled === 1) throw new AppError('CONFLICT', 'A second factor is already enabled');
  if (!fresh.totp_secret) throw new AppError('CONFLICT', 'Start the enrolment first');
  const step = await acceptedTotpStep(fresh.totp_secret, code, new Date(ctx.now()), fresh.totp_last_step);
  if (step === null) {
    throw new AppError('INVALID_SECOND_FACTOR', 'The code is not correct or has expired');
  }
  await ctx.database.db.transaction().execute(async (trx) => {
    await updateUser(trx, fresh.id, { totp_enabled: 1, totp_last_step: step, updated_at: ctx.now() });
    await setSessionStage(trx, auth.session.id, 'active');
    await recordAuditEvent(ctx, trx, request, {
      type: 'totp-enabled',
      organisationId: fresh.organisation_id,
      actorUserId: fresh.id,
      subjectUserId: fresh.id,
    });
    if (auth.stage === 'totp-enrolment') {
      await recordAuditEvent(ctx, trx, request, {
        type: 'sign-in',
        organisationId: fresh.organisation_id,
        actorUserId: fresh.id,
        subjectUserId: fresh.id,
        details: { secondFactor: 'totp', enrolled: true },
      });
    }
  });
}
