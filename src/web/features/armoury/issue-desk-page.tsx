import { errorMessage } from '../../components/error-message';
import {
  Alert,
  Anchor,
  Button,
  Grid,
  Group,
  List,
  NumberInput,
  Paper,
  Select,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IssueRefusal } from '../../../contracts/armoury';
import { isApiError } from '../../api-client';
import { useFormatters } from '../../i18n/format';
import {
  armouryApi,
  receiptUrl,
  type IssueWrittenData,
  type LookupMatch,
  type PersonnelData,
} from './armoury-api';
import { firearmStatusLabel, refusalText, weaponTypeLabel } from './armoury-labels';
import { ArmouryPage } from './armoury-page';
import { PersonCard } from './person-card';
import { ScanInput } from './scan-input';
import { armouryKeys, useClients, useFacility, useOrganisationId, useSettings } from './use-armoury';

type FirearmMatch = Extract<LookupMatch, { kind: 'firearm' }>;

/** datetime-local value (the device's time) of an instant. */
function toLocalInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

function refusalsOf(error: unknown): IssueRefusal[] {
  if (!isApiError(error)) return [];
  const details = error.details as { refusals?: IssueRefusal[] } | undefined;
  return error.code === 'ISSUE_REFUSED' && Array.isArray(details?.refusals) ? details.refusals : [];
}

/**
 * The armourer's main screen: identify the guard (badge or national ID), then the weapon, then the
 * rounds, and confirm. Every refusal is checked before the confirm button is pressed.
 */
export function IssueDeskPage() {
  const { t, i18n } = useTranslation();
  const organisationId = useOrganisationId();
  const { facilityId } = useFacility();
  const [guard, setGuard] = useState<PersonnelData | null>(null);
  const [guardError, setGuardError] = useState<string | null>(null);
  const [isLooking, setLooking] = useState(false);
  const [lastIssued, setLastIssued] = useState<IssueWrittenData | null>(null);
  const guardInput = useRef<HTMLInputElement>(null);
  const [deskKey, setDeskKey] = useState(0);

  async function identify(code: string) {
    setLooking(true);
    setGuardError(null);
    try {
      const { matches } = await armouryApi.lookup(organisationId, code);
      const people = matches.filter((m) => m.kind === 'personnel');
      if (people.length === 0)
        setGuardError(
          matches.length ? t('armoury.scan.notAPerson', { code }) : t('armoury.scan.notFound', { code }),
        );
      else {
        setGuard(people[0]!.personnel);
        setLastIssued(null);
      }
    } catch (error) {
      setGuardError(errorMessage(t, error));
    } finally {
      setLooking(false);
    }
  }

  function nextGuard(issued: IssueWrittenData | null) {
    setGuard(null);
    setLastIssued(issued);
    setDeskKey((k) => k + 1);
    window.setTimeout(() => guardInput.current?.focus(), 0);
  }

  return (
    <ArmouryPage title={t('armoury.issue.title')} description={t('armoury.issue.description')} withFacility>
      {lastIssued ? <IssuedNotice written={lastIssued} language={i18n.language} /> : null}
      {guard === null ? (
        <Paper withBorder p="lg" radius="md" maw={720}>
          <ScanInput
            label={t('armoury.issue.guardLabel')}
            placeholder={t('armoury.issue.guardPlaceholder')}
            onScan={(code) => void identify(code)}
            isBusy={isLooking}
            error={guardError}
            autoFocus
            inputRef={guardInput}
            testId="guard-input"
          />
        </Paper>
      ) : facilityId ? (
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Stack gap="sm">
              <PersonCard person={guard} />
              <Group>
                <Button variant="default" onClick={() => nextGuard(null)}>
                  {t('armoury.issue.nextGuard')}
                </Button>
              </Group>
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 7 }}>
            <IssueForm
              key={deskKey}
              guard={guard}
              facilityId={facilityId}
              onIssued={(written) => nextGuard(written)}
              onOtherGuard={(person) => {
                setGuard(person);
                setLastIssued(null);
                setDeskKey((k) => k + 1);
              }}
            />
          </Grid.Col>
        </Grid>
      ) : null}
    </ArmouryPage>
  );
}

