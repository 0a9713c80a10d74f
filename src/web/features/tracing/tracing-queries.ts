import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AnswerTraceRequest } from '../../../contracts/tracing';
import { tracingApi, type NewTraceRequest } from './tracing-api';

export const tracingKeys = {
  all: ['tracing'] as const,
  list: ['tracing', 'list'] as const,
  request: (id: string) => ['tracing', 'request', id] as const,
  candidates: (id: string) => ['tracing', 'candidates', id] as const,
};

export function useTraceRequests() {
  return useQuery({ queryKey: tracingKeys.list, queryFn: () => tracingApi.list() });
}

export function useTraceRequest(id: string) {
  return useQuery({ queryKey: tracingKeys.request(id), queryFn: () => tracingApi.get(id), retry: false });
}

export function useTraceCandidates(id: string, enabled: boolean) {
  return useQuery({
    queryKey: tracingKeys.candidates(id),
    queryFn: () => tracingApi.candidates(id),
    enabled,
    retry: false,
    // Every candidate search is logged: search once per visit, not on every focus.
    staleTime: 5 * 60_000,
    refetchOnWindowFocus: false,
  });
}

export function useCreateTraceRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewTraceRequest) => tracingApi.create(body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tracingKeys.all }),
  });
}

export function useAnswerTraceRequest(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AnswerTraceRequest) => tracingApi.answer(id, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tracingKeys.all }),
  });
}
