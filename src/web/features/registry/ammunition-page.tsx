import { Anchor, Button, Group, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AmmunitionLot } from '../../../contracts/registry';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { VirtualTable, type VirtualColumn } from '../../components/virtual-table';
import { useFormatters } from '../../i18n/format';
import { useCurrentUser } from '../auth/session-provider';
import { mayWrite } from './book-access';
import { DebouncedSearch } from './debounced-search';
import { ExportLinks } from './export-menu';
import { ReceiveAmmunitionModal } from './forms/receive-ammunition-form';
import { OrganisationFilter } from './organisation-filter';
import { registryApi } from './registry-api';
import { useCatalogue, useFacilities } from './registry-queries';
import { useBookScope } from './use-book-scope';
import { useInfiniteList } from './use-infinite-list';
import { useListParams } from './use-list-params';

const FILTERS = ['lotNumber', 'calibre', 'facilityId', 'sort', 'direction'] as const;

/** Ammunition lots with their stock, searchable by lot number and filtered by calibre and facility. */
export function AmmunitionPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const formatters = useFormatters();
  const scope = useBookScope();
  const { values, query, set, toggleSort } = useListParams(FILTERS);
  const listQuery = { ...query, organisationId: scope.organisationId };
  const list = useInfiniteList('lots', listQuery, registryApi.lots);
  const facilities = useFacilities(scope.organisationId).data ?? [];
  const calibres = useCatalogue().data?.calibres ?? [];
  const [receiving, setReceiving] = useState(false);
  const canReceive = mayWrite(user, scope.bookId, 'ammunition');

  const columns: VirtualColumn<AmmunitionLot>[] = [
    {
      key: 'lotNumber',
      header: t('registry.ammunition.columns.lotNumber'),
      width: 'minmax(9rem, 1.2fr)',
      sortKey: 'lotNumber',
      render: (lot) => (
        <Anchor component={Link} to={`/registry/ammunition/${lot.id}`} fw={600} ff="monospace">
          {lot.lotNumber}
        </Anchor>
      ),
    },
    {
      key: 'calibre',
      header: t('registry.ammunition.columns.calibre'),
      width: 'minmax(7rem, 1fr)',
      sortKey: 'calibre',
      render: (lot) => lot.calibre,
    },
    {
      key: 'manufacturer',
      header: t('registry.ammunition.columns.manufacturer'),
      width: 'minmax(8rem, 1fr)',
      sortKey: 'manufacturer',
      render: (lot) => lot.manufacturer,
    },
    {
      key: 'year',
      header: t('registry.ammunition.columns.year'),
      width: 'minmax(5rem, 0.5fr)',
      sortKey: 'year',
      render: (lot) => lot.year ?? t('registry.none'),
    },
    {
      key: 'hazard',
      header: t('registry.ammunition.columns.hazard'),
      width: 'minmax(7rem, 0.7fr)',
      render: (lot) =>
        lot.hazardDivision
          ? `${lot.hazardDivision}${lot.compatibilityGroup ?? ''}${lot.unNumber ? ` · UN ${lot.unNumber}` : ''}`
          : lot.unNumber
            ? `UN ${lot.unNumber}`
            : t('registry.none'),
    },
    {
      key: 'rounds',
      header: t('registry.ammunition.columns.rounds'),
      width: 'minmax(6rem, 0.6fr)',
      render: (lot) => (
        <Text size="sm" ta="right" ff="monospace">
          {formatters.number(lot.totalRounds)}
        </Text>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('registry.ammunition.title')}
        description={t('registry.ammunition.description')}
        actions={
          canReceive ? (
            <Button onClick={() => setReceiving(true)}>{t('registry.actions.receive')}</Button>
          ) : null
        }
      />
      <Stack gap="md">
        <Group align="flex-end" gap="sm">
          <OrganisationFilter scope={scope} />
          <DebouncedSearch
            label={t('registry.ammunition.lotSearch')}
            description={t('registry.ammunition.lotSearchHint')}
            value={values.lotNumber}
            onSearch={(lotNumber) => set({ lotNumber })}
          />
          <Select
            label={t('registry.ammunition.calibre')}
            placeholder={t('registry.ammunition.anyCalibre')}
            data={calibres.map((c) => ({ value: c.id, label: c.name }))}
            value={values.calibre ?? null}
            onChange={(calibre) => set({ calibre })}
            searchable
            clearable
            w={{ base: '100%', sm: 200 }}
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
          <ExportLinks list="ammunition-lots" query={listQuery} />
        </Group>
        <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
        <VirtualTable
          label={t('registry.ammunition.tableLabel')}
          columns={columns}
          rows={list.rows}
          total={list.total}
          rowKey={(lot) => lot.id}
          sort={{ key: values.sort ?? 'lotNumber', direction: values.direction === 'desc' ? 'desc' : 'asc' }}
          onSort={toggleSort}
          hasMore={list.hasMore}
          isLoadingMore={list.isLoadingMore || list.isPending}
          loadMore={list.loadMore}
          minWidth={760}
          emptyText={t('registry.ammunition.empty')}
        />
      </Stack>
      {canReceive && scope.bookId ? (
        <ReceiveAmmunitionModal
          organisationId={scope.bookId}
          opened={receiving}
          onClose={() => setReceiving(false)}
        />
      ) : null}
    </>
  );
}
