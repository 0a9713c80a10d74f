import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ApiTokenList,
  ApiToken,
  CreateApiTokenRequest,
  CreateApiTokenResponse,
} from '../../contracts/api-tokens';
import { AuditEventList, ListAuditEventsQuery } from '../../contracts/audit';
import { IdParams } from '../../contracts/common';
import { DashboardResponse } from '../../contracts/dashboard';
import type { Context } from '../../use-cases/context';
import { getDashboard } from '../../use-cases/get-dashboard';
import { listAuditEvents } from '../../use-cases/list-audit-events';
import { createApiToken, listApiTokens, revokeApiToken } from '../../use-cases/manage-api-tokens';
import { actorOf, requestInfo } from '../authentication';
import { withErrors } from './responses';

export function adminRoutes(ctx: Context): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/dashboard',
      {
        schema: {
          tags: ['dashboard'],
          summary: "Figures for the caller's role",
          response: withErrors({ 200: DashboardResponse }),
        },
      },
      async (request) => getDashboard(ctx, actorOf(request)),
    );

    app.get(
      '/audit-events',
      {
        schema: {
          tags: ['audit'],
          summary: 'The audit log, filtered',
          querystring: ListAuditEventsQuery,
          response: withErrors({ 200: AuditEventList }),
        },
      },
      async (request) => listAuditEvents(ctx, actorOf(request), request.query),
    );

    app.get(
      '/api-tokens',
      {
        schema: {
          tags: ['api-tokens'],
          summary: 'API tokens the caller manages',
          response: withErrors({ 200: ApiTokenList }),
        },
      },
      async (request) => ({ items: await listApiTokens(ctx, actorOf(request)) }),
    );

    app.post(
      '/api-tokens',
      {
        schema: {
          tags: ['api-tokens'],
          summary: 'Create an API token (secret shown once)',
          body: CreateApiTokenRequest,
          response: withErrors({ 201: CreateApiTokenResponse }),
        },
      },
      async (request, reply) =>
        reply.code(201).send(await createApiToken(ctx, actorOf(request), request.body, requestInfo(request))),
    );

    app.post(
      '/api-tokens/:id/revocation',
      {
        schema: {
          tags: ['api-tokens'],
          summary: 'Revoke an API token',
          params: IdParams,
          response: withErrors({ 200: ApiToken }),
        },
      },
      async (request) => revokeApiToken(ctx, actorOf(request), request.params.id, requestInfo(request)),
    );
  };
}
