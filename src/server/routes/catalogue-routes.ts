import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  AddCalibreRequest,
  AddManufacturerRequest,
  AddModelRequest,
  Catalogue,
  CatalogueCalibre,
  CatalogueManufacturer,
  CatalogueModel,
  TransferRecipients,
  TransferRecipientsQuery,
} from '../../contracts/catalogue';
import type { Context } from '../../use-cases/context';
import {
  addCalibre,
  addManufacturer,
  addModel,
  listTransferRecipients,
  readCatalogue,
} from '../../use-cases/registry/manage-catalogue';
import { actorOf, requestInfo } from '../authentication';
import { withErrors } from './responses';

export function catalogueRoutes(ctx: Context): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/catalogue',
      {
        schema: {
          tags: ['registry'],
          summary: 'The reference catalogue of manufacturers, calibres and models',
          response: withErrors({ 200: Catalogue }),
        },
      },
      async (request) => {
        actorOf(request);
        return readCatalogue(ctx);
      },
    );
    app.post(
      '/catalogue/manufacturers',
      {
        schema: {
          tags: ['registry'],
          summary: 'Add a manufacturer (administrator)',
          body: AddManufacturerRequest,
          response: withErrors({ 201: CatalogueManufacturer }),
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(await addManufacturer(ctx, actorOf(request), request.body, requestInfo(request))),
    );
    app.post(
      '/catalogue/calibres',
      {
        schema: {
          tags: ['registry'],
          summary: 'Add a calibre (administrator)',
          body: AddCalibreRequest,
          response: withErrors({ 201: CatalogueCalibre }),
        },
      },
      async (request, reply) =>
        reply.code(201).send(await addCalibre(ctx, actorOf(request), request.body, requestInfo(request))),
    );
    app.post(
      '/catalogue/models',
      {
        schema: {
          tags: ['registry'],
          summary: 'Add a model (administrator)',
          body: AddModelRequest,
          response: withErrors({ 201: CatalogueModel }),
        },
      },
      async (request, reply) =>
        reply.code(201).send(await addModel(ctx, actorOf(request), request.body, requestInfo(request))),
    );
    app.get(
      '/transfer-recipients',
      {
        schema: {
          tags: ['registry'],
          summary: 'Organisations a firearm of this book may be transferred to',
          querystring: TransferRecipientsQuery,
          response: withErrors({ 200: TransferRecipients }),
        },
      },
      async (request) => listTransferRecipients(ctx, actorOf(request), request.query.organisationId),
    );
  };
}
