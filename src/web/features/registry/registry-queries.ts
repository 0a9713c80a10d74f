import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api-client';
import { registryApi, type HistoryView } from './registry-api';

export const registryKeys = {
  all: ['registry'] as const,
  facilities: (organisationId?: string) => ['registry', 'facilities', organisationId ?? 'all'] as const,
  facility: (id: string) => ['registry', 'facility', id] as const,
  firearm: (id: string) => ['registry', 'firearm', id] as const,
  lot: (id: string) => ['registry', 'lot', id] as const,
  history: (id: string, view: HistoryView) => ['registry', 'history', id, view] as const,
  integrity: (organisationId: string) => ['registry', 'integrity', organisationId] as const,
  catalogue: ['registry', 'catalogue'] as const,
  recipients: (organisationId: string) => ['registry', 'recipients', organisationId] as const,
  books: ['registry', 'books'] as const,
};

/** The organisations whose books the person may read: companies only (a regulator's own book is empty). */
export function useBooks() {
  return useQuery({
    queryKey: registryKeys.books,
    queryFn: async () => (await api.organisations.list('psc')).items,
    staleTime: 60_000,
  });
}

export function useFacilities(organisationId?: string) {
  return useQuery({
    queryKey: registryKeys.facilities(organisationId),
    queryFn: async () => (await registryApi.facilities(organisationId)).items,
    staleTime: 30_000,
  });
}

export function useFacility(id: string) {
  return useQuery({ queryKey: registryKeys.facility(id), queryFn: () => registryApi.facility(id) });
}

export function useFirearm(id: string) {
  return useQuery({ queryKey: registryKeys.firearm(id), queryFn: () => registryApi.firearm(id) });
}

export function useLot(id: string) {
  return useQuery({ queryKey: registryKeys.lot(id), queryFn: () => registryApi.lot(id) });
}

export function useHistory(id: string, view: HistoryView) {
  return useQuery({
    queryKey: registryKeys.history(id, view),
    queryFn: async () => (await registryApi.history(id, view)).items,
  });
}

export function useIntegrity(organisationId: string | undefined) {
  return useQuery({
    queryKey: registryKeys.integrity(organisationId ?? ''),
    queryFn: () => registryApi.integrity(organisationId ?? ''),
    enabled: Boolean(organisationId),
  });
}

export function useCatalogue() {
  return useQuery({ queryKey: registryKeys.catalogue, queryFn: registryApi.catalogue, staleTime: 300_000 });
}

export function useRecipients(organisationId: string, enabled: boolean) {
  return useQuery({
    queryKey: registryKeys.recipients(organisationId),
    queryFn: async () => (await registryApi.recipients(organisationId)).items,
    enabled,
  });
}

/** After any write every registry view may have changed: lists, details, timelines. */
export function invalidateRegistry(queryClient: QueryClient) {
  return queryClient.invalidateQueries({ queryKey: registryKeys.all });
}

/**
 * A write to the book: one idempotency key per opening of the form, so a double click or a retry
 * after a lost answer writes once. `renewKey` starts a new form.
 */
export function useBookWrite<Input extends { idempotencyKey: string }, Result>(
  write: (input: Input) => Promise<Result>,
) {
  const queryClient = useQueryClient();
  const [idempotencyKey, setKey] = useState(() => crypto.randomUUID());
  const mutation = useMutation({
    mutationFn: (input: Omit<Input, 'idempotencyKey'>) => write({ ...input, idempotencyKey } as Input),
    onSuccess: () => invalidateRegistry(queryClient),
  });
  return {
    ...mutation,
    renewKey: () => {
      setKey(crypto.randomUUID());
      mutation.reset();
    },
  };
}
