import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contentDisposition } from '../content-disposition';
import type { FastifyReply } from 'fastify';
import { IdParams } from '../../contracts/common';
import { LostStolenFirearmList, LostStolenQuery } from '../../contracts/lost-stolen';
import { renderIarmsCsv } from '../../reports/iarms/iarms-csv';
import type { Context } from '../../use-cases/context';
import { listLostStolenFirearms } from '../../use-cases/lost-stolen/list-lost-stolen-firearms';
import { actorOf } from '../authentication';
import { withErrors } from './responses';

/** The list as JSON (through the contract), or as an iARMS CSV file sent as-is. */
function present(
  reply: FastifyReply,
  list: LostStolenFirearmList,
  format: 'csv' | 'json',
  fileName: string,
): LostStolenFirearmList | FastifyReply {
  if (format === 'json') return list;
  reply
    .header('content-type', 'text/csv; charset=utf-8')
    .header(
      'content-disposition',
      contentDisposition('attachment', `${fileName}-${list.generatedAt.slice(0, 10)}.csv`),
    );
  // The zod serializer is for JSON bodies.
  return reply.serializer((payload: unknown) => payload as string).send(renderIarmsCsv(list.items));
}

/** Lost and stolen firearms for INTERPOL iARMS (issue 6): the regulator's national list, a company's own. */
export function lostStolenRoutes(ctx: Context): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/lost-stolen-firearms',
      {
        schema: {
          tags: ['tracing'],
          summary:
            'Lost and stolen firearms of the companies the regulator licenses, with the iARMS fields (format=json or csv)',
          querystring: LostStolenQuery,
          response: withErrors({ 200: LostStolenFirearmList }),
        },
      },
      async (request, reply) => {
        const list = await listLostStolenFirearms(ctx, actorOf(request), { kind: 'national' });
        return present(reply, list, request.query.format, 'lost-stolen-firearms');
      },
    );
    app.get(
      '/organisations/:id/lost-stolen-firearms',
      {
        schema: {
          tags: ['tracing'],
          summary: "A company's own lost and stolen firearms, with the iARMS fields (format=json or csv)",
          params: IdParams,
          querystring: LostStolenQuery,
          response: withErrors({ 200: LostStolenFirearmList }),
        },
      },
      async (request, reply) => {
        const list = await listLostStolenFirearms(ctx, actorOf(request), {
          kind: 'company',
          organisationId: request.params.id,
        });
        return present(reply, list, request.query.format, 'lost-stolen-firearms');
      },
    );
  };
}
