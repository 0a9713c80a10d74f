import { errorMessage } from '../../components/error-message';
import {
  Alert,
  Button,
  Group,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAINTENANCE_KINDS, MAINTENANCE_OUTCOMES } from '../../../core/armoury/armoury-terms';
import { DataTable } from '../../components/data-table';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingBlock } from '../../components/loading-block';
import { useFormatters } from '../../i18n/format';
import { armouryApi, type LookupMatch, type MaintenanceJobData } from './armoury-api';
import { weaponTypeLabel } from './armoury-labels';
import { ArmouryPage } from './armoury-page';
import { ScanInput } from './scan-input';
import { armouryKeys, useOrganisationId } from './use-armoury';

type FirearmMatch = Extract<LookupMatch, { kind: 'firearm' }>;
const pick = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  values.find((v) => v === value);

/** The maintenance queue: send a weapon (scan it), and record each job's result. */
export function MaintenancePage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const organisationId = useOrganisationId();
  const [status, setStatus] = useState<'open' | 'closed' | 'all'>('open');
  const jobs = useQuery({
    queryKey: ['armoury', 'maintenance', organisationId, status],
    queryFn: () => armouryApi.maintenance(organisationId, status),
  });
  return (
    <ArmouryPage title={t('armoury.maintenance.title')} description={t('armoury.maintenance.description')}>
      <Stack gap="md">
        <SendToMaintenance />
        <SegmentedControl
          value={status}
          onChange={(value) => setStatus(pick(['open', 'closed', 'all'] as const, value) ?? 'open')}
          data={[
            { value: 'open', label: t('armoury.maintenance.statusOpen') },
            { value: 'closed', label: t('armoury.maintenance.statusClosed') },
            { value: 'all', label: t('common.all') },
          ]}
          w="fit-content"
        />
        {jobs.isPending ? (
          <LoadingBlock />
        ) : jobs.error ? (
          <ErrorAlert error={jobs.error} onRetry={() => void jobs.refetch()} />
        ) : jobs.data.items.length === 0 ? (
          <Text c="dimmed">{t('armoury.maintenance.empty')}</Text>
        ) : (
          <DataTable label={t('armoury.maintenance.tableLabel')} minWidth={900}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('armoury.maintenance.weapon')}</Table.Th>
                <Table.Th>{t('armoury.maintenance.kind')}</Table.Th>
                <Table.Th>{t('armoury.maintenance.openedAt')}</Table.Th>
                <Table.Th>{t('armoury.maintenance.note')}</Table.Th>
                <Table.Th style={{ minWidth: 320 }}>{t('armoury.maintenance.result')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {jobs.data.items.map((job) => (
                <Table.Tr key={job.id}>
                  <Table.Td>
                    <Text fw={500}>{job.firearm.serial}</Text>
                    <Text size="xs" c="dimmed">
                      {weaponTypeLabel(t, job.firearm.type)} {job.firearm.model}
                    </Text>
                  </Table.Td>
                  <Table.Td>{t(`armoury.maintenance.kinds.${job.kind}`)}</Table.Td>
                  <Table.Td>
                    {format.dateTime(job.openedAt)}
                    <Text size="xs" c="dimmed">
                      {job.openedByName}
                    </Text>
                  </Table.Td>
                  <Table.Td>{job.note ?? '—'}</Table.Td>
                  <Table.Td>
                    {job.status === 'open' ? (
                      <CloseJobForm job={job} />
                    ) : (
                      <Text size="sm">
                        {job.outcome ? t(`armoury.maintenance.outcomes.${job.outcome}`) : ''} — {job.result}
                      </Text>
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

function SendToMaintenance() {
  const { t } = useTranslation();
  const organisationId = useOrganisationId();
  const queryClient = useQueryClient();
  const [firearm, setFirearm] = useState<FirearmMatch | null>(null);
  const [scanError, setScanError] = useState<string | null>(null);
  const [kind, setKind] = useState<(typeof MAINTENANCE_KINDS)[number]>('cleaning');
  const [note, setNote] = useState('');
  const [idempotencyKey, setKey] = useState(() => crypto.randomUUID());
  const send = useMutation({
    mutationFn: () =>
      armouryApi.openMaintenance(organisationId, {
        idempotencyKey,
        firearmId: firearm!.id,
        kind,
        note: note.trim() || null,
      }),
    onSuccess: () => {
      notifications.show({ color: 'teal', message: t('armoury.maintenance.sent') });
      setFirearm(null);
      setNote('');
      setKey(crypto.randomUUID());
      void queryClient.invalidateQueries({ queryKey: armouryKeys.all });
    },
  });
  async function identify(code: string) {
    setScanError(null);
    try {
      const { matches } = await armouryApi.lookup(organisationId, code);
      const weapon = matches.find((m): m is FirearmMatch => m.kind === 'firearm');
      if (weapon) setFirearm(weapon);
      else setScanError(t('armoury.scan.notAWeapon', { code }));
    } catch (error) {
      setScanError(errorMessage(t, error));
    }
  }
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={2} size="h4" mb="sm">
        {t('armoury.maintenance.send')}
      </Title>
      {firearm === null ? (
        <ScanInput
          label={t('armoury.issue.weaponLabel')}
          placeholder={t('armoury.issue.weaponPlaceholder')}
          onScan={(code) => void identify(code)}
          error={scanError}
        />
      ) : (
        <Stack
          component="form"
          gap="sm"
          onSubmit={(event: FormEvent) => {
            event.preventDefault();
            send.mutate();
          }}
        >
          <Group justify="space-between">
            <Text fw={600}>
              {weaponTypeLabel(t, firearm.type)} {firearm.model} · {firearm.serial}
            </Text>
            <Button variant="subtle" onClick={() => setFirearm(null)}>
              {t('armoury.issue.changeWeapon')}
            </Button>
          </Group>
          {send.error ? (
            <Alert color="red" role="alert">
              {errorMessage(t, send.error)}
            </Alert>
          ) : null}
          <Group align="flex-end" gap="sm">
            <Select
              label={t('armoury.maintenance.kind')}
              data={MAINTENANCE_KINDS.map((value) => ({
                value,
                label: t(`armoury.maintenance.kinds.${value}`),
              }))}
              value={kind}
              onChange={(value) => setKind(pick(MAINTENANCE_KINDS, value) ?? 'cleaning')}
              allowDeselect={false}
              w={220}
            />
            <TextInput
              label={t('armoury.maintenance.note')}
              value={note}
              maxLength={1000}
              onChange={(event) => setNote(event.currentTarget.value)}
              style={{ flex: '1 1 16rem' }}
            />
            <Button type="submit" loading={send.isPending}>
              {t('armoury.maintenance.sendSubmit')}
            </Button>
          </Group>
        </Stack>
      )}
    </Paper>
  );
}

function CloseJobForm({ job }: { job: MaintenanceJobData }) {
  const { t } = useTranslation();
  const organisationId = useOrganisationId();
  const queryClient = useQueryClient();
  const [result, setResult] = useState('');
  const [outcome, setOutcome] = useState<(typeof MAINTENANCE_OUTCOMES)[number]>('returned-to-service');
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const close = useMutation({
    mutationFn: () =>
      armouryApi.closeMaintenance(organisationId, job.id, { idempotencyKey, result: result.trim(), outcome }),
    onSuccess: () => {
      notifications.show({ color: 'teal', message: t('armoury.maintenance.closed') });
      void queryClient.invalidateQueries({ queryKey: armouryKeys.all });
    },
  });
  return (
    <Stack
      component="form"
      gap={6}
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        if (result.trim()) close.mutate();
      }}
    >
      <TextInput
        aria-label={t('armoury.maintenance.result')}
        placeholder={t('armoury.maintenance.result')}
        value={result}
        maxLength={2000}
        size="xs"
        onChange={(event) => setResult(event.currentTarget.value)}
      />
      <Group gap={6}>
        <Select
          aria-label={t('armoury.maintenance.outcome')}
          data={MAINTENANCE_OUTCOMES.map((value) => ({
            value,
            label: t(`armoury.maintenance.outcomes.${value}`),
          }))}
          value={outcome}
          onChange={(value) => setOutcome(pick(MAINTENANCE_OUTCOMES, value) ?? 'returned-to-service')}
          allowDeselect={false}
          size="xs"
          w={200}
        />
        <Button type="submit" size="xs" loading={close.isPending} disabled={!result.trim()}>
          {t('armoury.maintenance.close')}
        </Button>
      </Group>
      {close.error ? (
        <Text size="xs" c="red.8">
          {errorMessage(t, close.error)}
        </Text>
      ) : null}
    </Stack>
  );
}
