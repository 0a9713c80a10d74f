import type {
  AnswerTraceRequest,
  CreateTraceRequest,
  QuickCheckResponse,
  TraceRequest,
  TraceRequestAnswer,
  TraceSearchResponse,
} from '../../../contracts/tracing';
import { apiRequest } from '../../api-client';

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
};

/** The answer's PDF, a link the browser follows itself (the session cookie goes with it). */
export const answerPdfUrl = (id: string, lang: 'es' | 'en') =>
  `/api/v1${requestPath(id)}/answer.pdf?lang=${lang}`;
