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
import { apiRequest } from '../../api-client';

/* The assessments screens' calls of /api/v1 (typed from src/contracts/assessment.ts), through the one client. */

export function reportUrl(id: string, language: 'es' | 'en'): string {
  return `/api/v1/assessments/${encodeURIComponent(id)}/report.pdf?lang=${language}`;
}

export function photoUrl(id: string, photoId: string): string {
  return `/api/v1/assessments/${encodeURIComponent(id)}/photos/${encodeURIComponent(photoId)}`;
}

const enc = encodeURIComponent;

export function useAssessmentApi() {
  return {
    templates: () => apiRequest<TemplateList>('GET', '/assessment-templates'),
    templateVersion: (id: string) =>
      apiRequest<TemplateVersionDetail>('GET', `/assessment-templates/versions/${enc(id)}`),
    createDraft: (fromId: string) =>
      apiRequest<TemplateVersionDetail>('POST', `/assessment-templates/versions/${enc(fromId)}/drafts`),
    saveDraft: (id: string, content: TemplateContentWire) =>
      apiRequest<TemplateVersionDetail>('PUT', `/assessment-templates/versions/${enc(id)}`, { content }),
    publish: (id: string) =>
      apiRequest<TemplateVersionDetail>('POST', `/assessment-templates/versions/${enc(id)}/publication`),
    list: () => apiRequest<{ items: AssessmentSummary[] }>('GET', '/assessments'),
    planOptions: () => apiRequest<PlanOptions>('GET', '/assessments/plan-options'),
    programme: () => apiRequest<ProgrammeOverview>('GET', '/assessments/programme-overview'),
    plan: (body: PlanAssessmentRequest) => apiRequest<AssessmentDetail>('POST', '/assessments', body),
    get: (id: string) => apiRequest<AssessmentDetail>('GET', `/assessments/${enc(id)}`),
    saveAnswers: (id: string, body: SaveAnswersRequest) =>
      apiRequest<{ status: string; updatedAt: string; answered: number }>(
        'PUT',
        `/assessments/${enc(id)}/answers`,
        body,
      ),
    uploadPhoto: (id: string, itemId: string, file: File) =>
      apiRequest<AssessmentPhotoWire>('POST', `/assessments/${enc(id)}/photos?itemId=${enc(itemId)}`, file),
    submit: (id: string) => apiRequest<AssessmentDetail>('POST', `/assessments/${enc(id)}/submission`),
    addRecommendation: (id: string, body: AddRecommendationRequest) =>
      apiRequest('POST', `/assessments/${enc(id)}/recommendations`, body),
    addAction: (id: string, body: AddCorrectiveActionRequest) =>
      apiRequest<CorrectiveActionWire>('POST', `/assessments/${enc(id)}/corrective-actions`, body),
    updateAction: (id: string, actionId: string, body: UpdateCorrectiveActionRequest) =>
      apiRequest<CorrectiveActionWire>(
        'PUT',
        `/assessments/${enc(id)}/corrective-actions/${enc(actionId)}`,
        body,
      ),
    share: (id: string, body: ShareAssessmentRequest) =>
      apiRequest<AssessmentDetail>('PUT', `/assessments/${enc(id)}/sharing`, body),
    comparison: (id: string) =>
      apiRequest<AssessmentComparisonWire>('GET', `/assessments/${enc(id)}/comparison`),
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
