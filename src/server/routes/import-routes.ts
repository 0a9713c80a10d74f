import { rm } from 'node:fs/promises';
import { contentDisposition } from '../content-disposition';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParams } from '../../contracts/common';
import { ImportJob, ImportKind, ImportTemplateParams, ImportTemplateQuery } from '../../contracts/imports';
import {
  IMPORT_TEMPLATES,
  TEMPLATE_EXAMPLES,
  templateCsv,
} from '../../core/registry/import-template-examples';
import { renderXlsx } from '../../reports/table-export';
import { AppError } from '../../use-cases/app-error';
import type { Context } from '../../use-cases/context';
import { ImportJobs } from '../../use-cases/registry/import-jobs';
import { actorOf, requestInfo } from '../authentication';
import { withErrors } from './responses';
import { fieldOf, oneFile, saveToTemporaryFile } from './upload';

/** Large enough for a million-row CSV. */
const IMPORT_MAX_BYTES = 256 * 1024 * 1024;

export function importRoutes(ctx: Context): FastifyPluginAsyncZod {
  return async (app) => {
    const jobs = new ImportJobs(ctx);
    app.addHook('onClose', async () => jobs.close());

    app.post(
      '/organisations/:id/imports',
      {
        schema: {
          tags: ['registry'],
          summary:
            'Upload a CSV or XLSX file to import (multipart/form-data: fields kind and optional facilityCode, then file); it is checked in the background',
          consumes: ['multipart/form-data'],
          params: IdParams,
          response: withErrors({ 202: ImportJob }),
        },
      },
      async (request, reply) => {
        const actor = actorOf(request);
        const part = await oneFile(request, IMPORT_MAX_BYTES);
        const kind = ImportKind.safeParse(fieldOf(part, 'kind'));
        if (!kind.success) {
          part.file.resume();
          throw new AppError(
            'VALIDATION_FAILED',
            'kind must be firearms or ammunition (send it before the file)',
            {
              fields: [{ path: 'kind', message: 'firearms or ammunition' }],
            },
          );
        }
        const facilityCode = fieldOf(part, 'facilityCode') ?? null;
        const path = await saveToTemporaryFile(part, ctx.newId(), IMPORT_MAX_BYTES);
        try {
          const job = await jobs.start(
            actor,
            {
              organisationId: request.params.id,
              kind: kind.data,
              facilityCode,
              fileName: part.filename,
              path,
            },
            requestInfo(request),
          );
          return reply.code(202).send(job);
        } catch (error) {
          await rm(path, { force: true });
          throw error;
        }
      },
    );
    app.get(
      '/imports/:id',
      {
        schema: {
          tags: ['registry'],
          summary: 'An import: its progress, preview, problems and outcome (only its uploader sees it)',
          params: IdParams,
          response: withErrors({ 200: ImportJob }),
        },
      },
      async (request) => jobs.read(actorOf(request), request.params.id),
    );
    app.post(
      '/imports/:id/commit',
      {
        schema: {
          tags: ['registry'],
          summary: 'Write a checked import to the book (all rows or none)',
          params: IdParams,
          body: z.object({}).optional(),
          response: withErrors({ 202: ImportJob }),
        },
      },
      async (request, reply) => reply.code(202).send(jobs.commit(actorOf(request), request.params.id)),
    );
    app.get(
      '/imports/:id/report',
      {
        schema: {
          tags: ['registry'],
          summary: 'Every problem of an import as CSV (line, column, code, reason)',
          params: IdParams,
          response: withErrors({ 200: z.string().describe('the CSV file') }),
        },
      },
      async (request, reply) => {
        const report = jobs.reportCsv(actorOf(request), request.params.id);
        reply
          .header('content-type', 'text/csv; charset=utf-8')
          .header('content-disposition', contentDisposition('attachment', report.fileName));
        return reply.serializer((payload: unknown) => payload as string).send(report.body);
      },
    );
    app.get(
      '/import-templates/:kind',
      {
        schema: {
          tags: ['registry'],
          summary: 'The column template of an import, with example rows (CSV or XLSX)',
          params: ImportTemplateParams,
          querystring: ImportTemplateQuery,
          response: withErrors({ 200: z.string().describe('the file') }),
        },
      },
      async (request, reply) => {
        actorOf(request);
        const { kind } = request.params;
        const name = `custodia-${kind}-template`;
        if (request.query.format === 'xlsx') {
          const columns = IMPORT_TEMPLATES[kind].columns.map((c) => ({ key: c.name, header: c.name }));
          const body = await renderXlsx({
            title: kind,
            columns,
            rows: TEMPLATE_EXAMPLES[kind].map((row) =>
              Object.fromEntries(columns.map((c, i) => [c.key, row[i] ?? ''])),
            ),
          });
          reply
            .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
            .header('content-disposition', contentDisposition('attachment', `${name}.xlsx`));
          return reply.serializer((payload: unknown) => payload as string).send(body as unknown as string);
        }
        reply
          .header('content-type', 'text/csv; charset=utf-8')
          .header('content-disposition', contentDisposition('attachment', `${name}.csv`));
        return reply.serializer((payload: unknown) => payload as string).send(templateCsv(kind));
      },
    );
  };
}
