import { Anchor, Button, Checkbox, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { ListExportLinks } from '../../components/list-export-links';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { CLOCK_STATUSES, INCIDENT_KINDS, INCIDENT_STATUSES } from '../../../core/incidents/incident-terms';
import type { IncidentSummary } from '../../../contracts/incidents';
import { DataTable } from '../../components/data-table';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingBlock } from '../../components/loading-block';
import { PageHeader } from '../../components/page-header';
import { useFormatters } from '../../i18n/format';
import { useCurrentUser } from '../auth/session-provider';
import { ClockPill } from './incident-clock';
import { lostStolenUrl } from './incidents-api';
import { useCompanyIncidents, useIncidentSide, useInbox, useOverview } from './incidents-queries';

const FILTERS = ['status', 'kind', 'notificationClock', 'isOpen'] as const;
type Filter = (typeof FILTERS)[number];

/** The company's incidents, or the regulator's inbox with its late and overdue notifications above. */
export function IncidentsHomePage() {
  return useIncidentSide() === 'company' ? <CompanyIncidents /> : <RegulatorInbox />;
}

function useFilters() {
  const [params, setParams] = useSearchParams();
  const values = Object.fromEntries(
    FILTERS.map((key) => [key, params.get(key) ?? undefined] as const),
  ) as Record<Filter, string | undefined>;
  const set = (key: Filter, value: string | null) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  return { values, set };
}

function CompanyIncidents() {
  const { t } = useTranslation();
  const organisationId = useCurrentUser().organisation.id;
  const filters = useFilters();
  const incidents = useCompanyIncidents(organisationId, filters.values);
  return (
    <>
      <PageHeader
        title={t('incidents.title')}
        description={t('incidents.description.company')}
        actions={
          <Button component={Link} to="/incidents/new">
            {t('incidents.report')}
          </Button>
        }
      />
      <Stack gap="md">
        <FilterBar filters={filters} />
        <ListExportLinks
          list="incidents"
          query={{ organisationId, status: filters.values.status, kind: filters.values.kind }}
        />
        <IncidentTable query={incidents} label={t('incidents.list.tableLabel')} showCompany={false} />
      </Stack>
    </>
  );
}

function RegulatorInbox() {
  const { t } = useTranslation();
  const filters = useFilters();
  const inbox = useInbox(filters.values);
  const overview = useOverview();
  return (
    <>
      <PageHeader
        title={t('incidents.inboxTitle')}
        description={t('incidents.description.regulator')}
        actions={
          <Group gap="sm" role="group" aria-label={t('incidents.lostStolen.title')}>
            <Button
              component="a"
              variant="default"
              href={lostStolenUrl('csv')}
              download
              title={t('incidents.lostStolen.description')}
            >
              {t('incidents.lostStolen.csv')}
            </Button>
            <Button
              component="a"
              variant="default"
              href={lostStolenUrl('json')}
              download
              title={t('incidents.lostStolen.description')}
            >
              {t('incidents.lostStolen.json')}
            </Button>
          </Group>
        }
      />
      <Stack gap="lg">
        <Paper withBorder p="md" radius="md" component="section" aria-labelledby="overview-heading">
          <Title order={2} size="h4" id="overview-heading">
            {t('incidents.overview.title')}
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            {t('incidents.overview.description')}
          </Text>
          <div data-testid="incident-overview">
            <IncidentTable
              query={overview}
              label={t('incidents.overview.tableLabel')}
              showCompany
              empty={t('incidents.overview.empty')}
            />
          </div>
        </Paper>
        <section aria-labelledby="inbox-heading">
          <Title order={2} size="h4" mb="sm" id="inbox-heading">
            {t('incidents.inboxAll')}
          </Title>
          <Stack gap="md">
            <FilterBar filters={filters} />
            <ListExportLinks
              list="incidents"
              query={{ status: filters.values.status, kind: filters.values.kind }}
            />
            <div data-testid="incident-inbox">
              <IncidentTable query={inbox} label={t('incidents.inboxTitle')} showCompany />
            </div>
          </Stack>
        </section>
      </Stack>
    </>
  );
}

