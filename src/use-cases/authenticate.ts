import type { Actor } from '../core/access/actor';
import type { Role } from '../core/access/roles';
import { effectiveTokenRoles, judgeToken } from '../core/access/token-authority';
import { judgeSession, needsTouch } from '../core/auth/session-policy';
import type { Instant, OrganisationId } from '../core/shared/brand';
import { findOrganisation, type OrganisationRow } from '../storage/organisation-store';
import {
  deleteSession,
  findSession,
  type SessionRow,
  setSessionStage,
  touchSession,
} from '../storage/session-store';
import { findApiTokenByHash, touchApiToken } from '../storage/token-store';
import { findUser, type UserWithRoles } from '../storage/user-store';
import { AppError } from './app-error';
import type { Context } from './context';
import { hashSecret } from './context';
import { toActor } from './presenters';
import type { SessionStage } from './sign-in';

/** A signed-in browser session, at any stage of sign-in. */
export interface SessionAuth {
  readonly kind: 'session';
  readonly session: SessionRow;
  readonly stage: SessionStage;
  readonly user: UserWithRoles;
  readonly organisation: OrganisationRow;
  readonly actor: Actor;
}

export interface TokenAuth {
  readonly kind: 'token';
  readonly actor: Actor;
}

export type Authentication = SessionAuth | TokenAuth;

/** Resolve a session cookie's secret; expired sessions are removed and reported as such. */
export async function authenticateSession(ctx: Context, secret: string): Promise<SessionAuth> {
  const { db } = ctx.database;
  const session = await findSession(db, hashSecret(secret));
  if (!session) throw new AppError('UNAUTHENTICATED', 'Sign in to continue');
  const at = ctx.now();
  const verdict = judgeSession(
    { createdAt: session.created_at as Instant, lastSeenAt: session.last_seen_at as Instant },
    { idleMinutes: ctx.settings.sessionIdleMinutes, absoluteMinutes: ctx.settings.sessionAbsoluteMinutes },
    at,
  );
  if (!verdict.valid) {
    await deleteSession(db, session.id);
    throw new AppError('SESSION_EXPIRED', 'Your session has expired: sign in again', {
      reason: verdict.reason,
    });
  }
  const user = await findUser(db, session.user_id);
  const organisation = user ? await findOrganisation(db, user.organisation_id) : undefined;
  if (!user || user.status !== 'active' || !organisation || organisation.deactivated_at !== null) {
    await deleteSession(db, session.id);
    throw new AppError('UNAUTHENTICATED', 'Sign in to continue');
  }
  if (
    needsTouch({ createdAt: session.created_at as Instant, lastSeenAt: session.last_seen_at as Instant }, at)
  ) {
    await touchSession(db, session.id, at);
  }
  // The organisation made the second factor mandatory after this session began: it must enrol
  // before anything else (or end), at its very next request.
  let stage = session.stage as SessionStage;
  if (stage === 'active' && organisation.requires_totp === 1 && user.totp_enabled !== 1) {
    stage = 'totp-enrolment';
    await setSessionStage(db, session.id, stage);
  }
  return {
    kind: 'session',
    session: { ...session, stage },
    stage,
    user,
    organisation,
    actor: toActor(user, organisation),
  };
}

/**
 * Resolve an API token (`Authorization: Bearer cst_…`). Revoked and expired tokens, tokens whose
 * creator is deactivated, and tokens whose creator no longer holds any of their roles are refused;
 * otherwise the token acts with its roles that its creator still holds (core/access/token-authority).
 */
export async function authenticateToken(ctx: Context, secret: string): Promise<TokenAuth> {
  const { db } = ctx.database;
  const token = await findApiTokenByHash(db, hashSecret(secret));
  if (!token) throw new AppError('UNAUTHENTICATED', 'The API token is not valid');
  const at = ctx.now();
  const organisation = await findOrganisation(db, token.organisation_id);
  const creator = token.created_by_user_id ? await findUser(db, token.created_by_user_id) : undefined;
  const creatorOrganisation = creator ? await findOrganisation(db, creator.organisation_id) : undefined;
  const roles = effectiveTokenRoles(JSON.parse(token.roles) as Role[], (creator?.roles ?? []) as Role[]);
  const verdict = judgeToken(
    { revokedAt: token.revoked_at, expiresAt: token.expires_at },
    creator ? { active: creator.status === 'active' && creatorOrganisation?.deactivated_at === null } : null,
    roles,
    at,
  );
  if (!organisation || organisation.deactivated_at !== null || verdict !== null) {
    throw new AppError(
      'UNAUTHENTICATED',
      'The API token is not valid',
      verdict ? { reason: verdict } : undefined,
    );
  }
  if (
    token.last_used_at === null ||
    needsTouch({ createdAt: at, lastSeenAt: token.last_used_at as Instant }, at)
  ) {
    await touchApiToken(db, token.id, at);
  }
  return {
    kind: 'token',
    actor: {
      userId: null,
      apiTokenId: token.id,
      organisationId: organisation.id as OrganisationId,
      organisationKind: organisation.kind as Actor['organisationKind'],
      countryCode: organisation.country_code,
      roles,
    },
  };
}

/** Operations other than finishing sign-in need a fully signed-in session. */
export function requireActive(auth: Authentication): Actor {
  if (auth.kind === 'session' && auth.stage !== 'active') {
    throw new AppError('SECOND_FACTOR_PENDING', 'Finish signing in with your second factor first', {
      stage: auth.stage,
    });
  }
  return auth.actor;
}
