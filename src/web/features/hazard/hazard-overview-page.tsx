import { Anchor, Group, Stack, Switch, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { DataTable } from '../../components/data-table';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingBlock } from '../../components/loading-block';
import { PageHeader } from '../../components/page-header';
import { useFormatters } from '../../i18n/format';
import { HazardStatusBadges } from './hazard-status-badge';
import { useHazardOverview } from './hazard-queries';

/** Every store the person may read, with its classification and whether its signs are out of date (the regulator's overview too). */
export function HazardOverviewPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const [params] = useSearchParams();
  const organisationId = params.get('organisationId') ?? undefined;
  const overview = useHazardOverview(organisationId);
  const [onlyOutOfDate, setOnlyOutOfDate] = useState(false);
  const items = overview.data?.items ?? [];
  const outOfDate = items.filter((i) => i.signsOutOfDate).length;
  const shown = onlyOutOfDate ? items.filter((i) => i.signsOutOfDate) : items;
  const kg = (value: number | null) => (value === null ? '—' : format.number(value));

  return (
    <>
      <PageHeader title={t('hazard.title')} description={t('hazard.overview.description')} />
      {overview.isPending ? (
        <LoadingBlock />
      ) : overview.error ? (
        <ErrorAlert error={overview.error} onRetry={() => void overview.refetch()} />
      ) : (
        <Stack gap="md">
          <Group justify="space-between">
            <Text fw={500} c={outOfDate > 0 ? 'red.8' : 'teal.9'} data-testid="out-of-date-count">
              {outOfDate > 0
                ? t('hazard.overview.outOfDateCount', { count: outOfDate })
                : t('hazard.overview.noneOutOfDate')}
            </Text>
            <Switch
              label={t('hazard.overview.onlyOutOfDate')}
              checked={onlyOutOfDate}
              onChange={(event) => setOnlyOutOfDate(event.currentTarget.checked)}
            />
          </Group>
          {shown.length === 0 ? (
            <Text c="dimmed">{t('hazard.overview.empty')}</Text>
          ) : (
            <DataTable label={t('hazard.overview.tableLabel')} minWidth={1000}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('hazard.overview.facility')}</Table.Th>
                  <Table.Th>{t('hazard.overview.organisation')}</Table.Th>
                  <Table.Th>{t('hazard.overview.hazardDivision')}</Table.Th>
                  <Table.Th>{t('hazard.overview.compatibilityGroup')}</Table.Th>
                  <Table.Th>{t('hazard.overview.fireDivision')}</Table.Th>
                  <Table.Th style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>
                    {t('hazard.overview.neq')}
                  </Table.Th>
                  <Table.Th style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>
                    {t('hazard.overview.limit')}
                  </Table.Th>
                  <Table.Th style={{ minWidth: 220 }}>{t('hazard.overview.signs')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.map((item) => (
                  <Table.Tr key={item.facilityId} data-testid={`hazard-row-${item.code}`}>
                    <Table.Td>
                      <Anchor
                        component={Link}
                        to={`/hazard/facilities/${item.facilityId}`}
                        aria-label={t('hazard.overview.open', { code: item.code })}
                        fw={500}
                      >
                        {item.code}
                      </Anchor>
                      <Text size="sm" c="dimmed">
                        {item.name}
                      </Text>
                    </Table.Td>
                    <Table.Td>{item.organisationName}</Table.Td>
                    <Table.Td>{item.hazardDivision ?? '—'}</Table.Td>
                    <Table.Td>{item.compatibilityGroup ?? '—'}</Table.Td>
                    <Table.Td>{item.fireDivision ?? '—'}</Table.Td>
                    <Table.Td style={{ textAlign: 'right' }}>{kg(item.neqKg)}</Table.Td>
                    <Table.Td style={{ textAlign: 'right' }}>{kg(item.maxNeqKg)}</Table.Td>
                    <Table.Td>
                      <HazardStatusBadges {...item} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </DataTable>
          )}
        </Stack>
      )}
    </>
  );
}
