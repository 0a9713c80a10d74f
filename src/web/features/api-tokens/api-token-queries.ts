import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api-client';

const tokenKeys = { all: ['api-tokens'] as const };

export function useApiTokens() {
  return useQuery({ queryKey: tokenKeys.all, queryFn: async () => (await api.apiTokens.list()).items });
}

export function useCreateApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: api.apiTokens.create,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokenKeys.all }),
  });
}

export function useRevokeApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: api.apiTokens.revoke,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokenKeys.all }),
  });
}
