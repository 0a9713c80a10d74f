import { Anchor, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../components/data-table';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingBlock } from '../../components/loading-block';
import { PageHeader } from '../../components/page-header';
import { useFormatters } from '../../i18n/format';
import { useCurrentUser } from '../auth/session-provider';
import { ClockBadge } from './clock-badge';
import { QuickCheckCard } from './quick-check-card';
import { RegistrySearchCard } from './registry-search-card';
import { useTraceRequests } from './tracing-queries';

/** Tracing: the quick check, the agency's requests (or the regulator's queue) and, for the regulator, the registry search. */
export function TracingHomePage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const user = useCurrentUser();
  const isPolice = user.roles.includes('law-enforcement-officer');
  const isRegulator = user.roles.includes('regulator-officer');
  const isAdmin = user.roles.includes('system-admin');
  const requests = useTraceRequests();
  const items = requests.data?.items ?? [];
  return (
    <>
      <PageHeader
        title={t('tracing.title')}
        description={isPolice ? t('tracing.description.police') : t('tracing.description.regulator')}
        actions={
          isPolice ? (
            <Button component={Link} to="/tracing/new">
              {t('tracing.newRequest')}
            </Button>
          ) : (
            <Group gap="sm">
              {isRegulator || isAdmin ? (
                <Button component={Link} to="/tracing/search-log" variant="default">
                  {t('tracing.searchLog.link')}
                </Button>
              ) : null}
              {isRegulator || isAdmin ? (
                <Button component={Link} to="/tracing/settings" variant="default">
                  {t('tracing.settings.link')}
                </Button>
              ) : null}
            </Group>
          )
        }
      />
      <Stack gap="lg">
        <QuickCheckCard />
        <section aria-labelledby="trace-requests-heading">
          <Title order={2} size="h4" mb="sm" id="trace-requests-heading">
            {isPolice ? t('tracing.list.mine') : t('tracing.list.queue')}
          </Title>
          {requests.isPending ? (
            <LoadingBlock />
          ) : requests.error ? (
            <ErrorAlert error={requests.error} onRetry={() => void requests.refetch()} />
          ) : items.length === 0 ? (
            <Text c="dimmed">{t('tracing.list.empty')}</Text>
          ) : (
            <DataTable label={t('tracing.list.tableLabel')} minWidth={900}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('tracing.list.reference')}</Table.Th>
                  <Table.Th>{t('tracing.list.agency')}</Table.Th>
                  <Table.Th>{t('tracing.list.serial')}</Table.Th>
                  <Table.Th>{t('tracing.list.urgency')}</Table.Th>
                  <Table.Th>{t('tracing.list.status')}</Table.Th>
                  <Table.Th>{t('tracing.list.due')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((r) => (
                  <Table.Tr key={r.id} data-testid={`trace-row-${r.reference}`}>
                    <Table.Td>
                      <Anchor
                        component={Link}
                        to={`/tracing/requests/${r.id}`}
                        fw={500}
                        aria-label={t('tracing.list.open', { reference: r.reference })}
                      >
                        {r.reference}
                      </Anchor>
                      <Text size="sm" c="dimmed">
                        {r.caseReference}
                      </Text>
                    </Table.Td>
                    <Table.Td>{r.requestingOrganisation}</Table.Td>
                    <Table.Td>
                      <Text ff="monospace">{(r.serialObliterated ? r.serialLegible : r.serial) ?? '—'}</Text>
                      <Text size="sm" c="dimmed">
                        {[r.manufacturer, r.model, r.calibre].filter(Boolean).join(' · ')}
                      </Text>
                    </Table.Td>
                    <Table.Td>{t(`tracing.urgency.${r.urgency}`)}</Table.Td>
                    <Table.Td>{t(`tracing.status.${r.status}`)}</Table.Td>
                    <Table.Td>
                      <Stack gap={4}>
                        <Text size="sm">{format.dateTime(r.clock.dueAt)}</Text>
                        <ClockBadge request={r} />
                      </Stack>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </DataTable>
          )}
        </section>
        {isPolice ? null : <RegistrySearchCard />}
      </Stack>
    </>
  );
}
