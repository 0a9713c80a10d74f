import { addMinutes } from '../core/shared/brand';
import type { Queryable } from '../storage/database';
import { expireUserTokens, insertUserToken } from '../storage/token-store';
import type { Context } from './context';
import { hashSecret, newSecret } from './context';

export type LinkPurpose = 'invitation' | 'password-reset';

/**
 * A one-time link to set a password. With no mail transport configured, the link is printed in
 * the server log (and shown once to the administrator who asked for it).
 */
export async function issueUserLink(
  ctx: Context,
  db: Queryable,
  user: { id: string; email: string },
  purpose: LinkPurpose,
): Promise<{ url: string; expiresAt: string }> {
  const secret = newSecret();
  const at = ctx.now();
  const expiresAt = addMinutes(at, ctx.settings.invitationValidHours * 60);
  await expireUserTokens(db, user.id, purpose, at);
  await insertUserToken(db, {
    id: ctx.newId(),
    user_id: user.id,
    purpose,
    token_hash: hashSecret(secret),
    created_at: at,
    expires_at: expiresAt,
    used_at: null,
  });
  const url = `${ctx.settings.publicUrl.replace(/\/$/, '')}/set-password?token=${secret}`;
  ctx.log.info({ purpose, email: user.email, url, expiresAt }, `one-time ${purpose} link for ${user.email}`);
  return { url, expiresAt };
}
