import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AddCorrectiveActionRequest,
  AddRecommendationRequest,
  AssessmentComparisonWire,
  AssessmentDetail,
  AssessmentPhotoWire,
  AssessmentSummary,
  CorrectiveActionWire,
  PlanAssessmentRequest,
  PlanOptions,
  ProgrammeOverview,
  SaveAnswersRequest,
  ShareAssessmentRequest,
  TemplateContentWire,
  TemplateList,
  TemplateVersionDetail,
  UpdateCorrectiveActionRequest,
} from '../../../contracts/assessment';
import { ApiError, type ApiErrorCode } from '../../api-client';
import { SESSION_KEY } from '../auth/session-provider';
import type { SessionResponse } from '../../../contracts/auth';

/*
 * The assessments screens' client of /api/v1 (typed from src/contracts/assessment.ts). It reads
 * the session's CSRF token from the session query, like the shared client, and raises ApiError so
 * the shared error components translate failures by their code.
 */

type Method = 'GET' | 'POST' | 'PUT';

async function call<T>(
  csrf: string | null,
  method: Method,
  path: string,
  body?: unknown,
  contentType?: string,
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = contentType ?? 'application/json';
  if (method !== 'GET' && csrf) headers['x-csrf-token'] = csrf;
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : contentType ? (body as Blob) : JSON.stringify(body),
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

export function reportUrl(id: string, language: 'es' | 'en'): string {
  return `/api/v1/assessments/${encodeURIComponent(id)}/report.pdf?lang=${language}`;
}

export function photoUrl(id: string, photoId: string): string {
  return `/api/v1/assessments/${encodeURIComponent(id)}/photos/${encodeURIComponent(photoId)}`;
}

const enc = encodeURIComponent;

export function useAssessmentApi() {
  const queryClient = useQueryClient();
  const csrf = () => queryClient.getQueryData<SessionResponse | null>(SESSION_KEY)?.csrfToken ?? null;
  return {
    templates: () => call<TemplateList>(csrf(), 'GET', '/assessment-templates'),
    templateVersion: (id: string) =>
      call<TemplateVersionDetail>(csrf(), 'GET', `/assessment-templates/versions/${enc(id)}`),
    createDraft: (fromId: string) =>
      call<TemplateVersionDetail>(csrf(), 'POST', `/assessment-templates/versions/${enc(fromId)}/drafts`),
    saveDraft: (id: string, content: TemplateContentWire) =>
      call<TemplateVersionDetail>(csrf(), 'PUT', `/assessment-templates/versions/${enc(id)}`, { content }),
    publish: (id: string) =>
      call<TemplateVersionDetail>(csrf(), 'POST', `/assessment-templates/versions/${enc(id)}/publication`),
    list: () => call<{ items: AssessmentSummary[] }>(csrf(), 'GET', '/assessments'),
    planOptions: () => call<PlanOptions>(csrf(), 'GET', '/assessments/plan-options'),
    programme: () => call<ProgrammeOverview>(csrf(), 'GET', '/assessments/programme-overview'),
    plan: (body: PlanAssessmentRequest) => call<AssessmentDetail>(csrf(), 'POST', '/assessments', body),
    get: (id: string) => call<AssessmentDetail>(csrf(), 'GET', `/assessments/${enc(id)}`),
    saveAnswers: (id: string, body: SaveAnswersRequest) =>
      call<{ status: string; updatedAt: string; answered: number }>(
        csrf(),
        'PUT',
        `/assessments/${enc(id)}/answers`,
        body,
      ),
    uploadPhoto: (id: string, itemId: string, file: File) =>
      call<AssessmentPhotoWire>(
        csrf(),
        'POST',
        `/assessments/${enc(id)}/photos?itemId=${enc(itemId)}`,
        file,
        file.type || 'application/octet-stream',
      ),
    submit: (id: string) => call<AssessmentDetail>(csrf(), 'POST', `/assessments/${enc(id)}/submission`),
    addRecommendation: (id: string, body: AddRecommendationRequest) =>
      call(csrf(), 'POST', `/assessments/${enc(id)}/recommendations`, body),
    addAction: (id: string, body: AddCorrectiveActionRequest) =>
      call<CorrectiveActionWire>(csrf(), 'POST', `/assessments/${enc(id)}/corrective-actions`, body),
    updateAction: (id: string, actionId: string, body: UpdateCorrectiveActionRequest) =>
      call<CorrectiveActionWire>(
        csrf(),
        'PUT',
        `/assessments/${enc(id)}/corrective-actions/${enc(actionId)}`,
        body,
      ),
    share: (id: string, body: ShareAssessmentRequest) =>
      call<AssessmentDetail>(csrf(), 'PUT', `/assessments/${enc(id)}/sharing`, body),
    comparison: (id: string) =>
      call<AssessmentComparisonWire>(csrf(), 'GET', `/assessments/${enc(id)}/comparison`),
  };
}

export const assessmentKeys = {
  all: ['assessments'] as const,
  list: ['assessments', 'list'] as const,
  one: (id: string) => ['assessments', 'one', id] as const,
  comparison: (id: string) => ['assessments', 'comparison', id] as const,
  planOptions: ['assessments', 'plan-options'] as const,
  programme: ['assessments', 'programme'] as const,
  templates: ['assessment-templates'] as const,
  version: (id: string) => ['assessment-templates', id] as const,
};

export function useAssessments() {
  const api = useAssessmentApi();
  return useQuery({ queryKey: assessmentKeys.list, queryFn: async () => (await api.list()).items });
}

export function useAssessment(id: string) {
  const api = useAssessmentApi();
  return useQuery({ queryKey: assessmentKeys.one(id), queryFn: () => api.get(id) });
}

export function useTemplateVersion(id: string | undefined) {
  const api = useAssessmentApi();
  return useQuery({
    queryKey: assessmentKeys.version(id ?? ''),
    queryFn: () => api.templateVersion(id!),
    enabled: id !== undefined,
    staleTime: Infinity,
  });
}

/** A mutation that refreshes everything about assessments when it succeeds. */
export function useAssessmentMutation<Input, Output>(mutationFn: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: assessmentKeys.all }),
  });
}
