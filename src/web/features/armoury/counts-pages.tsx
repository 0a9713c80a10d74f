import { errorMessage } from '../../components/error-message';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Grid,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
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
import { Link, useNavigate, useParams } from 'react-router';
import {
  COUNT_KINDS,
  COUNT_RESOLUTIONS,
  COUNT_TRIGGERS,
  type CountDiscrepancyKind,
  type CountKind,
  type CountPolicyKind,
  type CountResolution,
} from '../../../core/armoury/armoury-terms';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { DataTable } from '../../components/data-table';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingBlock } from '../../components/loading-block';
import { useFormatters } from '../../i18n/format';
import { armouryApi, countReportUrl, type CountDueData, type CountSessionData } from './armoury-api';
import { firearmStatusLabel } from './armoury-labels';
import { ArmouryPage } from './armoury-page';
import { ScanInput } from './scan-input';
import { armouryKeys, useFacility, useOrganisationId } from './use-armoury';

/** Which resolutions each kind of discrepancy admits (an extra weapon cannot be "reported lost"). */
const RESOLUTIONS_FOR: Readonly<Record<CountDiscrepancyKind, readonly CountResolution[]>> = {
  missing: ['found', 'recorded-error', 'reported-loss'],
  extra: ['found', 'recorded-error'],
  'wrong-facility': ['found', 'recorded-error'],
  'ammunition-variance': ['found', 'recorded-error', 'reported-loss'],
  'numeric-variance': ['found', 'recorded-error'],
};

const KIND_FOR_POLICY: Readonly<Record<CountPolicyKind, CountKind>> = {
  'opening-closing-numeric': 'numeric',
  'serial-weekly': 'serial',
  'serial-monthly': 'serial',
  'full-annual': 'full',
  'armourer-change': 'full',
};

const countKey = (org: string, id: string) => ['armoury', 'count', org, id] as const;
const pick = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  values.find((v) => v === value);

