import QRCode from 'qrcode';
import type { TotpEnrolmentResponse } from '../contracts/auth';
import { updateUser } from '../storage/user-store';
import { AppError } from './app-error';
import type { SessionAuth } from './authenticate';
import type { Context, RequestInfo } from './context';
import { recordAuditEvent } from './record-audit-event';
import { isValidTotp, newTotpSecret, totpUri } from './totp';

/** Second step of sign-in: a TOTP code from the user's authenticator app. */
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
  if (!(await isValidTotp(auth.user.totp_secret, code, new Date(ctx.now())))) {
    await recordAuditEvent(ctx, db, request, {
      type: 'second-factor-failed',
      organisationId: auth.user.organisation_id,
      actorUserId: auth.user.id,
      subjectUserId: auth.user.id,
    });
    throw new AppError('INVALID_SECOND_FACTOR', 'The code is not correct or has expired');
  }
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('session')
      .set({ stage: 'active', last_seen_at: ctx.now() })
      .where('id', '=', auth.session.id)
      .execute();
    await recordAuditEvent(ctx, trx, request, {
      type: 'sign-in',
      organisationId: auth.user.organisation_id,
      actorUserId: auth.user.id,
      subjectUserId: auth.user.id,
      details: { secondFactor: 'totp' },
    });
  });
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
  if (!(await isValidTotp(fresh.totp_secret, code, new Date(ctx.now())))) {
    throw new AppError('INVALID_SECOND_FACTOR', 'The code is not correct or has expired');
  }
  await ctx.database.db.transaction().execute(async (trx) => {
    await updateUser(trx, fresh.id, { totp_enabled: 1, updated_at: ctx.now() });
    await trx.updateTable('session').set({ stage: 'active' }).where('id', '=', auth.session.id).execute();
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
