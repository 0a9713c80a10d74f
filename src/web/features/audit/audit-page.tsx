import { Button, Group, Pagination, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { canReadAudit } from '../../../core/access/policies';
import { api } from '../../api-client';
import { DataTable } from '../../components/data-table';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingBlock } from '../../components/loading-block';
import { PageHeader } from '../../components/page-header';
import { useFormatters } from '../../i18n/format';
import { useOrganisations } from '../admin-organisations/organisation-queries';
import { useUsers } from '../admin-users/user-queries';
import { actorOf, scopeOf } from '../auth/actor-of';
import { useCurrentUser } from '../auth/session-provider';
import { describeDetails } from './audit-details';
import { AUDIT_EVENT_TYPES } from './audit-event-types';
import {
  AUDIT_PAGE_SIZE,
  isRangeReversed,
  readAuditFilters,
  toAuditQuery,
  writeAuditFilters,
  type AuditFilters,
} from './audit-filters';

/** The audit log: sign-ins, failures, lockouts, role changes and administration, filtered and paged. */
export function AuditPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const actor = actorOf(useCurrentUser());
  const [params, setParams] = useSearchParams();
  const filters = readAuditFilters(params);
  const isReversed = isRangeReversed(filters);
  const organisations = useOrganisations();
  const users = useUsers();
  const events = useQuery({
    queryKey: ['audit', toAuditQuery(filters)],
    // The answer keeps the offset it was asked for, so the "n–m of t" line always describes the rows shown.
    queryFn: async () => {
      const query = toAuditQuery(filters);
      return { ...(await api.audit.list(query)), offset: query.offset ?? 0 };
    },
    placeholderData: keepPreviousData,
    enabled: !isReversed,
  });

  const readable = (organisations.data ?? []).filter((o) => canReadAudit(actor, scopeOf(o)));
  const organisationName = new Map((organisations.data ?? []).map((o) => [o.id, o.name]));
  const userName = new Map((users.data ?? []).map((u) => [u.id, u.displayName]));
  const total = events.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const shownOffset = events.data?.offset ?? 0;
  const first = total === 0 ? 0 : shownOffset + 1;
  const last = shownOffset + (events.data?.items.length ?? 0);

  // Two quick edits (e.g. "from" then "to") must build on each other, not on the last render's URL.
  const latest = useRef(filters);
  latest.current = filters;
  function update(change: Partial<AuditFilters>) {
    latest.current = { ...latest.current, page: 1, ...change };
    setParams(writeAuditFilters(latest.current));
  }

  return (
    <>
      <PageHeader title={t('audit.title')} description={t('audit.intro')} />
      <form role="search" aria-label={t('audit.filters')} onSubmit={(event) => event.preventDefault()}>
        <Group mb="md" align="flex-end" gap="sm">
          <Select
            label={t('audit.type')}
            data={[
              { value: '', label: t('audit.allTypes') },
              ...AUDIT_EVENT_TYPES.map((type) => ({ value: type, label: t(`auditTypes.${type}`) })),
            ]}
            value={filters.type ?? ''}
            onChange={(value) => update({ type: value ? (value as AuditFilters['type']) : null })}
            allowDeselect={false}
            w={230}
          />
          <Select
            label={t('audit.organisation')}
            data={[
              { value: '', label: t('audit.allOrganisations') },
              ...readable.map((o) => ({ value: o.id, label: o.name })),
            ]}
            value={filters.organisationId ?? ''}
            onChange={(value) => update({ organisationId: value || null })}
            allowDeselect={false}
            searchable
            w={260}
          />
          <TextInput
            type="date"
            label={t('audit.from')}
            value={filters.from ?? ''}
            onChange={(event) => update({ from: event.currentTarget.value || null })}
            w={160}
          />
          <TextInput
            type="date"
            label={t('audit.to')}
            value={filters.to ?? ''}
            onChange={(event) => update({ to: event.currentTarget.value || null })}
            error={isReversed ? t('audit.rangeReversed') : undefined}
            w={160}
          />
          <Button variant="default" onClick={() => setParams({})}>
            {t('audit.clear')}
          </Button>
        </Group>
      </form>
      <ErrorAlert error={events.error} onRetry={() => void events.refetch()} />
      {events.isPending && !isReversed ? <LoadingBlock /> : null}
      {events.data ? (
        <Stack gap="sm">
          <Text size="sm" c="dimmed" role="status" data-testid="audit-count">
            {total === 0
              ? t('audit.none')
              : t('audit.showing', {
                  first: format.number(first),
                  last: format.number(last),
                  total: format.number(total),
                })}
          </Text>
          {events.data.items.length > 0 ? (
            <DataTable label={t('audit.title')} minWidth={740}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('audit.at')}</Table.Th>
                  <Table.Th>{t('audit.type')}</Table.Th>
                  <Table.Th>{t('audit.organisation')}</Table.Th>
                  <Table.Th>{t('audit.actor')}</Table.Th>
                  <Table.Th>{t('audit.subject')}</Table.Th>
                  <Table.Th>{t('audit.details')}</Table.Th>
                  <Table.Th visibleFrom="md">{t('audit.ip')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {events.data.items.map((event) => (
                  <Table.Tr key={event.id} data-audit-type={event.type}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <time dateTime={event.at}>{format.dateTime(event.at)}</time>
                    </Table.Td>
                    <Table.Td>{t(`auditTypes.${event.type}`)}</Table.Td>
                    <Table.Td>
                      {event.organisationId ? (organisationName.get(event.organisationId) ?? '—') : '—'}
                    </Table.Td>
                    <Table.Td>
                      {event.actorUserId
                        ? (userName.get(event.actorUserId) ?? t('audit.unknownPerson'))
                        : '—'}
                    </Table.Td>
                    <Table.Td>
                      {event.subjectUserId
                        ? (userName.get(event.subjectUserId) ?? t('audit.unknownPerson'))
                        : '—'}
                    </Table.Td>
                    <Table.Td>
                      <AuditDetails lines={describeDetails(t, format, event.details)} />
                    </Table.Td>
                    <Table.Td visibleFrom="md">
                      <Text size="xs" ff="monospace">
                        {event.ip ?? '—'}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </DataTable>
          ) : null}
          {pages > 1 ? (
            <Pagination
              total={pages}
              value={Math.min(filters.page, pages)}
              onChange={(page) => setParams(writeAuditFilters({ ...filters, page }))}
              getControlProps={(control) => ({ 'aria-label': t(`audit.pager.${control}`) })}
              getItemProps={(page) => ({ 'aria-label': t('audit.pager.page', { page }) })}
              aria-label={t('audit.pager.label')}
            />
          ) : null}
        </Stack>
      ) : null}
    </>
  );
}

function AuditDetails({ lines }: { lines: string[] }) {
  if (lines.length === 0) return <>—</>;
  return (
    <>
      {lines.map((line) => (
        <Text key={line} size="xs">
          {line}
        </Text>
      ))}
    </>
  );
}
