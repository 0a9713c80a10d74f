import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contentDisposition } from '../content-disposition';
import { z } from 'zod';
import { Id } from '../../contracts/common';
import { PhotoUploaded } from '../../contracts/registry';
import {
  AnswerTraceRequest,
  CreateTraceRequest,
  ListTraceRequestsQuery,
  QuickCheckQuery,
  QuickCheckResponse,
  SearchLog,
  SearchLogQuery,
  TraceRequest,
  TraceRequestAnswer,
  TraceRequestList,
  TraceSearchQuery,
  TraceSearchResponse,
  TraceSettings,
} from '../../contracts/tracing';
import { ENTRY_KIND_LABELS } from '../../reports/trace-answer/trace-answer-labels';
import { renderTraceAnswerPdf } from '../../reports/trace-answer/render-trace-answer';
import type { Context } from '../../use-cases/context';
import { AppError } from '../../use-cases/app-error';
import { createTraceRequest } from '../../use-cases/tracing/create-trace-request';
import { quickCheck } from '../../use-cases/tracing/quick-check';
import { readSearchLog } from '../../use-cases/tracing/search-log';
import { searchSerials } from '../../use-cases/tracing/search-serials';
import { addTracePhoto, readTracePhoto } from '../../use-cases/tracing/trace-photos';
import {
  answerTraceRequest,
  listTraceRequests,
  readTraceRequest,
  traceCandidates,
} from '../../use-cases/tracing/trace-requests';
import { readTraceSettings, updateTraceSettings } from '../../use-cases/tracing/trace-settings';
import { PHOTO_MAX_BYTES } from '../../use-cases/registry/photos';
import { actorOf } from '../authentication';
import { withErrors } from './responses';
import { fileBytes, oneFile } from './upload';

const RequestParams = z.object({ id: Id });
const PhotoParams = z.object({ id: Id, photoId: Id });
const PdfQuery = z.object({ lang: z.enum(['es', 'en']).default('es') });

