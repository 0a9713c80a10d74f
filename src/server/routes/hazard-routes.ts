import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contentDisposition } from '../content-disposition';
import { z } from 'zod';
import { IdParams } from '../../contracts/common';
import {
  FacilityHazard,
  FacilitySignParams,
  HazardOverview,
  HazardOverviewQuery,
  RecordSignPostingRequest,
  SignPosting,
  SignPostingList,
  SignSizeQuery,
} from '../../contracts/hazard';
import type { Context } from '../../use-cases/context';
import { renderFacilitySignPack, renderFacilitySignSvg } from '../../use-cases/hazard/facility-signs';
import { readFacilityHazard, readHazardOverview } from '../../use-cases/hazard/read-facility-hazard';
import { listSignPostings, recordSignPosting } from '../../use-cases/hazard/sign-postings';
import { actorOf } from '../authentication';
import { withErrors } from './responses';

export function hazardRoutes(ctx: Context): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/facilities/:id/hazard',
      {
        schema: {
          tags: ['hazard'],
          summary:
            'A facility’s contents by HD/CG, collective HD, fire division, NEQ, required and posted signs',
          params: IdParams,
          response: withErrors({ 200: FacilityHazard }),
        },
      },
      async (request) => readFacilityHazard(ctx, actorOf(request), request.params.id),
    );
    app.get(
      '/hazard/overview',
      {
        schema: {
          tags: ['hazard'],
          summary: 'Every facility of the books the caller may read, with its hazard figures and sign status',
          querystring: HazardOverviewQuery,
          response: withErrors({ 200: HazardOverview }),
        },
      },
      async (request) => readHazardOverview(ctx, actorOf(request), request.query.organisationId),
    );
    app.get(
      '/facilities/:id/signs.pdf',
      {
        schema: {
          tags: ['hazard'],
          summary: 'The facility’s sign pack: every required sign, print-ready, full or half size',
          params: IdParams,
          querystring: SignSizeQuery,
          response: withErrors({ 200: z.string().describe('application/pdf') }),
        },
      },
      async (request, reply) => {
        const { pdf, fileName } = await renderFacilitySignPack(
          ctx,
          actorOf(request),
          request.params.id,
          request.query.size,
        );
        reply
          .header('content-type', 'application/pdf')
          .header('content-disposition', contentDisposition('attachment', fileName));
        // Sent as-is: the zod serializer is for JSON bodies.
        return reply.serializer((payload: unknown) => payload as string).send(pdf as unknown as string);
      },
    );
    app.get(
      '/facilities/:id/signs/:sign.svg',
      {
        schema: {
          tags: ['hazard'],
          summary: 'One sign as SVG, captioned with the facility code and today’s date',
          params: FacilitySignParams,
          querystring: SignSizeQuery,
          response: withErrors({ 200: z.string().describe('image/svg+xml') }),
        },
      },
      async (request, reply) => {
        const svg = await renderFacilitySignSvg(
          ctx,
          actorOf(request),
          request.params.id,
          request.params.sign,
          request.query.size,
        );
        reply.header('content-type', 'image/svg+xml; charset=utf-8');
        return reply.serializer((payload: unknown) => payload as string).send(svg);
      },
    );
    app.get(
      '/facilities/:id/sign-postings',
      {
        schema: {
          tags: ['hazard'],
          summary: 'Signs delivered and posted at the facility, newest first',
          params: IdParams,
          response: withErrors({ 200: SignPostingList }),
        },
      },
      async (request) => listSignPostings(ctx, actorOf(request), request.params.id),
    );
    app.post(
      '/facilities/:id/sign-postings',
      {
        schema: {
          tags: ['hazard'],
          summary: 'Record signs delivered and posted at the facility (clears "signs out of date")',
          params: IdParams,
          body: RecordSignPostingRequest,
          response: withErrors({ 201: SignPosting }),
        },
      },
      async (request, reply) =>
        reply.code(201).send(await recordSignPosting(ctx, actorOf(request), request.params.id, request.body)),
    );
  };
}
