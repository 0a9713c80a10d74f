import type { z } from 'zod';
import type {
  AnswerTraceRequest,
  CreateTraceRequest,
  QuickCheckResponse,
  SearchLog,
  TraceRequest,
  TraceRequestAnswer,
  TraceSearchResponse,
  TraceSettings,
} from '../../../contracts/tracing';
import { apiRequest, apiUpload } from '../../api-client';

// The tracing endpoints of /api/v1, typed from the wire contracts, through the shared client.

const requestPath = (id: string) => `/trace/requests/${encodeURIComponent(id)}`;

export type NewTraceRequest = Omit<CreateTraceRequest, never>;

export const tracingApi = {
  quickCheck: (serial: string, manufacturer?: string) =>
    apiRequest<QuickCheckResponse>('GET', '/trace/quick-check', undefined, { serial, manufacturer }),
  search: (query: { serial: string; manufacturer?: string; calibre?: string }) =>
    apiRequest<TraceSearchResponse>('GET', '/trace/search', undefined, query),
  list: (status?: 'submitted' | 'answered') =>
    apiRequest<{ items: TraceRequest[]; total: number }>('GET', '/trace/requests', undefined, {
      status,
      limit: 200,
    }),
  create: (body: NewTraceRequest) => apiRequest<TraceRequest>('POST', '/trace/requests', body),
  get: (id: string) => apiRequest<TraceRequestAnswer>('GET', requestPath(id)),
  candidates: (id: string) => apiRequest<TraceSearchResponse>('GET', `${requestPath(id)}/candidates`),
  answer: (id: string, body: AnswerTraceRequest) =>
    apiRequest<TraceRequestAnswer>('POST', `${requestPath(id)}/answer`, body),
  addPhoto: (id: string, file: File) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return apiUpload<{ id: string; sha256: string }>(`${requestPath(id)}/photos`, form);
  },
  settings: () => apiRequest<TraceSettings>('GET', '/trace/settings'),
  updateSettings: (body: TraceSettings) => apiRequest<TraceSettings>('PUT', '/trace/settings', body),
  searchLog: (limit: number, offset: number) =>
    apiRequest<z.infer<typeof SearchLog>>('GET', '/trace/search-log', undefined, { limit, offset }),
};

/** A photo attached to a request, an image URL the browser loads with its session cookie. */
export const tracePhotoUrl = (id: string, photoId: string) =>
  `/api/v1${requestPath(id)}/photos/${encodeURIComponent(photoId)}`;

/** The answer's PDF, a link the browser follows itself (the session cookie goes with it). */
export const answerPdfUrl = (id: string, lang: 'es' | 'en') =>
  `/api/v1${requestPath(id)}/answer.pdf?lang=${lang}`;
