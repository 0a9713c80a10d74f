import { Anchor, Button, Group, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Firearm } from '../../../contracts/registry';
import { FIREARM_STATUSES } from '../../../core/registry/firearm-statuses';
import { FIREARM_TYPES } from '../../../core/registry/firearm-types';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { VirtualTable, type VirtualColumn } from '../../components/virtual-table';
import { useCurrentUser } from '../auth/session-provider';
import { mayWrite } from './book-access';
import { DebouncedSearch } from './debounced-search';
import { ExportLinks } from './export-menu';
import { AcquireFirearmModal } from './forms/acquire-firearm-form';
import { IncomingTransfers } from './incoming-transfers';
import { OrganisationFilter } from './organisation-filter';
import { registryApi } from './registry-api';
import { useFacilities } from './registry-queries';
import { statusLabel, typeLabel } from './labels';
import { statusColor } from './status-color';
import { StatusPill } from './status-pill';
import { useBookScope } from './use-book-scope';
import { useInfiniteList } from './use-infinite-list';
import { useListParams } from './use-list-params';

const FILTERS = ['serial', 'type', 'status', 'facilityId', 'sort', 'direction'] as const;

/** The firearms book: server-side search, filters and sort in the URL, rows loaded as the list scrolls. */
export function FirearmsPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const scope = useBookScope();
  const { values, query, set, toggleSort } = useListParams(FILTERS);
  const listQuery = { ...query, organisationId: scope.organisationId };
  const list = useInfiniteList('firearms', listQuery, registryApi.firearms);
  const facilities = useFacilities(scope.organisationId).data ?? [];
  const facilityCode = new Map(facilities.map((f) => [f.id, f.code]));
  const bookName = new Map(scope.books.map((o) => [o.id, o.code]));
  const [acquiring, setAcquiring] = useState(false);
  const canAcquire = mayWrite(user, scope.bookId, 'acquire');

  const columns: VirtualColumn<Firearm>[] = [
    {
      key: 'serial',
      header: t('registry.firearms.columns.serial'),
      width: 'minmax(9rem, 1.2fr)',
      sortKey: 'serial',
      render: (f) => (
        <Anchor component={Link} to={`/registry/firearms/${f.id}`} fw={600} ff="monospace">
          {f.serial}
        </Anchor>
      ),
    },
    {
      key: 'manufacturer',
      header: t('registry.firearms.columns.manufacturer'),
      width: 'minmax(8rem, 1fr)',
      sortKey: 'manufacturer',
      render: (f) => f.manufacturer,
    },
    {
      key: 'model',
      header: t('registry.firearms.columns.model'),
      width: 'minmax(6rem, 0.8fr)',
      render: (f) => f.model,
    },
    {
      key: 'type',
      header: t('registry.firearms.columns.type'),
      width: 'minmax(7rem, 0.9fr)',
      sortKey: 'type',
      render: (f) => typeLabel(t, f.type),
    },
    {
      key: 'calibre',
      header: t('registry.firearms.columns.calibre'),
      width: 'minmax(6rem, 0.8fr)',
      render: (f) => f.calibre,
    },
    {
      key: 'status',
      header: t('registry.firearms.columns.status'),
      width: 'minmax(8rem, 1fr)',
      sortKey: 'status',
      render: (f) => <StatusPill color={statusColor(f.status)} label={statusLabel(t, f.status)} />,
    },
    {
      key: 'facility',
      header: t('registry.firearms.columns.facility'),
      width: 'minmax(6rem, 0.7fr)',
      render: (f) => (f.facilityId ? (facilityCode.get(f.facilityId) ?? '') : t('registry.none')),
    },
    ...(scope.isMultiBook
      ? [
          {
            key: 'organisation',
            header: t('registry.firearms.columns.organisation'),
            width: 'minmax(7rem, 0.8fr)',
            render: (f: Firearm) => bookName.get(f.organisationId) ?? '',
          },
        ]
      : []),
  ];

  return (
    <>
      <PageHeader
        title={t('registry.firearms.title')}
        description={t('registry.firearms.description')}
        actions={
          canAcquire ? (
            <Button onClick={() => setAcquiring(true)}>{t('registry.firearms.acquire')}</Button>
          ) : null
        }
      />
      {!scope.isMultiBook ? <IncomingTransfers /> : null}
      <Stack gap="md">
        <Group align="flex-end" gap="sm">
          <OrganisationFilter scope={scope} />
          <DebouncedSearch
            label={t('registry.firearms.serialSearch')}
            description={t('registry.firearms.serialSearchHint')}
            value={values.serial}
            onSearch={(serial) => set({ serial })}
          />
          <Select
            label={t('registry.firearms.type')}
            placeholder={t('registry.firearms.anyType')}
            data={FIREARM_TYPES.map((type) => ({ value: type, label: typeLabel(t, type) }))}
            value={values.type ?? null}
            onChange={(type) => set({ type })}
            clearable
            w={{ base: '100%', sm: 190 }}
          />
          <Select
            label={t('registry.firearms.status')}
            placeholder={t('registry.firearms.anyStatus')}
            data={FIREARM_STATUSES.map((status) => ({ value: status, label: statusLabel(t, status) }))}
            value={values.status ?? null}
            onChange={(status) => set({ status })}
            clearable
            w={{ base: '100%', sm: 220 }}
          />
          <Select
            label={t('registry.firearms.facility')}
            placeholder={t('registry.firearms.anyFacility')}
            data={facilities.map((f) => ({ value: f.id, label: `${f.code} — ${f.name}` }))}
            value={values.facilityId ?? null}
            onChange={(facilityId) => set({ facilityId })}
            clearable
            w={{ base: '100%', sm: 220 }}
          />
        </Group>
        <Group justify="space-between">
          <Text size="sm" aria-live="polite">
            {list.isPending ? t('common.loading') : t('registry.count', { count: list.total })}
          </Text>
          <ExportLinks list="firearms" query={listQuery} />
        </Group>
        <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
        <VirtualTable
          label={t('registry.firearms.tableLabel')}
          columns={columns}
          rows={list.rows}
          total={list.total}
          rowKey={(f) => f.id}
          sort={{ key: values.sort ?? 'serial', direction: values.direction === 'desc' ? 'desc' : 'asc' }}
          onSort={toggleSort}
          hasMore={list.hasMore}
          isLoadingMore={list.isLoadingMore || list.isPending}
          loadMore={list.loadMore}
          minWidth={scope.isMultiBook ? 1000 : 900}
          emptyText={t('registry.firearms.empty')}
        />
      </Stack>
      {canAcquire && scope.bookId ? (
        <AcquireFirearmModal
          opened={acquiring}
          organisationId={scope.bookId}
          onClose={() => setAcquiring(false)}
        />
      ) : null}
    </>
  );
}
