import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams } from '../../contracts/common';
import {
  CreateOrganisationRequest,
  ListOrganisationsQuery,
  Organisation,
  OrganisationList,
  UpdateOrganisationSettingsRequest,
} from '../../contracts/organisations';
import type { Context } from '../../use-cases/context';
import { createOrganisation } from '../../use-cases/create-organisation';
import { listOrganisations, readOrganisation } from '../../use-cases/list-organisations';
import { updateOrganisationSettings } from '../../use-cases/update-organisation-settings';
import { actorOf, requestInfo } from '../authentication';
import { withErrors } from './responses';

export function organisationRoutes(ctx: Context): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/organisations',
      {
        schema: {
          tags: ['organisations'],
          summary: 'Organisations the caller may see',
          querystring: ListOrganisationsQuery,
          response: withErrors({ 200: OrganisationList }),
        },
      },
      async (request) => ({ items: await listOrganisations(ctx, actorOf(request), request.query.kind) }),
    );

    app.post(
      '/organisations',
      {
        schema: {
          tags: ['organisations'],
          summary: 'Register an organisation',
          body: CreateOrganisationRequest,
          response: withErrors({ 201: Organisation }),
        },
      },
      async (request, reply) => {
        const created = await createOrganisation(ctx, actorOf(request), request.body, requestInfo(request));
        return reply.code(201).send(created);
      },
    );

    app.get(
      '/organisations/:id',
      {
        schema: {
          tags: ['organisations'],
          summary: 'One organisation',
          params: IdParams,
          response: withErrors({ 200: Organisation }),
        },
      },
      async (request) => readOrganisation(ctx, actorOf(request), request.params.id),
    );

    app.put(
      '/organisations/:id/settings',
      {
        schema: {
          tags: ['organisations'],
          summary: 'Organisation settings (mandatory second factor)',
          params: IdParams,
          body: UpdateOrganisationSettingsRequest,
          response: withErrors({ 200: Organisation }),
        },
      },
      async (request) =>
        updateOrganisationSettings(
          ctx,
          actorOf(request),
          request.params.id,
          request.body,
          requestInfo(request),
        ),
    );
  };
}
