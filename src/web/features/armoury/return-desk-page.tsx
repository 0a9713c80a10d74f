import { errorMessage } from '../../components/error-message';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Grid,
  Group,
  NumberInput,
  Paper,
  Radio,
  Select,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SHORTFALL_REASONS, type ShortfallReason } from '../../../core/armoury/armoury-terms';
import { useFormatters } from '../../i18n/format';
import { armouryApi, receiptUrl, type IssueRecordData, type ReturnWrittenData } from './armoury-api';
import { weaponTypeLabel } from './armoury-labels';
import { ArmouryPage } from './armoury-page';
import { ScanInput } from './scan-input';
import { armouryKeys, useFacility, useOrganisationId } from './use-armoury';

/** Receiving a weapon back: scan it, see who had it and what was issued, count the rounds, check its state. */
export function ReturnDeskPage() {
  const { t, i18n } = useTranslation();
  const organisationId = useOrganisationId();
  const [issue, setIssue] = useState<IssueRecordData | null>(null);
  const [scanError, setScanError] = useState<string | null>(null);
  const [isLooking, setLooking] = useState(false);
  const [done, setDone] = useState<ReturnWrittenData | null>(null);
  const [formKey, setFormKey] = useState(0);
  const scanInput = useRef<HTMLInputElement>(null);

  async function identify(code: string) {
    setLooking(true);
    setScanError(null);
    try {
      const { matches } = await armouryApi.lookup(organisationId, code);
      // Of weapons sharing a serial, the one that is out is the one coming back.
      const weapons = matches.filter((m) => m.kind === 'firearm');
      const weapon = weapons.find((m) => m.openIssueId) ?? weapons[0];
      if (!weapon)
        setScanError(
          matches.length ? t('armoury.scan.notAWeapon', { code }) : t('armoury.scan.notFound', { code }),
        );
      else if (!weapon.openIssueId) setScanError(t('armoury.returns.notOut'));
      else {
        setIssue(await armouryApi.issueRecord(organisationId, weapon.openIssueId));
        setDone(null);
        setFormKey((k) => k + 1);
      }
    } catch (error) {
      setScanError(errorMessage(t, error));
    } finally {
      setLooking(false);
    }
  }

  function finish(written: ReturnWrittenData | null) {
    setIssue(null);
    setDone(written);
    window.setTimeout(() => scanInput.current?.focus(), 0);
  }

  return (
    <ArmouryPage
      title={t('armoury.returns.title')}
      description={t('armoury.returns.description')}
      withFacility
    >
      {done ? (
        <Alert
          color="teal"
          mb="md"
          role="status"
          title={t('armoury.returns.returned', {
            serial: done.issue.firearm.serial,
            name: done.issue.personnel.fullName,
          })}
        >
          <Stack gap={4}>
            {done.discrepancyId ? <Text size="sm">{t('armoury.returns.discrepancyOpened')}</Text> : null}
            {done.maintenanceJobId ? <Text size="sm">{t('armoury.returns.maintenanceOpened')}</Text> : null}
            <Anchor
              href={receiptUrl(organisationId, done.issue.id, 'return', i18n.language)}
              target="_blank"
              rel="noopener"
            >
              {t('armoury.returns.receipt')}
            </Anchor>
          </Stack>
        </Alert>
      ) : null}
      {issue === null ? (
        <Paper withBorder p="lg" radius="md" maw={720}>
          <ScanInput
            label={t('armoury.returns.weaponLabel')}
            placeholder={t('armoury.issue.weaponPlaceholder')}
            onScan={(code) => void identify(code)}
            isBusy={isLooking}
            error={scanError}
            autoFocus
            inputRef={scanInput}
            testId="return-weapon-input"
          />
        </Paper>
      ) : (
        <ReturnForm key={formKey} issue={issue} onDone={finish} />
      )}
    </ArmouryPage>
  );
}

