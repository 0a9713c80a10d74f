import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { RecordSignPostingRequest } from '../../../contracts/hazard';
import { hazardApi } from './hazard-api';

export const hazardKeys = {
  all: ['hazard'] as const,
  overview: (organisationId?: string) => ['hazard', 'overview', organisationId ?? 'all'] as const,
  facility: (id: string) => ['hazard', 'facility', id] as const,
  postings: (id: string) => ['hazard', 'postings', id] as const,
};

export function useHazardOverview(organisationId?: string) {
  return useQuery({
    queryKey: hazardKeys.overview(organisationId),
    queryFn: () => hazardApi.overview(organisationId),
  });
}

export function useFacilityHazard(id: string) {
  return useQuery({ queryKey: hazardKeys.facility(id), queryFn: () => hazardApi.facility(id), retry: false });
}

export function useSignPostings(id: string) {
  return useQuery({ queryKey: hazardKeys.postings(id), queryFn: () => hazardApi.postings(id), retry: false });
}

export function useRecordSignPosting(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RecordSignPostingRequest) => hazardApi.recordPosting(id, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: hazardKeys.all }),
  });
}
