import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { OrganisationKind } from '../../../core/access/roles';
import { api } from '../../api-client';

export const organisationKeys = {
  all: ['organisations'] as const,
  list: (kind?: OrganisationKind) => ['organisations', 'list', kind ?? 'all'] as const,
  one: (id: string) => ['organisations', 'one', id] as const,
};

export function useOrganisations(kind?: OrganisationKind) {
  return useQuery({
    queryKey: organisationKeys.list(kind),
    queryFn: async () => (await api.organisations.list(kind)).items,
  });
}

export function useOrganisation(id: string) {
  return useQuery({
    queryKey: organisationKeys.one(id),
    queryFn: () => api.organisations.get(id),
    retry: false,
  });
}

export function useCreateOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: api.organisations.create,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: organisationKeys.all }),
  });
}

export function useUpdateOrganisationSettings(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (requiresTotp: boolean) => api.organisations.updateSettings(id, requiresTotp),
    onSuccess: (organisation) => {
      queryClient.setQueryData(organisationKeys.one(id), organisation);
      return queryClient.invalidateQueries({ queryKey: organisationKeys.all });
    },
  });
}