/** Counts due and overdue under each armoury's policies, a new count, and the counts so far. */
export function CountsPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const organisationId = useOrganisationId();
  const due = useQuery({
    queryKey: ['armoury', 'counts-due', organisationId],
    queryFn: () => armouryApi.countsDue(organisationId),
  });
  const sessions = useQuery({
    queryKey: ['armoury', 'counts', organisationId],
    queryFn: () => armouryApi.counts(organisationId),
  });
  const navigate = useNavigate();
  // A due count starts as its policy says: numeric, by serial, or full; blind.
  const start = useMutation({
    mutationFn: (item: CountDueData) =>
      armouryApi.startCount(organisationId, {
        facilityId: item.facilityId,
        kind: KIND_FOR_POLICY[item.policy],
        trigger: item.trigger,
        isBlind: true,
      }),
    onSuccess: (session) => void navigate(`/armoury/counts/${session.id}`),
  });
  return (
    <ArmouryPage title={t('armoury.counts.title')} description={t('armoury.counts.description')} withFacility>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Paper withBorder p="md" radius="md" h="100%">
            <Title order={2} size="h4" mb="sm">
              {t('armoury.counts.due')}
            </Title>
            {due.isPending ? (
              <LoadingBlock />
            ) : due.error ? (
              <ErrorAlert error={due.error} />
            ) : due.data.items.length === 0 ? (
              <Text c="dimmed">{t('armoury.counts.dueEmpty')}</Text>
            ) : (
              <Stack gap={6} data-testid="counts-due">
                {start.error ? (
                  <Alert color="red" role="alert">
                    {errorMessage(t, start.error)}
                  </Alert>
                ) : null}
                {due.data.items.map((item) => (
                  <Group
                    key={`${item.facilityId}-${item.policy}-${item.trigger}`}
                    justify="space-between"
                    wrap="nowrap"
                  >
                    <div>
                      <Text size="sm" fw={500}>
                        {t(`armoury.counts.policies.${item.policy}`)}
                        {item.policy === 'opening-closing-numeric'
                          ? ` — ${t(`armoury.counts.triggers.${item.trigger}`)}`
                          : ''}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {item.facilityName} ·{' '}
                        {t('armoury.counts.dueAt', { date: format.dateTime(item.dueAt) })}
                      </Text>
                    </div>
                    <Group gap="xs" wrap="nowrap">
                      {item.isOverdue ? (
                        <Badge color="red" variant="filled">
                          {t('armoury.counts.overdue')}
                        </Badge>
                      ) : null}
                      <Button
                        size="compact-sm"
                        variant="light"
                        loading={
                          start.isPending &&
                          start.variables?.policy === item.policy &&
                          start.variables.trigger === item.trigger
                        }
                        onClick={() => start.mutate(item)}
                      >
                        {t('armoury.counts.countNow')}
                      </Button>
                    </Group>
                  </Group>
                ))}
              </Stack>
            )}
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <StartCountForm />
        </Grid.Col>
      </Grid>
      <Title order={2} size="h4" mt="lg" mb="sm">
        {t('armoury.counts.sessions')}
      </Title>
      {sessions.isPending ? (
        <LoadingBlock />
      ) : sessions.error ? (
        <ErrorAlert error={sessions.error} />
      ) : sessions.data.items.length === 0 ? (
        <Text c="dimmed">{t('armoury.counts.sessionsEmpty')}</Text>
      ) : (
        <DataTable label={t('armoury.counts.sessions')} minWidth={760}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('armoury.counts.startedAt')}</Table.Th>
              <Table.Th>{t('armoury.counts.kindLabel')}</Table.Th>
              <Table.Th>{t('armoury.counts.triggerLabel')}</Table.Th>
              <Table.Th>{t('armoury.counts.counter')}</Table.Th>
              <Table.Th>{t('armoury.board.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sessions.data.items.map((session) => (
              <Table.Tr key={session.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/armoury/counts/${session.id}`}>
                    {format.dateTime(session.startedAt)}
                  </Anchor>
                </Table.Td>
                <Table.Td>{t(`armoury.counts.kinds.${session.kind}`)}</Table.Td>
                <Table.Td>{t(`armoury.counts.triggers.${session.trigger}`)}</Table.Td>
                <Table.Td>{session.counterName}</Table.Td>
                <Table.Td>
                  <Badge color={session.status === 'closed' ? 'gray' : 'blue'} variant="light">
                    {t(`armoury.counts.statuses.${session.status}`)}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </DataTable>
      )}
    </ArmouryPage>
  );
}

function StartCountForm() {
  const { t } = useTranslation();
  const organisationId = useOrganisationId();
  const navigate = useNavigate();
  const { facilityId } = useFacility();
  const [kind, setKind] = useState<(typeof COUNT_KINDS)[number]>('serial');
  const [trigger, setTrigger] = useState<(typeof COUNT_TRIGGERS)[number]>('ad-hoc');
  const [isBlind, setBlind] = useState(true);
  const [secondCounter, setSecondCounter] = useState('');
  const start = useMutation({
    mutationFn: () =>
      armouryApi.startCount(organisationId, {
        facilityId: facilityId ?? '',
        kind,
        trigger,
        isBlind,
        secondCounterName: secondCounter.trim() || null,
      }),
    onSuccess: (session) => void navigate(`/armoury/counts/${session.id}`),
  });
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="form"
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        start.mutate();
      }}
    >
      <Title order={2} size="h4" mb="sm">
        {t('armoury.counts.start')}
      </Title>
      <Stack gap="sm">
        {start.error ? (
          <Alert color="red" role="alert">
            {errorMessage(t, start.error)}
          </Alert>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('armoury.counts.kindLabel')}
            data={COUNT_KINDS.map((value) => ({ value, label: t(`armoury.counts.kinds.${value}`) }))}
            value={kind}
            onChange={(value) => setKind(pick(COUNT_KINDS, value) ?? 'serial')}
            allowDeselect={false}
          />
          <Select
            label={t('armoury.counts.triggerLabel')}
            data={COUNT_TRIGGERS.map((value) => ({ value, label: t(`armoury.counts.triggers.${value}`) }))}
            value={trigger}
            onChange={(value) => setTrigger(pick(COUNT_TRIGGERS, value) ?? 'ad-hoc')}
            allowDeselect={false}
          />
        </SimpleGrid>
        <TextInput
          label={t('armoury.counts.secondCounter')}
          value={secondCounter}
          maxLength={200}
          onChange={(event) => setSecondCounter(event.currentTarget.value)}
        />
        <Checkbox
          label={t('armoury.counts.blind')}
          checked={isBlind}
          onChange={(event) => setBlind(event.currentTarget.checked)}
        />
        <Group>
          <Button type="submit" loading={start.isPending} disabled={!facilityId}>
            {t('armoury.counts.start')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** One count: counting (blind: nothing of the book shown), then reconciliation, resolution, closure, report. */
export function CountSessionPage() {
  const { countId = '' } = useParams();
  const { t } = useTranslation();
  const organisationId = useOrganisationId();
  const session = useQuery({
    queryKey: countKey(organisationId, countId),
    queryFn: () => armouryApi.count(organisationId, countId),
  });
  const data = session.data;
  const title = data
    ? t('armoury.counts.sessionTitle', {
        kind: t(`armoury.counts.kindsShort.${data.kind}`),
        facility: data.facilityName,
      })
    : t('armoury.counts.title');
  return (
    <ArmouryPage
      title={title}
      actions={
        <Anchor component={Link} to="/armoury/counts">
          {t('armoury.counts.back')}
        </Anchor>
      }
    >
      {session.isPending ? (
        <LoadingBlock />
      ) : session.error ? (
        <ErrorAlert error={session.error} onRetry={() => void session.refetch()} />
      ) : (
        <CountSessionView session={session.data} />
      )}
    </ArmouryPage>
  );
}

function CountSessionView({ session }: { session: CountSessionData }) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const organisationId = useOrganisationId();
  return (
    <Stack gap="md">
      <Group gap="sm">
        <Badge color={session.status === 'closed' ? 'gray' : 'blue'} size="lg" data-testid="count-status">
          {t(`armoury.counts.statuses.${session.status}`)}
        </Badge>
        <Text size="sm">
          {t('armoury.counts.counter')}: {session.counterName}
          {session.secondCounterName ? ` + ${session.secondCounterName}` : ''} ·{' '}
          {t('armoury.counts.startedAt')} {format.dateTime(session.startedAt)} ·{' '}
          {t(`armoury.counts.triggers.${session.trigger}`)}
        </Text>
        {session.status !== 'counting' ? (
          <Anchor
            href={countReportUrl(organisationId, session.id, i18n.language)}
            target="_blank"
            rel="noopener"
            data-testid="count-report"
          >
            {t('armoury.counts.report')}
          </Anchor>
        ) : null}
      </Group>
      {session.status === 'counting' ? <Counting session={session} /> : <Reconciliation session={session} />}
    </Stack>
  );
}

function useCountWrite<T>(session: CountSessionData, write: (input: T) => Promise<CountSessionData>) {
  const organisationId = useOrganisationId();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (next) => {
      queryClient.setQueryData(countKey(organisationId, session.id), next);
      void queryClient.invalidateQueries({ queryKey: ['armoury', 'counts'] });
      void queryClient.invalidateQueries({ queryKey: ['armoury', 'counts-due'] });
    },
  });
}

function Counting({ session }: { session: CountSessionData }) {
  const { t } = useTranslation();
  const organisationId = useOrganisationId();
  const [notice, setNotice] = useState<string | null>(null);
  const record = useCountWrite(
    session,
    (body: {
      scannedCodes?: string[];
      lots?: Array<{ lotId: string; rounds: number }>;
      weaponsCounted?: number | null;
    }) => armouryApi.recordCount(organisationId, session.id, body),
  );
  const submit = useCountWrite(session, () => armouryApi.submitCount(organisationId, session.id));
  const lots = useQuery({
    queryKey: armouryKeys.lots(organisationId, session.facilityId),
    queryFn: () => armouryApi.lots(organisationId, session.facilityId),
    enabled: session.kind === 'full',
  });
  const [lotRounds, setLotRounds] = useState<Record<string, number | string>>(() =>
    Object.fromEntries(session.counted.lots.map((lot) => [lot.lotId, lot.rounds])),
  );
  const [weaponsCounted, setWeaponsCounted] = useState<number | string>(session.counted.weaponsCounted ?? '');
  const counted = session.counted.weapons;
  const setAside = session.counted.notOfArmoury;

  function scanned(code: string) {
    const already =
      counted.some(
        (w) => w.code.toUpperCase() === code.toUpperCase() || w.serial?.toUpperCase() === code.toUpperCase(),
      ) || setAside.some((c) => c === code.trim().toUpperCase());
    setNotice(already ? t('armoury.counts.alreadyCounted', { code }) : null);
    if (!already) record.mutate({ scannedCodes: [code] });
  }

  function saveNumbers() {
    const lotsCounted = Object.entries(lotRounds)
      .filter((entry): entry is [string, number] => typeof entry[1] === 'number')
      .map(([lotId, rounds]) => ({ lotId, rounds }));
    record.mutate(
      { lots: lotsCounted, weaponsCounted: typeof weaponsCounted === 'number' ? weaponsCounted : null },
      { onSuccess: () => notifications.show({ color: 'teal', message: t('armoury.counts.saved') }) },
    );
  }

  return (
    <Stack gap="md">
      {session.isBlind ? (
        <Alert color="blue" variant="light">
          {t('armoury.counts.blindNote')}
        </Alert>
      ) : null}
      {record.error ? (
        <Alert color="red" role="alert">
          {errorMessage(t, record.error)}
        </Alert>
      ) : null}
      {session.kind === 'numeric' ? (
        <Paper withBorder p="md" radius="md">
          <NumberInput
            label={t('armoury.counts.weaponsCounted')}
            value={weaponsCounted}
            onChange={setWeaponsCounted}
            min={0}
            allowDecimal={false}
            size="lg"
            w={260}
            autoFocus
          />
        </Paper>
      ) : (
        <Paper withBorder p="md" radius="md">
          <ScanInput
            label={t('armoury.counts.scanLabel')}
            placeholder={t('armoury.counts.scanPlaceholder')}
            onScan={scanned}
            isBusy={record.isPending}
            error={notice}
            autoFocus
            testId="count-scan"
          />
          <Text fw={500} mt="sm" data-testid="counted-total">
            {t('armoury.counts.counted', { count: counted.length })}
          </Text>
          <Group gap={6} mt="xs">
            {counted.map((weapon) => (
              <Badge key={weapon.code} variant="light" color="blue" tt="none">
                {weapon.serial ?? weapon.code}
              </Badge>
            ))}
          </Group>
          {setAside.length > 0 ? (
            <Alert
              color="orange"
              mt="sm"
              data-testid="count-set-aside"
              title={t('armoury.counts.setAsideTitle')}
            >
              <Text size="sm" c="var(--mantine-color-text)">
                {t('armoury.counts.setAside', { codes: setAside.join(', '), count: setAside.length })}
              </Text>
            </Alert>
          ) : null}
        </Paper>
      )}
      {session.kind === 'full' ? (
        <Paper withBorder p="md" radius="md">
          <Title order={2} size="h4" mb="sm">
            {t('armoury.counts.lotsTitle')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {(lots.data?.items ?? []).map((lot) => (
              <NumberInput
                key={lot.id}
                label={t('armoury.counts.lotRounds', { lot: lot.lotNumber })}
                value={lotRounds[lot.id] ?? ''}
                onChange={(value) => setLotRounds((current) => ({ ...current, [lot.id]: value }))}
                min={0}
                allowDecimal={false}
              />
            ))}
          </SimpleGrid>
        </Paper>
      ) : null}
      {submit.error ? (
        <Alert color="red" role="alert">
          {errorMessage(t, submit.error)}
        </Alert>
      ) : null}
      <Group>
        {session.kind !== 'serial' ? (
          <Button variant="default" onClick={saveNumbers} loading={record.isPending}>
            {t('armoury.counts.save')}
          </Button>
        ) : null}
        <Button
          onClick={() => {
            if (session.kind === 'serial') submit.mutate(undefined);
            else
              record.mutate(
                {
                  lots: Object.entries(lotRounds)
                    .filter((entry): entry is [string, number] => typeof entry[1] === 'number')
                    .map(([lotId, rounds]) => ({ lotId, rounds })),
                  weaponsCounted: typeof weaponsCounted === 'number' ? weaponsCounted : null,
                },
                { onSuccess: () => submit.mutate(undefined) },
              );
          }}
          loading={submit.isPending}
          data-testid="submit-count"
        >
          {t('armoury.counts.submit')}
        </Button>
      </Group>
    </Stack>
  );
}

function Reconciliation({ session }: { session: CountSessionData }) {
  const { t } = useTranslation();
  const organisationId = useOrganisationId();
  const close = useCountWrite(session, () => armouryApi.closeCount(organisationId, session.id));
  const [confirming, setConfirming] = useState(false);
  const summary = session.summary;
  const open = session.discrepancies.filter((d) => d.status === 'open').length;
  return (
    <Stack gap="md">
      <Title order={2} size="h4">
        {t('armoury.counts.reconciliation')}
      </Title>
      {summary ? (
        <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} data-testid="count-summary">
          {(['matched', 'missing', 'extra', 'wrongFacility', 'lotVariances', 'unresolved'] as const).map(
            (key) => (
              <Paper key={key} withBorder p="sm" radius="md">
                <Text size="xs" c="dimmed">
                  {t(`armoury.counts.summary.${key}`)}
                </Text>
                <Text size="xl" fw={700} c={key !== 'matched' && summary[key] > 0 ? 'red.8' : undefined}>
                  {summary[key]}
                </Text>
              </Paper>
            ),
          )}
        </SimpleGrid>
      ) : null}
      {session.discrepancies.length === 0 ? (
        <Text c="teal.9">{t('armoury.counts.noDiscrepancies')}</Text>
      ) : (
        <Stack gap="sm">
          <Title order={3} size="h5">
            {t('armoury.counts.discrepancies')}
          </Title>
          {session.discrepancies.map((discrepancy) => (
            <DiscrepancyRow key={discrepancy.id} session={session} discrepancy={discrepancy} />
          ))}
        </Stack>
      )}
      {close.error ? (
        <Alert color="red" role="alert">
          {errorMessage(t, close.error)}
        </Alert>
      ) : null}
      {session.status === 'reconciling' ? (
        <Group>
          <Button onClick={() => setConfirming(true)} disabled={open > 0} data-testid="close-count">
            {t('armoury.counts.close')}
          </Button>
          <ConfirmDialog
            opened={confirming}
            title={t('armoury.counts.closeConfirmTitle')}
            message={t('armoury.counts.closeConfirm', { facility: session.facilityName })}
            confirmLabel={t('armoury.counts.closeConfirmButton')}
            isPending={close.isPending}
            error={close.error}
            onClose={() => setConfirming(false)}
            onConfirm={() => close.mutate(undefined, { onSuccess: () => setConfirming(false) })}
          />
        </Group>
      ) : (
        <Text c="teal.9" fw={500}>
          {t('armoury.counts.closed')}
        </Text>
      )}
    </Stack>
  );
}

function DiscrepancyRow({
  session,
  discrepancy,
}: {
  session: CountSessionData;
  discrepancy: CountSessionData['discrepancies'][number];
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const organisationId = useOrganisationId();
  const [resolution, setResolution] = useState<CountResolution | null>(null);
  const [note, setNote] = useState('');
  const resolve = useCountWrite(session, () =>
    armouryApi.resolveDiscrepancy(organisationId, session.id, discrepancy.id, {
      resolution: resolution ?? 'found',
      note: note.trim(),
    }),
  );
  const what = discrepancy.firearm
    ? `${discrepancy.firearm.serial} (${firearmStatusLabel(t, discrepancy.firearm.status)})`
    : discrepancy.kind === 'extra' && discrepancy.scannedCode
      ? t('armoury.counts.notOfArmoury', { code: discrepancy.scannedCode })
      : (discrepancy.lotNumber ?? discrepancy.scannedCode ?? '');
  return (
    <Paper withBorder p="sm" radius="md" data-testid={`discrepancy-${discrepancy.kind}`}>
      <Group justify="space-between" align="flex-start">
        <div>
          <Group gap="xs">
            <Badge color={discrepancy.status === 'open' ? 'red' : 'gray'}>
              {t(`armoury.counts.discrepancyKinds.${discrepancy.kind}`)}
            </Badge>
            <Text fw={600}>{what}</Text>
          </Group>
          {discrepancy.expected !== null || discrepancy.counted !== null ? (
            <Text size="sm" c="dimmed" mt={4}>
              {t('armoury.counts.expectedCounted', {
                expected: discrepancy.expected === null ? '—' : format.number(discrepancy.expected),
                counted: discrepancy.counted === null ? '—' : format.number(discrepancy.counted),
              })}
            </Text>
          ) : null}
          {discrepancy.status === 'resolved' && discrepancy.resolution ? (
            <Text size="sm" mt={4}>
              {t('armoury.counts.resolved', {
                resolution: t(`armoury.counts.resolutions.${discrepancy.resolution}`),
              })}
              {discrepancy.note ? ` — ${discrepancy.note}` : ''}
            </Text>
          ) : null}
        </div>
      </Group>
      {discrepancy.status === 'open' && session.status === 'reconciling' ? (
        <Group
          component="form"
          align="flex-end"
          gap="sm"
          mt="sm"
          onSubmit={(event: FormEvent) => {
            event.preventDefault();
            if (resolution && note.trim()) resolve.mutate(undefined);
          }}
        >
          <Select
            label={t('armoury.counts.resolutionLabel')}
            data={COUNT_RESOLUTIONS.filter((r) => RESOLUTIONS_FOR[discrepancy.kind].includes(r)).map(
              (value) => ({ value, label: t(`armoury.counts.resolutions.${value}`) }),
            )}
            value={resolution}
            onChange={(value) => setResolution(pick(COUNT_RESOLUTIONS, value) ?? null)}
            required
            w={280}
          />
          <TextInput
            label={t('armoury.counts.resolutionNote')}
            value={note}
            required
            maxLength={1000}
            onChange={(event) => setNote(event.currentTarget.value)}
            style={{ flex: '1 1 14rem' }}
          />
          <Button type="submit" loading={resolve.isPending} disabled={!resolution || !note.trim()}>
            {t('armoury.counts.resolve')}
          </Button>
          {resolve.error ? <Text c="red.8">{errorMessage(t, resolve.error)}</Text> : null}
        </Group>
      ) : null}
    </Paper>
  );
}
