import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  AcceptLinkRequest,
  LinkInfoQuery,
  LinkInfoResponse,
  SecondFactorRequest,
  SessionResponse,
  SetLanguageRequest,
  SignInRequest,
  TotpEnrolmentResponse,
} from '../../contracts/auth';
import { OkResponse } from '../../contracts/common';
import { acceptUserLink, describeUserLink } from '../../use-cases/accept-user-link';
import { authenticateSession } from '../../use-cases/authenticate';
import {
  completeSecondFactor,
  confirmTotpEnrolment,
  startTotpEnrolment,
} from '../../use-cases/complete-second-factor';
import type { Context } from '../../use-cases/context';
import { toCurrentUser } from '../../use-cases/presenters';
import { setLanguage } from '../../use-cases/set-language';
import { signIn } from '../../use-cases/sign-in';
import { signOut } from '../../use-cases/sign-out';
import { requestInfo, sessionCookieName, sessionOf } from '../authentication';
import { withErrors } from './responses';

export interface AuthRouteSettings {
  readonly secureCookies: boolean;
  /** Per-IP budget for sign-in, second factor and one-time links, per minute. */
  readonly attemptsPerMinute: number;
}

export function authRoutes(ctx: Context, settings: AuthRouteSettings): FastifyPluginAsyncZod {
  return async (app) => {
    const cookieOptions = {
      path: '/',
      httpOnly: true,
      sameSite: 'strict' as const,
      secure: settings.secureCookies,
    };
    const limit = { max: settings.attemptsPerMinute, timeWindow: '1 minute' };
    const cookieName = sessionCookieName(settings.secureCookies);

    app.post(
      '/auth/sign-in',
      {
        config: { public: true, rateLimit: limit },
        schema: {
          tags: ['auth'],
          summary: 'Sign in with e-mail and password',
          body: SignInRequest,
          response: withErrors({ 200: SessionResponse }),
        },
      },
      async (request, reply) => {
        const result = await signIn(ctx, request.body, requestInfo(request));
        reply.setCookie(cookieName, result.sessionSecret, cookieOptions);
        const auth = await authenticateSession(ctx, result.sessionSecret);
        return {
          stage: auth.stage,
          csrfToken: auth.session.csrf_token,
          user: toCurrentUser(auth.user, auth.organisation),
        };
      },
    );

    app.get(
      '/auth/session',
      {
        config: { allowPendingSignIn: true },
        schema: {
          tags: ['auth'],
          summary: 'The current session',
          response: withErrors({ 200: SessionResponse }),
        },
      },
      async (request) => {
        const auth = sessionOf(request);
        return {
          stage: auth.stage,
          csrfToken: auth.session.csrf_token,
          user: toCurrentUser(auth.user, auth.organisation),
        };
      },
    );

    app.post(
      '/auth/second-factor',
      {
        config: { allowPendingSignIn: true, rateLimit: limit },
        schema: {
          tags: ['auth'],
          summary: 'Second step of sign-in: a TOTP code',
          body: SecondFactorRequest,
          response: withErrors({ 200: OkResponse }),
        },
      },
      async (request) => {
        await completeSecondFactor(ctx, sessionOf(request), request.body.code, requestInfo(request));
        return { ok: true as const };
      },
    );

    app.post(
      '/auth/sign-out',
      {
        schema: { tags: ['auth'], summary: 'End the session', response: withErrors({ 200: OkResponse }) },
        config: { allowPendingSignIn: true },
      },
      async (request, reply) => {
        await signOut(ctx, sessionOf(request), requestInfo(request));
        reply.clearCookie(cookieName, { path: '/', secure: settings.secureCookies });
        return { ok: true as const };
      },
    );

    app.post(
      '/auth/totp/enrolment',
      {
        config: { allowPendingSignIn: true },
        schema: {
          tags: ['auth'],
          summary: 'Start enrolling an authenticator app',
          response: withErrors({ 200: TotpEnrolmentResponse }),
        },
      },
      async (request) => startTotpEnrolment(ctx, sessionOf(request)),
    );

    app.post(
      '/auth/totp/confirmation',
      {
        config: { allowPendingSignIn: true, rateLimit: limit },
        schema: {
          tags: ['auth'],
          summary: 'Confirm the authenticator with a code',
          body: SecondFactorRequest,
          response: withErrors({ 200: OkResponse }),
        },
      },
      async (request) => {
        await confirmTotpEnrolment(ctx, sessionOf(request), request.body.code, requestInfo(request));
        return { ok: true as const };
      },
    );

    app.put(
      '/me/language',
      {
        schema: {
          tags: ['auth'],
          summary: 'Remember the interface language',
          body: SetLanguageRequest,
          response: withErrors({ 200: OkResponse }),
        },
      },
      async (request) => {
        await setLanguage(ctx, sessionOf(request), request.body.language);
        return { ok: true as const };
      },
    );

    app.get(
      '/links',
      {
        config: { public: true, rateLimit: limit },
        schema: {
          tags: ['auth'],
          summary: 'Describe a one-time invitation or reset link',
          querystring: LinkInfoQuery,
          response: withErrors({ 200: LinkInfoResponse }),
        },
      },
      async (request) => describeUserLink(ctx, request.query.token),
    );

    app.post(
      '/links/accept',
      {
        config: { public: true, rateLimit: limit },
        schema: {
          tags: ['auth'],
          summary: 'Set a password with a one-time link',
          body: AcceptLinkRequest,
          response: withErrors({ 200: OkResponse }),
        },
      },
      async (request) => {
        await acceptUserLink(ctx, request.body, requestInfo(request));
        return { ok: true as const };
      },
    );
  };
}
