import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AnswerTraceRequest, TraceSettings } from '../../../contracts/tracing';
import { tracingApi, type NewTraceRequest } from './tracing-api';

export const tracingKeys = {
  all: ['tracing'] as const,
  list: ['tracing', 'list'] as const,
  request: (id: string) => ['tracing', 'request', id] as const,
  candidates: (id: string) => ['tracing', 'candidates', id] as const,
  settings: ['tracing', 'settings'] as const,
  searchLog: (page: number) => ['tracing', 'search-log', page] as const,
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

export function useAddTracePhoto(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => tracingApi.addPhoto(id, file),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tracingKeys.request(id) }),
  });
}

export function useTraceSettings() {
  return useQuery({ queryKey: tracingKeys.settings, queryFn: () => tracingApi.settings() });
}

export function useUpdateTraceSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TraceSettings) => tracingApi.updateSettings(body),
    onSuccess: (saved) => {
      queryClient.setQueryData(tracingKeys.settings, saved);
      return queryClient.invalidateQueries({ queryKey: tracingKeys.list });
    },
  });
}

export function useSearchLog(page: number, pageSize: number) {
  return useQuery({
    queryKey: tracingKeys.searchLog(page),
    queryFn: () => tracingApi.searchLog(pageSize, page * pageSize),
    placeholderData: (previous) => previous,
  });
}
