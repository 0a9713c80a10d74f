import type { AcceptLinkRequest } from '../contracts/auth';
import { checkPassword } from '../core/auth/password-policy';
import type { Queryable } from '../storage/database';
import { clearThrottle } from '../storage/session-store';
import { findUserTokenByHash, markUserTokenUsed, type UserTokenRow } from '../storage/token-store';
import { findUser, updateUser, type UserWithRoles } from '../storage/user-store';
import { AppError } from './app-error';
import type { Context, RequestInfo } from './context';
import { hashSecret } from './context';
import { hashPassword } from './password-hashing';
import { recordAuditEvent } from './record-audit-event';

const INVALID_LINK = () => new AppError('INVALID_LINK', 'This link is not valid any more: ask for a new one');

async function loadLink(
  ctx: Context,
  db: Queryable,
  token: string,
): Promise<{ link: UserTokenRow; user: UserWithRoles }> {
  const link = await findUserTokenByHash(db, hashSecret(token));
  if (!link || link.used_at !== null || link.expires_at <= ctx.now()) throw INVALID_LINK();
  const user = await findUser(db, link.user_id);
  if (!user || user.status === 'deactivated') throw INVALID_LINK();
  return { link, user };
}

/** What the set-password page shows before the person types a password. */
export async function describeUserLink(ctx: Context, token: string) {
  const { link, user } = await loadLink(ctx, ctx.database.db, token);
  return {
    purpose: link.purpose as 'invitation' | 'password-reset',
    email: user.email,
    displayName: user.display_name,
    expiresAt: link.expires_at,
  };
}

/** Use an invitation or reset link: set the password, activate the account, spend the link. */
export async function acceptUserLink(
  ctx: Context,
  input: AcceptLinkRequest,
  request: RequestInfo,
): Promise<void> {
  // The link first (it names the account), then the password against that account's own data.
  const { user: owner } = await loadLink(ctx, ctx.database.db, input.token);
  const problem = checkPassword(input.password, { email: owner.email, displayName: owner.display_name });
  if (problem) {
    throw new AppError('WEAK_PASSWORD', 'Choose a longer or less common password', {
      ...problem,
      fields: [{ path: 'password', message: problem.code }],
    });
  }
  const passwordHash = await hashPassword(input.password);
  await ctx.database.db.transaction().execute(async (trx) => {
    const { link, user } = await loadLink(ctx, trx, input.token);
    const at = ctx.now();
    await markUserTokenUsed(trx, link.id, at);
    await updateUser(trx, user.id, { password_hash: passwordHash, status: 'active', updated_at: at });
    await clearThrottle(trx, user.email);
    await recordAuditEvent(ctx, trx, request, {
      type: 'password-set',
      organisationId: user.organisation_id,
      actorUserId: user.id,
      subjectUserId: user.id,
      details: { via: link.purpose },
    });
  });
}