function FilterBar({ filters }: { filters: ReturnType<typeof useFilters> }) {
  const { t } = useTranslation();
  const { values, set } = filters;
  const any = { value: '', label: t('incidents.filters.any') };
  return (
    <Group gap="md" align="flex-end" role="search" aria-label={t('incidents.filters.label')}>
      <Select
        label={t('incidents.filters.status')}
        data={[any, ...INCIDENT_STATUSES.map((s) => ({ value: s, label: t(`incidents.statuses.${s}`) }))]}
        value={values.status ?? ''}
        onChange={(value) => set('status', value)}
        allowDeselect={false}
        w={{ base: '100%', sm: 230 }}
      />
      <Select
        label={t('incidents.filters.kind')}
        data={[any, ...INCIDENT_KINDS.map((k) => ({ value: k, label: t(`incidents.kinds.${k}`) }))]}
        value={values.kind ?? ''}
        onChange={(value) => set('kind', value)}
        allowDeselect={false}
        w={{ base: '100%', sm: 280 }}
      />
      <Select
        label={t('incidents.filters.clock')}
        data={[any, ...CLOCK_STATUSES.map((c) => ({ value: c, label: t(`incidents.clocks.states.${c}`) }))]}
        value={values.notificationClock ?? ''}
        onChange={(value) => set('notificationClock', value)}
        allowDeselect={false}
        w={{ base: '100%', sm: 200 }}
      />
      <Checkbox
        label={t('incidents.filters.openOnly')}
        checked={values.isOpen === 'true'}
        onChange={(event) => set('isOpen', event.currentTarget.checked ? 'true' : null)}
        mb={8}
      />
    </Group>
  );
}

interface ListQueryState {
  readonly data?: { items: IncidentSummary[]; total: number } | undefined;
  readonly isPending: boolean;
  readonly error: unknown;
  refetch(): unknown;
}

function IncidentTable(props: {
  query: ListQueryState;
  label: string;
  showCompany: boolean;
  empty?: string;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { query } = props;
  if (query.isPending) return <LoadingBlock />;
  if (query.error) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  const items = query.data?.items ?? [];
  if (items.length === 0) return <Text c="dimmed">{props.empty ?? t('incidents.list.empty')}</Text>;
  return (
    <>
      <DataTable label={props.label} minWidth={props.showCompany ? 1050 : 900}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('incidents.list.reference')}</Table.Th>
            {props.showCompany ? <Table.Th>{t('incidents.list.company')}</Table.Th> : null}
            <Table.Th>{t('incidents.list.kind')}</Table.Th>
            <Table.Th>{t('incidents.list.status')}</Table.Th>
            <Table.Th>{t('incidents.list.discovered')}</Table.Th>
            <Table.Th>{t('incidents.list.notification')}</Table.Th>
            <Table.Th>{t('incidents.list.followUp')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((incident) => (
            <Table.Tr key={incident.id} data-testid={`incident-row-${incident.reference}`}>
              <Table.Td>
                <Anchor
                  component={Link}
                  to={`/incidents/${incident.organisationId}/${incident.id}`}
                  fw={500}
                  ff="monospace"
                  style={{ whiteSpace: 'nowrap' }}
                  aria-label={t('incidents.list.open', { reference: incident.reference })}
                >
                  {incident.reference}
                </Anchor>
                {incident.unansweredRequests > 0 ? (
                  <Text size="xs" c="red.8" fw={600}>
                    {t('incidents.list.pendingRequests', { count: incident.unansweredRequests })}
                  </Text>
                ) : null}
              </Table.Td>
              {props.showCompany ? <Table.Td>{incident.organisationName}</Table.Td> : null}
              <Table.Td>
                <Text size="sm">{t(`incidents.kinds.${incident.kind}`)}</Text>
                {incident.firearmCount > 0 ? (
                  <Text size="xs" c="dimmed">
                    {t('incidents.list.weapons', { count: incident.firearmCount })}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>{t(`incidents.statuses.${incident.status}`)}</Table.Td>
              <Table.Td>
                <Text size="sm">{format.dateTime(incident.discoveredAt)}</Text>
                <Text size="xs" c="dimmed" lineClamp={1}>
                  {incident.place}
                </Text>
              </Table.Td>
              <Table.Td>
                <ClockPill clock={incident.clocks.notification} name="notification" />
              </Table.Td>
              <Table.Td>
                <ClockPill clock={incident.clocks.followUp} name="followUp" />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </DataTable>
      {query.data && query.data.total > items.length ? (
        <Text size="sm" c="dimmed">
          {t('incidents.list.more', { shown: items.length, total: query.data.total })}
        </Text>
      ) : null}
    </>
  );
}
