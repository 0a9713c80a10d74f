import type { z } from 'zod';
import type {
  ApiToken,
  ApiTokenList,
  CreateApiTokenRequest,
  CreateApiTokenResponse,
} from '../contracts/api-tokens';
import type { AuditEventList, ListAuditEventsQuery } from '../contracts/audit';
import type {
  AcceptLinkRequest,
  LinkInfoResponse,
  SessionResponse,
  SignInRequest,
  TotpEnrolmentResponse,
} from '../contracts/auth';
import type { Language } from '../contracts/common';
import type { DashboardResponse } from '../contracts/dashboard';
import type { ErrorCode } from '../contracts/error-codes';
import type { CreateOrganisationRequest, Organisation, OrganisationList } from '../contracts/organisations';
import type { CreateUserResponse, OneTimeLink, User, UserList } from '../contracts/users';
import type { OrganisationKind, Role } from '../core/access/roles';

/*
 * The browser's client of /api/v1, typed from the wire contracts. It keeps the session's CSRF
 * token (sent on every write) and tells a listener when a signed-in request finds the session gone.
 */

export type ApiErrorCode = ErrorCode | 'NETWORK' | 'UNEXPECTED';

export interface FieldProblem {
  readonly path: string;
  readonly message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly details: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** Field problems the server listed in details.fields, if any. */
  get fields(): readonly FieldProblem[] {
    const fields = (this.details as { fields?: unknown } | null | undefined)?.fields;
    if (!Array.isArray(fields)) return [];
    return fields.filter(
      (f): f is FieldProblem =>
        typeof f === 'object' && f !== null && typeof (f as FieldProblem).path === 'string',
    );
  }
}

export function isApiError(error: unknown, code?: ApiErrorCode): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

let csrfToken: string | null = null;
type SessionLostListener = (code: ApiErrorCode) => void;
let sessionLostListener: SessionLostListener | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when a request made with a session answers 401 (expired, signed out elsewhere). */
export function onSessionLost(listener: SessionLostListener | null): void {
  sessionLostListener = listener;
}

type Query = Record<string, string | number | undefined>;
type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

interface RequestOptions {
  readonly body?: unknown;
  readonly query?: Query;
  /** Sign-in steps and one-time links answer 401 as part of their flow, not as a lost session. */
  readonly isSessionRequired?: boolean;
}

function toUrl(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return `/api/v1${path}${search ? `?${search}` : ''}`;
}

/** What a request sends: JSON for plain values, a file as itself, a form as multipart. */
function encodeBody(body: unknown): { contentType?: string; payload?: BodyInit } {
  if (body === undefined) return {};
  if (body instanceof FormData) return { payload: body };
  if (body instanceof Blob) return { contentType: body.type || 'application/octet-stream', payload: body };
  return { contentType: 'application/json', payload: JSON.stringify(body) };
}

/**
 * The one request function of the web app: every feature's client goes through it, so the CSRF
 * token, the lost-session listener and the ApiError shape are the same everywhere.
 */
async function request<T>(method: Method, path: string, options: RequestOptions = {}): Promise<T> {
  const { contentType, payload: body } = encodeBody(options.body);
  const headers: Record<string, string> = { accept: 'application/json' };
  if (contentType) headers['content-type'] = contentType;
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(toUrl(path, options.query), { method, headers, credentials: 'same-origin', body });
  } catch (error) {
    throw new ApiError(0, 'NETWORK', error instanceof Error ? error.message : 'network error', undefined);
  }
  const text = await response.text();
  const payload: unknown = text ? safeJson(text) : undefined;
  if (response.ok) return payload as T;
  const error = (payload as { error?: { code?: string; message?: string; details?: unknown } } | undefined)
    ?.error;
  const code = (error?.code ?? 'UNEXPECTED') as ApiErrorCode;
  const failure = new ApiError(response.status, code, error?.message ?? response.statusText, error?.details);
  if (response.status === 401 && (options.isSessionRequired ?? true)) sessionLostListener?.(code);
  throw failure;
}

