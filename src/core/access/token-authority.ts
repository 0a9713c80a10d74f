import type { Role } from './roles';

/*
 * What an API token may do (issue #15, OWASP ASVS 3.5): a token belongs to the person who made it and
 * never holds more than that person holds now. It acts with the roles it was given AND its creator
 * still holds; an administrator's token keeps the roles it was given while its creator remains an
 * administrator (an administrator may make a token for any organisation). Administrator rights
 * themselves never pass to a token.
 */
export function effectiveTokenRoles(tokenRoles: readonly Role[], creatorRoles: readonly Role[]): Role[] {
  const creatorIsAdmin = creatorRoles.includes('system-admin');
  return tokenRoles.filter(
    (role) => role !== 'system-admin' && (creatorIsAdmin || creatorRoles.includes(role)),
  );
}

/** Why a token no longer authenticates, or null while it does. */
export type TokenVerdict = 'revoked' | 'expired' | 'creator-gone' | 'no-roles' | null;

export function judgeToken(
  token: { readonly revokedAt: string | null; readonly expiresAt: string | null },
  creator: { readonly active: boolean } | null,
  effectiveRoles: readonly Role[],
  at: string,
): TokenVerdict {
  if (token.revokedAt !== null) return 'revoked';
  if (token.expiresAt !== null && token.expiresAt <= at) return 'expired';
  if (!creator || !creator.active) return 'creator-gone';
  if (effectiveRoles.length === 0) return 'no-roles';
  return null;
}
