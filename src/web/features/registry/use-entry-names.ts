import { useQuery } from '@tanstack/react-query';
import { api } from '../../api-client';
import { hasRole } from '../../../core/access/actor';
import { useFormatters } from '../../i18n/format';
import { actorOf } from '../auth/actor-of';
import { useCurrentUser } from '../auth/session-provider';
import type { EntryNames } from './entry-description';
import { useBooks, useCatalogue, useFacilities, useRecipients } from './registry-queries';

const shortId = (id: string) => `…${id.slice(-6)}`;

/** Names for the ids a timeline shows, from what the person may already read; an unknown id shows shortened. */
export function useEntryNames(organisationId: string | undefined): EntryNames {
  const user = useCurrentUser();
  const formatters = useFormatters();
  const facilities = useFacilities().data ?? [];
  const books = useBooks().data ?? [];
  const catalogue = useCatalogue().data;
  const isOwnBook = organisationId === user.organisation.id;
  const recipients = useRecipients(organisationId ?? '', Boolean(organisationId) && isOwnBook).data ?? [];
  const organisations = new Map<string, string>([
    ...books.map((o): [string, string] => [o.id, `${o.code} — ${o.name}`]),
    ...recipients.map((o): [string, string] => [o.id, `${o.code} — ${o.name}`]),
  ]);
  const facilityNames = new Map(facilities.map((f) => [f.id, f.code]));
  return {
    facility: (id) => facilityNames.get(id) ?? shortId(id),
    organisation: (id) => organisations.get(id) ?? shortId(id),
    manufacturer: (id) => catalogue?.manufacturers.find((m) => m.id === id)?.name ?? id,
    calibre: (id) => catalogue?.calibres.find((c) => c.id === id)?.name ?? id,
    number: formatters.number,
  };
}

/** Who recorded each entry: the book's users where the person may list them, otherwise a short id. */
export function useActorName(organisationId: string | undefined): (actorId: string) => string {
  const user = useCurrentUser();
  const actor = actorOf(user);
  const mayListUsers = ['system-admin', 'regulator-officer', 'psc-manager'].some((role) =>
    hasRole(actor, role as Parameters<typeof hasRole>[1]),
  );
  const users = useQuery({
    queryKey: ['users', 'list', organisationId ?? 'all'],
    queryFn: async () => (await api.users.list(organisationId)).items,
    enabled: mayListUsers && Boolean(organisationId),
    staleTime: 60_000,
  });
  const names = new Map((users.data ?? []).map((u) => [u.id, u.displayName]));
  return (actorId) =>
    names.get(actorId) ??
    (actorId === user.id ? user.displayName : actorId.length > 20 ? shortId(actorId) : actorId);
}
