import { errorMessage } from '../../components/error-message';
import { Alert, Badge, Button, Group, SegmentedControl, Stack, Switch, Table, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/data-table';
import { ErrorAlert } from '../../components/error-alert';
import { ListExportLinks } from '../../components/list-export-links';
import { LoadingBlock } from '../../components/loading-block';
import { useFormatters } from '../../i18n/format';
import { armouryApi, type IssueRecordData } from './armoury-api';
import { weaponTypeLabel } from './armoury-labels';
import { ArmouryPage } from './armoury-page';
import { armouryKeys, useOrganisationId } from './use-armoury';

const REFRESH_MS = 15_000;
const SORTS = ['time', 'guard', 'post'] as const;
type SortBy = (typeof SORTS)[number];

/** Everything out now, by guard, post and time; overdue ones first and in red, with the overdue alerts. */
export function BoardPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const organisationId = useOrganisationId();
  const queryClient = useQueryClient();
  const [onlyOverdue, setOnlyOverdue] = useState(false);
  const query = { status: 'out', limit: 500, ...(onlyOverdue ? { isOverdue: 'true' } : {}) };
  const issues = useQuery({
    queryKey: armouryKeys.issues(organisationId, query),
    queryFn: () => armouryApi.issues(organisationId, query),
    refetchInterval: REFRESH_MS,
  });
  const alerts = useQuery({
    queryKey: armouryKeys.alerts(organisationId),
    queryFn: () => armouryApi.alerts(organisationId),
    refetchInterval: REFRESH_MS,
  });
  const acknowledge = useMutation({
    mutationFn: (alertId: string) => armouryApi.acknowledgeAlert(organisationId, alertId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: armouryKeys.alerts(organisationId) }),
  });
  const [sortBy, setSortBy] = useState<SortBy>('time');
  const postLabel = (issue: IssueRecordData) =>
    issue.post ? `${issue.post.siteName} ${issue.post.name}` : '';
  // Overdue first, then by what the person chose: expected return, guard or post.
  const items = [...(issues.data?.items ?? [])].sort(
    (a, b) =>
      Number(b.isOverdue) - Number(a.isOverdue) ||
      (sortBy === 'guard'
        ? a.personnel.fullName.localeCompare(b.personnel.fullName)
        : sortBy === 'post'
          ? postLabel(a).localeCompare(postLabel(b))
          : 0) ||
      a.expectedReturnAt.localeCompare(b.expectedReturnAt),
  );

  return (
    <ArmouryPage title={t('armoury.board.title')} description={t('armoury.board.description')}>
      <Stack gap="md">
        {(alerts.data?.items.length ?? 0) > 0 ? (
          <Alert color="red" title={t('armoury.board.alertsTitle')} data-testid="alerts">
            <Stack gap={6}>
              {alerts.data!.items.map((alert) => (
                <Group key={alert.id} justify="space-between" wrap="nowrap">
                  <Text size="sm">
                    {t('armoury.board.alertLine', {
                      serial: alert.issue.firearm.serial,
                      name: alert.issue.personnel.fullName,
                      date: format.dateTime(alert.issue.expectedReturnAt),
                    })}
                  </Text>
                  <Button
                    size="compact-sm"
                    variant="white"
                    color="red"
                    loading={acknowledge.isPending && acknowledge.variables === alert.id}
                    onClick={() => acknowledge.mutate(alert.id)}
                  >
                    {t('armoury.board.acknowledge')}
                  </Button>
                </Group>
              ))}
              {acknowledge.error ? <Text size="sm">{errorMessage(t, acknowledge.error)}</Text> : null}
            </Stack>
          </Alert>
        ) : null}
        <Group justify="space-between">
          <Text fw={500} data-testid="board-total">
            {issues.data
              ? t('armoury.board.total', { count: issues.data.total, overdue: issues.data.overdue })
              : null}
          </Text>
          <Group gap="md">
            <ListExportLinks list="weapons-out" query={{ organisationId }} />
            {issues.dataUpdatedAt ? (
              <Text size="xs" c="dimmed">
                {t('armoury.board.updatedAt', {
                  time: format.dateTime(new Date(issues.dataUpdatedAt).toISOString()),
                })}
              </Text>
            ) : null}
            <SegmentedControl
              aria-label={t('armoury.board.sortBy')}
              size="xs"
              value={sortBy}
              onChange={(value) => setSortBy(SORTS.find((v) => v === value) ?? 'time')}
              data={SORTS.map((value) => ({ value, label: t(`armoury.board.sort.${value}`) }))}
            />
            <Switch
              label={t('armoury.board.onlyOverdue')}
              checked={onlyOverdue}
              onChange={(event) => setOnlyOverdue(event.currentTarget.checked)}
            />
          </Group>
        </Group>
        {issues.isPending ? (
          <LoadingBlock />
        ) : issues.error ? (
          <ErrorAlert error={issues.error} onRetry={() => void issues.refetch()} />
        ) : items.length === 0 ? (
          <Text c="dimmed">{t('armoury.board.empty')}</Text>
        ) : (
          <DataTable label={t('armoury.board.tableLabel')} minWidth={900}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('armoury.board.guard')}</Table.Th>
                <Table.Th>{t('armoury.board.weapon')}</Table.Th>
                <Table.Th>{t('armoury.board.post')}</Table.Th>
                <Table.Th>{t('armoury.board.issuedAt')}</Table.Th>
                <Table.Th>{t('armoury.board.expected')}</Table.Th>
                <Table.Th style={{ textAlign: 'right' }}>{t('armoury.board.rounds')}</Table.Th>
                <Table.Th>{t('armoury.board.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((issue) => (
                <Table.Tr
                  key={issue.id}
                  bg={issue.isOverdue ? 'red.0' : undefined}
                  data-testid={`board-row-${issue.firearm.serial}`}
                >
                  <Table.Td>
                    <Text fw={500}>{issue.personnel.fullName}</Text>
                    <Text size="xs" c="dimmed">
                      {issue.personnel.nationalId}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {issue.firearm.serial}
                    <Text size="xs" c="dimmed">
                      {weaponTypeLabel(t, issue.firearm.type)} {issue.firearm.model}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {issue.post ? (
                      <>
                        {issue.post.name}
                        <Text size="xs" c="dimmed">
                          {issue.post.siteName}
                        </Text>
                      </>
                    ) : (
                      <Text size="sm" c="dimmed">
                        {t('armoury.board.noPost')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{format.dateTime(issue.issuedAt)}</Table.Td>
                  <Table.Td>{format.dateTime(issue.expectedReturnAt)}</Table.Td>
                  <Table.Td style={{ textAlign: 'right' }}>{issue.ammunition?.rounds ?? '—'}</Table.Td>
                  <Table.Td>
                    {issue.isOverdue ? (
                      <Badge color="red" variant="filled">
                        {t('armoury.board.overdue')}
                      </Badge>
                    ) : (
                      <Badge color="teal" variant="light">
                        {t('armoury.board.onTime')}
                      </Badge>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </DataTable>
        )}
      </Stack>
    </ArmouryPage>
  );
}
