import type {
  FacilityHazard,
  HazardOverview,
  RecordSignPostingRequest,
  SignPosting,
} from '../../../contracts/hazard';
import { ApiError, type ApiErrorCode } from '../../api-client';

/*
 * The hazard endpoints of /api/v1, typed from the wire contracts. The shared client keeps its request
 * function to itself, so writes here carry the session's CSRF token, which the caller passes in.
 */

async function call<T>(method: 'GET' | 'POST', path: string, csrfToken?: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    throw new ApiError(0, 'NETWORK', error instanceof Error ? error.message : 'network error', undefined);
  }
  const text = await response.text();
  let payload: unknown;
  try {
    payload = text ? JSON.parse(text) : undefined;
  } catch {
    payload = undefined;
  }
  if (response.ok) return payload as T;
  const error = (payload as { error?: { code?: string; message?: string; details?: unknown } } | undefined)
    ?.error;
  throw new ApiError(
    response.status,
    (error?.code ?? 'UNEXPECTED') as ApiErrorCode,
    error?.message ?? response.statusText,
    error?.details,
  );
}

const facilityPath = (id: string) => `/facilities/${encodeURIComponent(id)}`;

export const hazardApi = {
  overview: (organisationId?: string) =>
    call<HazardOverview>(
      'GET',
      `/hazard/overview${organisationId ? `?organisationId=${encodeURIComponent(organisationId)}` : ''}`,
    ),
  facility: (id: string) => call<FacilityHazard>('GET', `${facilityPath(id)}/hazard`),
  postings: (id: string) => call<{ items: SignPosting[] }>('GET', `${facilityPath(id)}/sign-postings`),
  recordPosting: (id: string, body: RecordSignPostingRequest, csrfToken: string | undefined) =>
    call<SignPosting>('POST', `${facilityPath(id)}/sign-postings`, csrfToken, body),
};

/** Links the browser follows itself (the session cookie goes with them): the PDF pack and each SVG. */
export const signPackUrl = (id: string, size: 'full' | 'half') =>
  `/api/v1${facilityPath(id)}/signs.pdf?size=${size}`;
export const signSvgUrl = (id: string, sign: string, size: 'full' | 'half' = 'full') =>
  `/api/v1${facilityPath(id)}/signs/${encodeURIComponent(sign)}.svg?size=${size}`;