/** A request of a feature's client: JSON, a file (Blob/File) or a form (FormData) as the body. */
export function apiRequest<T>(method: Method, path: string, body?: unknown, query?: Query): Promise<T> {
  return request<T>(method, path, { body, query });
}

/** A multipart upload (files) with the session's CSRF token; answers and failures as apiRequest's. */
export function apiUpload<T>(path: string, form: FormData): Promise<T> {
  return request<T>('POST', path, { body: form });
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

type OrganisationListResponse = z.infer<typeof OrganisationList>;
type UserListResponse = z.infer<typeof UserList>;
type ApiTokenListResponse = z.infer<typeof ApiTokenList>;
type AuditEventListResponse = z.infer<typeof AuditEventList>;
type LinkInfo = z.infer<typeof LinkInfoResponse>;
export type CreateUserResult = z.infer<typeof CreateUserResponse>;
export type OneTimeLinkResponse = z.infer<typeof OneTimeLink>;
export type CreateApiTokenResult = z.infer<typeof CreateApiTokenResponse>;
export type AuditQuery = Partial<ListAuditEventsQuery>;
type Ok = { ok: true };

const pending = { isSessionRequired: false } as const;

export const api = {
  auth: {
    session: () => request<SessionResponse>('GET', '/auth/session', pending),
    signIn: (body: SignInRequest) => request<SessionResponse>('POST', '/auth/sign-in', { body, ...pending }),
    secondFactor: (code: string) =>
      request<Ok>('POST', '/auth/second-factor', { body: { code }, ...pending }),
    startTotpEnrolment: () => request<TotpEnrolmentResponse>('POST', '/auth/totp/enrolment', pending),
    confirmTotpEnrolment: (code: string) =>
      request<Ok>('POST', '/auth/totp/confirmation', { body: { code }, ...pending }),
    signOut: () => request<Ok>('POST', '/auth/sign-out', pending),
    setLanguage: (language: Language) => request<Ok>('PUT', '/me/language', { body: { language } }),
    describeLink: (token: string) => request<LinkInfo>('GET', '/links', { query: { token }, ...pending }),
    acceptLink: (body: AcceptLinkRequest) => request<Ok>('POST', '/links/accept', { body, ...pending }),
  },
  dashboard: () => request<DashboardResponse>('GET', '/dashboard'),
  organisations: {
    list: (kind?: OrganisationKind) =>
      request<OrganisationListResponse>('GET', '/organisations', { query: { kind } }),
    get: (id: string) => request<Organisation>('GET', `/organisations/${encodeURIComponent(id)}`),
    create: (body: CreateOrganisationRequest) => request<Organisation>('POST', '/organisations', { body }),
    updateSettings: (id: string, requiresTotp: boolean) =>
      request<Organisation>('PUT', `/organisations/${encodeURIComponent(id)}/settings`, {
        body: { requiresTotp },
      }),
  },
  users: {
    list: (organisationId?: string) =>
      request<UserListResponse>('GET', '/users', { query: { organisationId } }),
    invite: (body: {
      organisationId: string;
      email: string;
      displayName: string;
      language: Language;
      roles: Role[];
    }) => request<CreateUserResult>('POST', '/users', { body }),
    deactivate: (id: string) => request<User>('POST', `/users/${encodeURIComponent(id)}/deactivation`),
    setRoles: (id: string, roles: Role[]) =>
      request<User>('PUT', `/users/${encodeURIComponent(id)}/roles`, { body: { roles } }),
    resetPassword: (id: string) =>
      request<OneTimeLinkResponse>('POST', `/users/${encodeURIComponent(id)}/password-reset`),
  },
  audit: {
    list: (query: AuditQuery) =>
      request<AuditEventListResponse>('GET', '/audit-events', { query: { ...query } }),
  },
  apiTokens: {
    list: () => request<ApiTokenListResponse>('GET', '/api-tokens'),
    create: (body: CreateApiTokenRequest) => request<CreateApiTokenResult>('POST', '/api-tokens', { body }),
    revoke: (id: string) => request<ApiToken>('POST', `/api-tokens/${encodeURIComponent(id)}/revocation`),
  },
};
