import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contentDisposition } from '../content-disposition';
import { z } from 'zod';
import type { Context } from '../../use-cases/context';
import { EXPORTABLE_LISTS, exportList } from '../../use-cases/export-list';
import { actorOf } from '../authentication';
import { withErrors } from './responses';

const ExportParams = z.object({
  list: z.enum(EXPORTABLE_LISTS),
});
const ExportQuery = z
  .object({ format: z.enum(['csv', 'xlsx']).default('csv'), lang: z.enum(['es', 'en']).default('es') })
  .catchall(z.string().max(200));

export function exportRoutes(ctx: Context): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/exports/:list',
      {
        schema: {
          tags: ['exports'],
          summary: 'A list with its filters, as CSV or XLSX (the list endpoint’s query parameters apply)',
          params: ExportParams,
          querystring: ExportQuery,
          response: withErrors({ 200: z.string().describe('the file') }),
        },
      },
      async (request, reply) => {
        const { format, lang, ...filters } = request.query;
        const file = await exportList(ctx, actorOf(request), {
          list: request.params.list,
          format,
          language: lang,
          filters: filters as Record<string, string>,
        });
        reply
          .header('content-type', file.contentType)
          .header('content-disposition', contentDisposition('attachment', file.fileName));
        // Sent as-is: the zod serializer is for JSON bodies.
        return reply.serializer((payload: unknown) => payload as string).send(file.body as unknown as string);
      },
    );
  };
}
