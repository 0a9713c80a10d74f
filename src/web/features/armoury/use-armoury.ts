import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useCurrentUser } from '../auth/session-provider';
import { armouryApi } from './armoury-api';

const FACILITY_KEY = 'custodia.armoury.facility';

export const armouryKeys = {
  all: ['armoury'] as const,
  facilities: (org: string) => ['armoury', 'facilities', org] as const,
  settings: (org: string) => ['armoury', 'settings', org] as const,
  clients: (org: string) => ['armoury', 'clients', org] as const,
  lots: (org: string, facility: string) => ['armoury', 'lots', org, facility] as const,
  issues: (org: string, query: object) => ['armoury', 'issues', org, query] as const,
  alerts: (org: string) => ['armoury', 'alerts', org] as const,
  overdue: (org: string) => ['armoury', 'overdue', org] as const,
};

/** The company the armoury screens work on: always the signed-in person's own (a PSC). */
export function useOrganisationId(): string {
  return useCurrentUser().organisation.id;
}

/** The armoury this desk works at: remembered on the device, the only one when there is one. */
export function useFacility() {
  const organisationId = useOrganisationId();
  const facilities = useQuery({
    queryKey: armouryKeys.facilities(organisationId),
    queryFn: () => armouryApi.facilities(organisationId),
    staleTime: 5 * 60_000,
  });
  const [chosen, setChosen] = useState<string | null>(() => readStored());
  const items = facilities.data?.items ?? [];
  const facilityId = items.find((f) => f.id === chosen)?.id ?? items[0]?.id ?? null;
  useEffect(() => {
    if (chosen) writeStored(chosen);
  }, [chosen]);
  return { facilities, items, facilityId, setFacilityId: setChosen };
}

export function useSettings() {
  const organisationId = useOrganisationId();
  return useQuery({
    queryKey: armouryKeys.settings(organisationId),
    queryFn: () => armouryApi.settings(organisationId),
    staleTime: 5 * 60_000,
  });
}

export function useClients() {
  const organisationId = useOrganisationId();
  return useQuery({
    queryKey: armouryKeys.clients(organisationId),
    queryFn: () => armouryApi.clients(organisationId),
    staleTime: 60_000,
  });
}

/** How many weapons are out past their time, polled for the banner on every armoury screen. */
export function useOverdueCount() {
  const organisationId = useOrganisationId();
  return useQuery({
    queryKey: armouryKeys.overdue(organisationId),
    queryFn: () => armouryApi.issues(organisationId, { status: 'out', isOverdue: 'true', limit: 1 }),
    refetchInterval: 15_000,
    select: (list) => list.total,
  });
}

function readStored(): string | null {
  try {
    return window.localStorage.getItem(FACILITY_KEY);
  } catch {
    return null;
  }
}

function writeStored(id: string): void {
  try {
    window.localStorage.setItem(FACILITY_KEY, id);
  } catch {
    // A private window without storage asks again next time.
  }
}

/** Whether the person may change personnel, clients and posts (the company's manager; armourers read them). */
export function useCanManage(): boolean {
  return useCurrentUser().roles.includes('psc-manager');
}
