import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor } from '../core/access/actor';
import { AppError } from '../use-cases/app-error';
import {
  authenticateSession,
  authenticateToken,
  requireActive,
  type Authentication,
  type SessionAuth,
} from '../use-cases/authenticate';
import type { Context, RequestInfo } from '../use-cases/context';

export const SESSION_COOKIE = 'custodia_session';

/**
 * The session cookie's name: under https it carries the `__Host-` prefix, which browsers accept only
 * with Secure, Path=/ and no Domain — a sibling subdomain cannot plant or shadow it (RFC 6265bis §4.1.3.2).
 */
export function sessionCookieName(secureCookies: boolean): string {
  return secureCookies ? `__Host-${SESSION_COOKIE}` : SESSION_COOKIE;
}
export const CSRF_HEADER = 'x-csrf-token';

declare module 'fastify' {
  interface FastifyRequest {
    authentication: Authentication | null;
  }
  interface FastifyContextConfig {
    /** No authentication needed (health, sign-in, invitation links, the OpenAPI document). */
    public?: boolean;
    /** Reachable by a session still finishing its sign-in (second factor, mandatory enrolment). */
    allowPendingSignIn?: boolean;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function requestInfo(request: FastifyRequest): RequestInfo {
  const userAgent = request.headers['user-agent'];
  return {
    requestId: request.id,
    ip: request.ip,
    userAgent: typeof userAgent === 'string' ? userAgent : null,
  };
}

/**
 * Resolve who is calling before the handler runs: an API token (Authorization: Bearer) or a
 * session cookie. Cookie-authenticated writes must echo the session's CSRF token in a header
 * (synchroniser token pattern, OWASP CSRF Cheat Sheet); token clients are not exposed to CSRF.
 */
export function installAuthentication(
  app: FastifyInstance,
  ctx: Context,
  options: { secureCookies: boolean },
): void {
  const cookieName = sessionCookieName(options.secureCookies);
  app.decorateRequest('authentication', null);
  // onRequest: before the body is read or validated, so an anonymous caller learns nothing of a
  // protected route's contract (401 first) and an upload is not read for someone not signed in.
  app.addHook('onRequest', async (request) => {
    const config = request.routeOptions.config;
    if (request.is404 || !request.url.startsWith('/api/') || config.public) return;
    const header = request.headers.authorization;
    if (typeof header === 'string' && header.startsWith('Bearer ')) {
      request.authentication = await authenticateToken(ctx, header.slice('Bearer '.length).trim());
      return;
    }
    const cookie = request.cookies[cookieName];
    if (!cookie) throw new AppError('UNAUTHENTICATED', 'Sign in to continue');
    const auth = await authenticateSession(ctx, cookie);
    if (!SAFE_METHODS.has(request.method) && request.headers[CSRF_HEADER] !== auth.session.csrf_token) {
      throw new AppError('CSRF_FAILED', 'The request is missing its CSRF token: reload the page');
    }
    if (!config.allowPendingSignIn) requireActive(auth);
    request.authentication = auth;
  });
}

/** The acting organisation member of a fully signed-in request. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.authentication) throw new AppError('UNAUTHENTICATED', 'Sign in to continue');
  return requireActive(request.authentication);
}

/** The browser session of a request (endpoints that only make sense for a person). */
export function sessionOf(request: FastifyRequest): SessionAuth {
  const auth = request.authentication;
  if (!auth) throw new AppError('UNAUTHENTICATED', 'Sign in to continue');
  if (auth.kind !== 'session')
    throw new AppError('FORBIDDEN', 'This needs a signed-in person, not an API token');
  return auth;
}
