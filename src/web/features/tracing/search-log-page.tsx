import { Button, Group, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/data-table';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingBlock } from '../../components/loading-block';
import { PageHeader } from '../../components/page-header';
import { useFormatters } from '../../i18n/format';
import { useSearchLog } from './tracing-queries';

const PAGE_SIZE = 100;

/** Who searched the registry for what, and when (a registry of weapons is itself sensitive). */
export function SearchLogPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const [page, setPage] = useState(0);
  const log = useSearchLog(page, PAGE_SIZE);
  const pages = Math.max(1, Math.ceil((log.data?.total ?? 0) / PAGE_SIZE));
  return (
    <>
      <PageHeader title={t('tracing.searchLog.title')} description={t('tracing.searchLog.description')} />
      {log.isPending ? (
        <LoadingBlock />
      ) : log.error ? (
        <ErrorAlert error={log.error} onRetry={() => void log.refetch()} />
      ) : log.data.items.length === 0 ? (
        <Text c="dimmed">{t('tracing.searchLog.empty')}</Text>
      ) : (
        <>
          <DataTable label={t('tracing.searchLog.tableLabel')} minWidth={900}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('tracing.searchLog.at')}</Table.Th>
                <Table.Th>{t('tracing.searchLog.actor')}</Table.Th>
                <Table.Th>{t('tracing.searchLog.organisation')}</Table.Th>
                <Table.Th>{t('tracing.searchLog.kind')}</Table.Th>
                <Table.Th>{t('tracing.searchLog.query')}</Table.Th>
                <Table.Th ta="right">{t('tracing.searchLog.results')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {log.data.items.map((entry) => (
                <Table.Tr key={entry.id} data-testid="search-log-row">
                  <Table.Td>{format.dateTime(entry.at)}</Table.Td>
                  <Table.Td>{entry.actor ?? entry.actorId}</Table.Td>
                  <Table.Td>{entry.organisation ?? '—'}</Table.Td>
                  <Table.Td>
                    {t(`tracing.searchLog.kinds.${entry.kind}`, { defaultValue: entry.kind })}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" ff="monospace">
                      {Object.entries(entry.query)
                        .map(([key, value]) => `${key}: ${String(value)}`)
                        .join(' · ')}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">{format.number(entry.results)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </DataTable>
          <Group mt="sm" justify="space-between">
            <Text size="sm" c="dimmed">
              {t('tracing.searchLog.page', { page: page + 1, pages })}
            </Text>
            <Group gap="xs">
              <Button variant="default" disabled={page === 0} onClick={() => setPage((p) => p - 1)}>
                {t('tracing.searchLog.previous')}
              </Button>
              <Button variant="default" disabled={page + 1 >= pages} onClick={() => setPage((p) => p + 1)}>
                {t('tracing.searchLog.next')}
              </Button>
            </Group>
          </Group>
        </>
      )}
    </>
  );
}