/** Tracing (issue #6): serial search, the quick check, trace requests and their answers, the search log. */
export function tracingRoutes(ctx: Context): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/trace/search',
      {
        schema: {
          tags: ['tracing'],
          summary:
            'Candidates for a serial read from a weapon (? one illegible character, * any run), best first; logged',
          querystring: TraceSearchQuery,
          response: withErrors({ 200: TraceSearchResponse }),
        },
      },
      async (request) => searchSerials(ctx, actorOf(request), request.query),
    );
    app.get(
      '/trace/quick-check',
      {
        schema: {
          tags: ['tracing'],
          summary:
            'Is this serial (and make) recorded lost or stolen? A hit or no hit with the national reference; logged',
          querystring: QuickCheckQuery,
          response: withErrors({ 200: QuickCheckResponse }),
        },
      },
      async (request) => quickCheck(ctx, actorOf(request), request.query),
    );
    app.get(
      '/trace/requests',
      {
        schema: {
          tags: ['tracing'],
          summary: "The agency's own trace requests, or the regulator's queue",
          querystring: ListTraceRequestsQuery,
          response: withErrors({ 200: TraceRequestList }),
        },
      },
      async (request) => listTraceRequests(ctx, actorOf(request), request.query),
    );
    app.post(
      '/trace/requests',
      {
        schema: {
          tags: ['tracing'],
          summary: 'Submit a trace request to the regulator of the agency’s country',
          body: CreateTraceRequest,
          response: withErrors({ 201: TraceRequest }),
        },
      },
      async (request, reply) =>
        reply.code(201).send(await createTraceRequest(ctx, actorOf(request), request.body)),
    );
    app.get(
      '/trace/requests/:id',
      {
        schema: {
          tags: ['tracing'],
          summary: 'A trace request with its answer, once given',
          params: RequestParams,
          response: withErrors({ 200: TraceRequestAnswer }),
        },
      },
      async (request) => readTraceRequest(ctx, actorOf(request), request.params.id),
    );
    app.get(
      '/trace/requests/:id/candidates',
      {
        schema: {
          tags: ['tracing'],
          summary: 'The registry’s candidates for a request, for the regulator addressed; logged',
          params: RequestParams,
          response: withErrors({ 200: TraceSearchResponse }),
        },
      },
      async (request) => traceCandidates(ctx, actorOf(request), request.params.id),
    );
    app.post(
      '/trace/requests/:id/answer',
      {
        schema: {
          tags: ['tracing'],
          summary: 'Confirm a candidate (the answer is assembled from the ledger) or answer "no record"',
          params: RequestParams,
          body: AnswerTraceRequest,
          response: withErrors({ 200: TraceRequestAnswer }),
        },
      },
      async (request) => answerTraceRequest(ctx, actorOf(request), request.params.id, request.body),
    );
    app.get(
      '/trace/requests/:id/answer.pdf',
      {
        schema: {
          tags: ['tracing'],
          summary: 'The answer as a PDF document',
          params: RequestParams,
          querystring: PdfQuery,
          response: withErrors({ 200: z.string().describe('application/pdf') }),
        },
      },
      async (request, reply) => {
        const { request: traced, answer } = await readTraceRequest(ctx, actorOf(request), request.params.id);
        if (traced.status !== 'answered')
          throw new AppError('TRACE_NOT_ANSWERED', 'This trace request has not been answered yet');
        const labels = ENTRY_KIND_LABELS[request.query.lang];
        const pdf = await renderTraceAnswerPdf(
          traced,
          answer,
          request.query.lang,
          (kind) => labels[kind] ?? kind,
        );
        reply
          .header('content-type', 'application/pdf')
          .header('content-disposition', contentDisposition('attachment', `${traced.reference}.pdf`));
        return reply.serializer((payload: unknown) => payload as string).send(pdf as unknown as string);
      },
    );
    app.post(
      '/trace/requests/:id/photos',
      {
        schema: {
          tags: ['tracing'],
          summary: 'Attach a photo of the weapon (JPEG, PNG or WebP, at most 5 MB; multipart field file)',
          consumes: ['multipart/form-data'],
          params: RequestParams,
          response: withErrors({ 201: PhotoUploaded }),
        },
      },
      async (request, reply) => {
        const actor = actorOf(request);
        const data = await fileBytes(await oneFile(request, PHOTO_MAX_BYTES), PHOTO_MAX_BYTES);
        return reply.code(201).send(await addTracePhoto(ctx, actor, request.params.id, data));
      },
    );
    app.get(
      '/trace/requests/:id/photos/:photoId',
      {
        schema: {
          tags: ['tracing'],
          summary: 'A photo attached to a trace request',
          params: PhotoParams,
          response: withErrors({ 200: z.string().describe('the image') }),
        },
      },
      async (request, reply) => {
        const photo = await readTracePhoto(ctx, actorOf(request), request.params.id, request.params.photoId);
        reply
          .header('content-type', photo.contentType)
          .header('cache-control', 'private, max-age=86400, immutable')
          .header('etag', `"${photo.sha256}"`);
        return reply
          .serializer((payload: unknown) => payload as string)
          .send(photo.data as unknown as string);
      },
    );
    app.get(
      '/trace/settings',
      {
        schema: {
          tags: ['tracing'],
          summary: 'Response-time targets of the regulator (hours; default 24 urgent, 120 routine)',
          response: withErrors({ 200: TraceSettings }),
        },
      },
      async (request) => readTraceSettings(ctx, actorOf(request)),
    );
    app.put(
      '/trace/settings',
      {
        schema: {
          tags: ['tracing'],
          summary: 'Set the response-time targets of the regulator',
          body: TraceSettings,
          response: withErrors({ 200: TraceSettings }),
        },
      },
      async (request) => updateTraceSettings(ctx, actorOf(request), request.body),
    );
    app.get(
      '/trace/search-log',
      {
        schema: {
          tags: ['tracing'],
          summary:
            'Every search of the registry: who searched for what, when (administrators and the regulator)',
          querystring: SearchLogQuery,
          response: withErrors({ 200: SearchLog }),
        },
      },
      async (request) => readSearchLog(ctx, actorOf(request), request.query),
    );
  };
}
