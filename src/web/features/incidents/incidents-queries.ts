import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCurrentUser } from '../auth/session-provider';
import { registryKeys } from '../registry/registry-queries';
import { incidentsApi, type IncidentQuery, type ListQuery } from './incidents-api';

export const incidentKeys = {
  all: ['incidents'] as const,
  list: (organisationId: string, query: object) => ['incidents', 'list', organisationId, query] as const,
  inbox: (query: object) => ['incidents', 'inbox', query] as const,
  overview: ['incidents', 'overview'] as const,
  detail: (incidentId: string) => ['incidents', 'detail', incidentId] as const,
  discrepancies: (organisationId: string) => ['incidents', 'discrepancies', organisationId] as const,
  clockSettings: ['incidents', 'clock-settings'] as const,
  webhookSettings: ['incidents', 'webhook-settings'] as const,
  notifications: ['incidents', 'notifications'] as const,
  lots: (organisationId: string) => ['incidents', 'lots', organisationId] as const,
  facilities: (organisationId: string) => ['incidents', 'facilities', organisationId] as const,
  personnel: (organisationId: string) => ['incidents', 'personnel', organisationId] as const,
  firearms: (organisationId: string, serial: string) =>
    ['incidents', 'firearms', organisationId, serial] as const,
};

/** Which side of the exchange the person is on: the reporting company or the licensing regulator. */
export function useIncidentSide(): 'company' | 'regulator' {
  return useCurrentUser().organisation.kind === 'psc' ? 'company' : 'regulator';
}

export function useCompanyIncidents(organisationId: string, query: ListQuery) {
  return useQuery({
    queryKey: incidentKeys.list(organisationId, query),
    queryFn: () => incidentsApi.list(organisationId, query),
  });
}

export function useInbox(query: IncidentQuery) {
  return useQuery({ queryKey: incidentKeys.inbox(query), queryFn: () => incidentsApi.inbox(query) });
}

export function useOverview() {
  return useQuery({ queryKey: incidentKeys.overview, queryFn: () => incidentsApi.overview() });
}

export function useIncident(organisationId: string, incidentId: string) {
  return useQuery({
    queryKey: incidentKeys.detail(incidentId),
    queryFn: () => incidentsApi.get(organisationId, incidentId),
    retry: false,
  });
}

export function useDiscrepancies(organisationId: string) {
  return useQuery({
    queryKey: incidentKeys.discrepancies(organisationId),
    queryFn: async () => (await incidentsApi.discrepancies(organisationId)).items,
  });
}

export function useClockSettings() {
  return useQuery({
    queryKey: incidentKeys.clockSettings,
    queryFn: async () => (await incidentsApi.clockSettings()).items,
  });
}

/** The person's notifications, polled so a new incident or request shows without a reload. */
export function useNotifications() {
  return useQuery({
    queryKey: incidentKeys.notifications,
    queryFn: () => incidentsApi.notifications(),
    refetchInterval: 60_000,
  });
}

export function useLots(organisationId: string) {
  return useQuery({
    queryKey: incidentKeys.lots(organisationId),
    queryFn: async () => (await incidentsApi.lots(organisationId)).items,
    staleTime: 60_000,
  });
}

export function useFacilities(organisationId: string) {
  return useQuery({
    queryKey: incidentKeys.facilities(organisationId),
    queryFn: async () => (await incidentsApi.facilities(organisationId)).items,
    staleTime: 5 * 60_000,
  });
}

export function usePersonnel(organisationId: string) {
  return useQuery({
    queryKey: incidentKeys.personnel(organisationId),
    queryFn: async () => (await incidentsApi.personnel(organisationId)).items,
    staleTime: 60_000,
  });
}

export function useFirearmSearch(organisationId: string, serial: string) {
  return useQuery({
    queryKey: incidentKeys.firearms(organisationId, serial),
    queryFn: async () => (await incidentsApi.findFirearms(organisationId, serial)).items,
    enabled: serial.trim().length >= 2,
    staleTime: 30_000,
  });
}

/**
 * A write about incidents: afterwards every incident view may have changed, and so may the registry
 * (a weapon reported missing or recovered changes status).
 */
export function useIncidentWrite<Input, Result>(write: (input: Input) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: incidentKeys.all }),
        queryClient.invalidateQueries({ queryKey: registryKeys.all }),
      ]);
    },
  });
}