function ReturnForm({
  issue,
  onDone,
}: {
  issue: IssueRecordData;
  onDone(written: ReturnWrittenData | null): void;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const organisationId = useOrganisationId();
  const queryClient = useQueryClient();
  const { facilityId } = useFacility();
  const issued = issue.ammunition?.rounds ?? 0;
  const [roundsReturned, setRoundsReturned] = useState<number | string>(issued);
  const [reason, setReason] = useState<ShortfallReason | null>(null);
  const [note, setNote] = useState('');
  const [condition, setCondition] = useState<'serviceable' | 'damaged'>('serviceable');
  const [showErrors, setShowErrors] = useState(false);
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const returned = typeof roundsReturned === 'number' ? roundsReturned : 0;
  const shortfall = Math.max(0, issued - returned);
  const reasonMissing = shortfall > 0 && reason === null;
  const noteMissing = shortfall > 0 && reason === 'other' && !note.trim();

  const mutation = useMutation({
    mutationFn: () =>
      armouryApi.returnFirearm(organisationId, {
        idempotencyKey,
        firearmId: issue.firearm.id,
        facilityId: facilityId ?? issue.facilityId,
        roundsReturned: returned,
        shortfallReason: shortfall > 0 ? reason : null,
        note: note.trim() || null,
        condition,
      }),
    onSuccess: (written) => {
      void queryClient.invalidateQueries({ queryKey: armouryKeys.all });
      onDone(written);
    },
  });

  function submit() {
    if (reasonMissing || noteMissing) {
      setShowErrors(true);
      return;
    }
    mutation.mutate();
  }

  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 5 }}>
        <Paper withBorder p="md" radius="md" data-testid="return-issue">
          <Title order={2} size="h4" mb="xs">
            {weaponTypeLabel(t, issue.firearm.type)} {issue.firearm.model} · {issue.firearm.serial}
          </Title>
          <Stack gap={4}>
            <Text>
              {t('armoury.returns.heldBy')}: <strong>{issue.personnel.fullName}</strong> (
              {issue.personnel.nationalId})
            </Text>
            <Text size="sm">
              {t('armoury.returns.issuedAt')}: {format.dateTime(issue.issuedAt)} · {issue.issuedByName}
            </Text>
            <Text size="sm" component="div">
              {t('armoury.returns.expected')}: {format.dateTime(issue.expectedReturnAt)}{' '}
              {issue.isOverdue ? (
                <Badge color="red" variant="filled">
                  {t('armoury.board.overdue')}
                </Badge>
              ) : null}
            </Text>
            {issue.post ? (
              <Text size="sm">
                {t('armoury.returns.post')}: {issue.post.name} — {issue.post.siteName}
              </Text>
            ) : null}
            <Text size="lg" fw={600} mt="xs">
              {t('armoury.returns.roundsIssued')}: {issued}
              {issue.ammunition ? ` (${issue.ammunition.lotNumber})` : ''}
            </Text>
          </Stack>
        </Paper>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 7 }}>
        <Paper
          withBorder
          p="md"
          radius="md"
          component="form"
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <Stack gap="sm">
            <NumberInput
              label={t('armoury.returns.roundsReturned')}
              value={roundsReturned}
              onChange={setRoundsReturned}
              min={0}
              max={issued}
              allowDecimal={false}
              allowNegative={false}
              size="lg"
              autoFocus
              data-testid="rounds-returned"
            />
            {shortfall > 0 ? (
              <>
                <Text c="orange.9" fw={500}>
                  {t('armoury.returns.shortfall', { count: shortfall })}
                </Text>
                <Select
                  label={t('armoury.returns.reasonLabel')}
                  data={SHORTFALL_REASONS.map((value) => ({
                    value,
                    label: t(`armoury.returns.reasons.${value}`),
                  }))}
                  value={reason}
                  onChange={(value) => setReason(SHORTFALL_REASONS.find((r) => r === value) ?? null)}
                  required
                  size="lg"
                  error={showErrors && reasonMissing ? t('armoury.returns.reasonRequired') : undefined}
                />
                <Textarea
                  label={t('armoury.returns.noteLabel')}
                  value={note}
                  onChange={(event) => setNote(event.currentTarget.value)}
                  maxLength={1000}
                  autosize
                  minRows={2}
                  required={reason === 'other'}
                  error={showErrors && noteMissing ? t('armoury.returns.noteRequired') : undefined}
                />
              </>
            ) : null}
            <Radio.Group
              label={t('armoury.returns.conditionLabel')}
              value={condition}
              onChange={(value) => setCondition(value === 'damaged' ? 'damaged' : 'serviceable')}
            >
              <Group mt={6}>
                <Radio value="serviceable" label={t('armoury.returns.conditions.serviceable')} />
                <Radio value="damaged" label={t('armoury.returns.conditions.damaged')} />
              </Group>
            </Radio.Group>
            {mutation.error ? (
              <Alert color="red" role="alert">
                {errorMessage(t, mutation.error)}
              </Alert>
            ) : null}
            <Group>
              <Button type="submit" size="lg" loading={mutation.isPending} data-testid="confirm-return">
                {t('armoury.returns.confirm')}
              </Button>
              <Button variant="default" size="lg" onClick={() => onDone(null)}>
                {t('common.cancel')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      </Grid.Col>
    </Grid>
  );
}