function IssuedNotice({ written, language }: { written: IssueWrittenData; language: string }) {
  const { t } = useTranslation();
  const organisationId = useOrganisationId();
  const issue = written.issue;
  return (
    <Alert
      color="teal"
      mb="md"
      role="status"
      title={t('armoury.issue.issued', { serial: issue.firearm.serial, name: issue.personnel.fullName })}
    >
      <Group justify="space-between">
        <Text size="sm">
          {issue.ammunition
            ? t('armoury.issue.issuedRounds', {
                rounds: issue.ammunition.rounds,
                lot: issue.ammunition.lotNumber,
              })
            : null}
        </Text>
        <Anchor href={receiptUrl(organisationId, issue.id, 'issue', language)} target="_blank" rel="noopener">
          {t('armoury.issue.receipt')}
        </Anchor>
      </Group>
    </Alert>
  );
}

const LAST_POST_KEY = 'custodia.armoury.post';

function IssueForm(props: {
  readonly guard: PersonnelData;
  readonly facilityId: string;
  onIssued(written: IssueWrittenData): void;
  onOtherGuard(person: PersonnelData): void;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const organisationId = useOrganisationId();
  const queryClient = useQueryClient();
  const settings = useSettings().data;
  const clients = useClients().data?.items ?? [];
  const [firearm, setFirearm] = useState<FirearmMatch | null>(null);
  const [weaponError, setWeaponError] = useState<string | null>(null);
  const [lotError, setLotError] = useState<string | null>(null);
  const [isLooking, setLooking] = useState(false);
  const [lotId, setLotId] = useState<string | null>(null);
  const [rounds, setRounds] = useState<number | string>('');
  const [postId, setPostId] = useState<string | null>(() => window.localStorage.getItem(LAST_POST_KEY));
  const [shift, setShift] = useState('');
  const [expectedReturn, setExpectedReturn] = useState('');
  const [extendedReason, setExtendedReason] = useState('');
  const [authorisedBy, setAuthorisedBy] = useState('');
  const [overrideReason, setOverrideReason] = useState('');
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const [candidates, setCandidates] = useState<FirearmMatch[]>([]);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const lotInput = useRef<HTMLInputElement>(null);
  const roundsInput = useRef<HTMLInputElement>(null);

  const posts = useMemo(
    () =>
      clients.flatMap((client) =>
        client.sites.flatMap((site) =>
          site.posts.map((post) => ({ ...post, label: `${post.name} — ${site.name} (${client.name})` })),
        ),
      ),
    [clients],
  );
  const post = posts.find((p) => p.id === postId) ?? null;

  const firearmDetail = useQuery({
    queryKey: ['armoury', 'firearm', firearm?.id],
    queryFn: () => armouryApi.firearm(firearm!.id),
    enabled: firearm !== null,
  });
  const lots = useQuery({
    queryKey: armouryKeys.lots(organisationId, props.facilityId),
    queryFn: () => armouryApi.lots(organisationId, props.facilityId),
  });
  const calibreId = firearmDetail.data?.calibreId;
  const lotOptions = useMemo(() => {
    const inStore = (lots.data?.items ?? [])
      .map((lot) => ({ lot, rounds: lot.stock.find((s) => s.facilityId === props.facilityId)?.rounds ?? 0 }))
      .filter((entry) => entry.rounds > 0);
    const compatible = calibreId ? inStore.filter((entry) => entry.lot.calibreId === calibreId) : inStore;
    return compatible.map(({ lot, rounds: inStoreRounds }) => ({
      value: lot.id,
      label: t('armoury.issue.lotStock', {
        lot: lot.lotNumber,
        calibre: lot.calibre,
        rounds: format.number(inStoreRounds),
      }),
    }));
  }, [lots.data, calibreId, props.facilityId, t, format]);

  // One compatible lot in the armoury: it is chosen, and the rounds are the post's usual maximum.
  useEffect(() => {
    if (firearm && calibreId && lotId === null && lotOptions.length === 1) setLotId(lotOptions[0]!.value);
  }, [firearm, calibreId, lotId, lotOptions]);
  useEffect(() => {
    if (rounds === '' && post?.maxRoundsPerWeapon) setRounds(post.maxRoundsPerWeapon);
  }, [post, rounds]);

  const shiftHours = settings?.defaultShiftHours ?? 12;
  const deviceDefault = useMemo(() => new Date(Date.now() + shiftHours * 3600_000), [shiftHours]);
  // The server's own end of shift once it has answered a check (its clock is the one that counts).
  const [serverDefault, setServerDefault] = useState<string | null>(null);
  const defaultReturn = serverDefault ? new Date(serverDefault) : deviceDefault;
  const expectedAt = expectedReturn ? new Date(expectedReturn) : null;
  const isExtended = expectedAt !== null && expectedAt.getTime() > defaultReturn.getTime() + 60_000;

  const request = firearm
    ? {
        facilityId: props.facilityId,
        personnelId: props.guard.id,
        firearmId: firearm.id,
        postId,
        shift: shift.trim() || null,
        ammunition: lotId && typeof rounds === 'number' && rounds > 0 ? { lotId, rounds } : null,
        expectedReturnAt: expectedAt && !Number.isNaN(expectedAt.getTime()) ? expectedAt.toISOString() : null,
        extendedAssignment:
          isExtended && extendedReason.trim() && authorisedBy.trim() && expectedAt
            ? {
                reason: extendedReason.trim(),
                authorisedBy: authorisedBy.trim(),
                endsAt: expectedAt.toISOString(),
              }
            : null,
      }
    : null;

  const check = useQuery({
    queryKey: ['armoury', 'check', organisationId, request],
    queryFn: () => armouryApi.check(organisationId, request!),
    enabled: request !== null,
    retry: false,
    staleTime: 0,
  });

  useEffect(() => {
    if (check.data && !expectedReturn) setServerDefault(check.data.expectedReturnAt);
  }, [check.data, expectedReturn]);

  const issue = useMutation({
    mutationFn: (override: { reason: string } | null) =>
      armouryApi.issue(organisationId, { ...request!, idempotencyKey, override }),
    onSuccess: (written) => {
      void queryClient.invalidateQueries({ queryKey: armouryKeys.all });
      props.onIssued(written);
    },
    // A refused or failed issue wrote nothing: the next attempt is a new operation.
    onError: () => setIdempotencyKey(crypto.randomUUID()),
  });

  // A refusal answered by the server belongs to what was asked: any change asks again.
  const requestKey = JSON.stringify(request);
  const resetIssue = issue.reset;
  useEffect(() => {
    resetIssue();
  }, [requestKey, resetIssue]);

  function chooseWeapon(weapon: FirearmMatch) {
    setCandidates([]);
    setFirearm(weapon);
    setLotId(null);
    window.setTimeout(() => (lotInput.current ?? confirmButton.current)?.focus(), 0);
  }

  async function identifyWeapon(code: string) {
    setLooking(true);
    setWeaponError(null);
    try {
      const { matches } = await armouryApi.lookup(organisationId, code);
      const weapons = matches.filter((m): m is FirearmMatch => m.kind === 'firearm');
      const person = matches.find((m) => m.kind === 'personnel');
      setCandidates([]);
      if (weapons.length === 1) chooseWeapon(weapons[0]!);
      else if (weapons.length > 1) setCandidates(weapons);
      // The next guard's badge scanned here: the desk moves on to that guard.
      else if (person) props.onOtherGuard(person.personnel);
      else
        setWeaponError(
          matches.length ? t('armoury.scan.notAWeapon', { code }) : t('armoury.scan.notFound', { code }),
        );
    } catch (error) {
      setWeaponError(errorMessage(t, error));
    } finally {
      setLooking(false);
    }
  }

  async function identifyLot(code: string) {
    setLotError(null);
    try {
      const { matches } = await armouryApi.lookup(organisationId, code);
      const lot = matches.find((m) => m.kind === 'lot');
      if (!lot) setLotError(t('armoury.scan.notALot', { code }));
      else {
        setLotId(lot.id);
        const next = rounds === '' ? roundsInput.current : confirmButton.current;
        window.setTimeout(() => next?.focus(), 0);
      }
    } catch (error) {
      setLotError(errorMessage(t, error));
    }
  }

  const refusals = issue.error ? refusalsOf(issue.error) : (check.data?.refusals ?? []);
  const canOverride = check.data?.canOverride ?? false;
  const isRefused = refusals.length > 0;
  const extendedIncomplete = isExtended && (!extendedReason.trim() || !authorisedBy.trim());

  function confirm() {
    if (!request || isRefused || extendedIncomplete) return;
    issue.mutate(null);
  }

  return (
    <Stack gap="md">
      {firearm === null ? (
        <Paper withBorder p="md" radius="md">
          <ScanInput
            label={t('armoury.issue.weaponLabel')}
            placeholder={t('armoury.issue.weaponPlaceholder')}
            onScan={(code) => void identifyWeapon(code)}
            isBusy={isLooking}
            error={weaponError}
            autoFocus
            testId="weapon-input"
          />
          {candidates.length > 0 ? (
            <Stack gap={6} mt="sm">
              <Text size="sm">{t('armoury.scan.chooseWeapon')}</Text>
              {candidates.map((weapon, index) => (
                <Button
                  key={weapon.id}
                  variant="default"
                  justify="flex-start"
                  autoFocus={index === 0}
                  onClick={() => chooseWeapon(weapon)}
                >
                  {t('armoury.issue.weaponCard', {
                    type: weaponTypeLabel(t, weapon.type),
                    model: weapon.model,
                    serial: weapon.serial,
                  })}{' '}
                  · {firearmStatusLabel(t, weapon.status)}
                </Button>
              ))}
            </Stack>
          ) : null}
        </Paper>
      ) : (
        <Paper withBorder p="md" radius="md" data-testid="weapon-card">
          <Group justify="space-between" wrap="nowrap">
            <div>
              <Title order={2} size="h4">
                {t('armoury.issue.weaponCard', {
                  type: weaponTypeLabel(t, firearm.type),
                  model: firearm.model,
                  serial: firearm.serial,
                })}
              </Title>
              <Text size="sm" c="dimmed">
                {firearmStatusLabel(t, firearm.status)}
                {firearmDetail.data?.calibre ? ` · ${firearmDetail.data.calibre}` : ''}
              </Text>
            </div>
            <Button variant="subtle" onClick={() => setFirearm(null)}>
              {t('armoury.issue.changeWeapon')}
            </Button>
          </Group>
        </Paper>
      )}

      <Paper withBorder p="md" radius="md">
        <Stack gap="sm">
          <Grid gap="sm">
            <Grid.Col span={{ base: 12, sm: 5 }}>
              <ScanInput
                label={t('armoury.issue.lotScanLabel')}
                placeholder={t('armoury.issue.lotPlaceholder')}
                onScan={(code) => void identifyLot(code)}
                error={lotError}
                inputRef={lotInput}
                testId="lot-input"
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 7 }}>
              <Select
                label={t('armoury.issue.lotLabel')}
                placeholder={t('armoury.issue.noAmmunition')}
                data={lotOptions}
                value={lotId}
                onChange={setLotId}
                clearable
                size="lg"
              />
            </Grid.Col>
          </Grid>
          <Grid gap="sm">
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <NumberInput
                ref={roundsInput}
                data-testid="rounds-input"
                label={t('armoury.issue.roundsLabel')}
                value={rounds}
                onChange={setRounds}
                min={0}
                max={10_000}
                allowDecimal={false}
                allowNegative={false}
                size="lg"
                onKeyDown={(event) => {
                  if (event.key === 'Enter') {
                    event.preventDefault();
                    confirm();
                  }
                }}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 8 }}>
              <Select
                label={t('armoury.issue.postLabel')}
                placeholder={t('armoury.issue.postPlaceholder')}
                data={posts.map((p) => ({ value: p.id, label: p.label }))}
                value={postId && posts.some((p) => p.id === postId) ? postId : null}
                onChange={(value) => {
                  setPostId(value);
                  if (value) window.localStorage.setItem(LAST_POST_KEY, value);
                  else window.localStorage.removeItem(LAST_POST_KEY);
                  const chosen = posts.find((p) => p.id === value);
                  if (chosen?.maxRoundsPerWeapon) setRounds(chosen.maxRoundsPerWeapon);
                }}
                clearable
                searchable
                size="lg"
              />
            </Grid.Col>
          </Grid>
          <Grid gap="sm">
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput
                label={t('armoury.issue.shiftLabel')}
                placeholder={t('armoury.issue.shiftPlaceholder')}
                value={shift}
                maxLength={60}
                onChange={(event) => setShift(event.currentTarget.value)}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput
                type="datetime-local"
                label={t('armoury.issue.expectedReturnLabel')}
                description={t('armoury.issue.expectedReturnHelp', { hours: shiftHours })}
                value={expectedReturn || toLocalInput(defaultReturn)}
                onChange={(event) => setExpectedReturn(event.currentTarget.value)}
              />
            </Grid.Col>
          </Grid>
          {isExtended ? (
            <Paper withBorder p="sm" radius="sm" bg="yellow.0">
              <Text fw={600}>{t('armoury.issue.extendedTitle')}</Text>
              <Text size="sm" mb="xs">
                {t('armoury.issue.extendedHelp', { hours: settings?.maxAssignmentHours ?? 72 })}
              </Text>
              <Grid gap="sm">
                <Grid.Col span={{ base: 12, sm: 7 }}>
                  <TextInput
                    label={t('armoury.issue.extendedReason')}
                    value={extendedReason}
                    maxLength={1000}
                    required
                    onChange={(event) => setExtendedReason(event.currentTarget.value)}
                  />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 5 }}>
                  <TextInput
                    label={t('armoury.issue.extendedAuthorisedBy')}
                    value={authorisedBy}
                    maxLength={200}
                    required
                    onChange={(event) => setAuthorisedBy(event.currentTarget.value)}
                  />
                </Grid.Col>
              </Grid>
            </Paper>
          ) : null}
        </Stack>
      </Paper>

      {firearm && check.isFetching && !check.data ? (
        <Text c="dimmed">{t('armoury.issue.checking')}</Text>
      ) : null}
      {isRefused ? (
        <Alert color="red" role="alert" title={t('armoury.issue.refusedTitle')} data-testid="refusals">
          <List spacing={4}>
            {refusals.map((refusal) => (
              <List.Item key={refusal.code}>
                <Text span fw={600}>
                  {refusalText(t, format, refusal)}
                </Text>{' '}
                <Text span size="sm" c="dimmed">
                  (
                  {refusal.isOverridable ? t('armoury.issue.overridable') : t('armoury.issue.notOverridable')}
                  )
                </Text>
              </List.Item>
            ))}
          </List>
          {refusals.every((r) => r.isOverridable) && !canOverride ? (
            <Text size="sm" mt="sm">
              {t('armoury.issue.overrideNotAllowed')}
            </Text>
          ) : null}
        </Alert>
      ) : check.data && !check.isFetching ? (
        <Text c="teal.9" fw={500}>
          {t('armoury.issue.ready')}
        </Text>
      ) : null}
      {issue.error && refusalsOf(issue.error).length === 0 ? (
        <Alert color="red" role="alert">
          {errorMessage(t, issue.error)}
        </Alert>
      ) : null}

      {isRefused && canOverride ? (
        <Paper withBorder p="md" radius="md" bg="orange.0">
          <Title order={2} size="h5">
            {t('armoury.issue.overrideTitle')}
          </Title>
          <Text size="sm" mb="xs">
            {t('armoury.issue.overrideHelp')}
          </Text>
          <Textarea
            label={t('armoury.issue.overrideReason')}
            value={overrideReason}
            maxLength={1000}
            autosize
            minRows={2}
            required
            onChange={(event) => setOverrideReason(event.currentTarget.value)}
          />
          <Button
            mt="sm"
            color="orange"
            disabled={!overrideReason.trim() || extendedIncomplete}
            loading={issue.isPending}
            onClick={() => issue.mutate({ reason: overrideReason.trim() })}
          >
            {t('armoury.issue.overrideSubmit')}
          </Button>
        </Paper>
      ) : null}

      <Group>
        <Button
          ref={confirmButton}
          size="lg"
          disabled={!request || isRefused || extendedIncomplete}
          loading={issue.isPending}
          onClick={confirm}
          data-testid="confirm-issue"
        >
          {t('armoury.issue.confirm')}
        </Button>
      </Group>
    </Stack>
  );
}
