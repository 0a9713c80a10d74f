import { errorMessage } from '../../components/error-message';
import {
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RECOVERY_CUSTODIES } from '../../../core/incidents/incident-terms';
import type { IncidentDetail } from '../../../contracts/incidents';
import { isApiError } from '../../api-client';
import { AppModal } from '../../components/app-modal';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ErrorAlert } from '../../components/error-alert';
import { firearmStatusLabel } from '../armoury/armoury-labels';
import { incidentFieldErrors, localToIso, showDone } from './incident-labels';
import { incidentsApi, type Recovery } from './incidents-api';
import { useFieldErrors } from './use-field-errors';
import { useFacilities, useIncidentWrite } from './incidents-queries';

/** The regulator's acts on an incident: acknowledge, record the outcome, close. */
export function RegulatorActions({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  const { permissions } = incident;
  const [outcome, setOutcome] = useState('');
  const [note, setNote] = useState('');
  const [isConfirming, setConfirming] = useState(false);
  const { organisationId, id } = incident;
  const acknowledge = useIncidentWrite(() => incidentsApi.acknowledge(organisationId, id));
  const record = useIncidentWrite((text: string) => incidentsApi.recordOutcome(organisationId, id, text));
  const close = useIncidentWrite((text: string) =>
    incidentsApi.close(organisationId, id, text.trim() || null),
  );
  const outcomeErrors = incidentFieldErrors(t, record.error);
  if (!permissions.canAcknowledge && !permissions.canRecordOutcome && !permissions.canClose) return null;
  const done = (message: string) => () => showDone(t, message);
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="regulator-actions-heading">
      <Title order={2} size="h4" mb="sm" id="regulator-actions-heading">
        {t('incidents.regulator.actions')}
      </Title>
      <Stack gap="md">
        {permissions.canAcknowledge ? (
          <Group>
            <Button
              loading={acknowledge.isPending}
              onClick={() =>
                acknowledge.mutate(undefined, { onSuccess: done(t('incidents.regulator.acknowledged')) })
              }
            >
              {t('incidents.regulator.acknowledge')}
            </Button>
          </Group>
        ) : null}
        <ErrorAlert error={acknowledge.error} />
        {permissions.canRecordOutcome ? (
          <form
            noValidate
            aria-label={t('incidents.regulator.recordOutcome')}
            onSubmit={(event: FormEvent) => {
              event.preventDefault();
              record.mutate(outcome, { onSuccess: done(t('incidents.regulator.outcomeRecorded')) });
            }}
          >
            <Stack gap="xs">
              <Textarea
                label={t('incidents.regulator.outcomeLabel')}
                autosize
                minRows={3}
                value={outcome}
                onChange={(event) => setOutcome(event.currentTarget.value)}
                error={outcomeErrors.outcome ?? (record.error ? errorMessage(t, record.error) : undefined)}
                data-testid="outcome-body"
              />
              <Group>
                <Button type="submit" variant="light" loading={record.isPending}>
                  {t('incidents.regulator.recordOutcome')}
                </Button>
              </Group>
            </Stack>
          </form>
        ) : null}
        {permissions.canClose ? (
          <Stack gap="xs">
            <TextInput
              label={t('incidents.regulator.closeNote')}
              value={note}
              onChange={(event) => setNote(event.currentTarget.value)}
            />
            <Group>
              <Button color="red" variant="outline" onClick={() => setConfirming(true)}>
                {t('incidents.regulator.close')}
              </Button>
            </Group>
          </Stack>
        ) : null}
      </Stack>
      <ConfirmDialog
        opened={isConfirming}
        title={t('incidents.regulator.confirmCloseTitle')}
        message={t('incidents.regulator.confirmClose', { reference: incident.reference })}
        confirmLabel={t('incidents.regulator.close')}
        isDanger
        isPending={close.isPending}
        error={close.error}
        onClose={() => setConfirming(false)}
        onConfirm={() =>
          close.mutate(note, {
            onSuccess: () => {
              setConfirming(false);
              done(t('incidents.regulator.closed'))();
            },
          })
        }
      />
    </Paper>
  );
}

/** The company's follow-up report, due within the country's days of discovery. */
export function FollowUpForm({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  const [report, setReport] = useState('');
  const submit = useIncidentWrite((text: string) =>
    incidentsApi.followUp(incident.organisationId, incident.id, text),
  );
  const errors = incidentFieldErrors(t, submit.error);
  return (
    <form
      noValidate
      aria-label={t('incidents.followUp.title')}
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        submit.mutate(report, {
          onSuccess: () => showDone(t, t('incidents.followUp.submitted')),
        });
      }}
    >
      <Stack gap="xs">
        <Textarea
          label={t('incidents.followUp.label')}
          description={t('incidents.followUp.help')}
          autosize
          minRows={4}
          value={report}
          onChange={(event) => setReport(event.currentTarget.value)}
          error={errors.report ?? (submit.error ? errorMessage(t, submit.error) : undefined)}
        />
        <Group>
          <Button type="submit" loading={submit.isPending}>
            {t('incidents.followUp.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

type MissingWeapon = IncidentDetail['firearms'][number];

/** Recording that a missing weapon was found: where, by whom, and who holds it now. */
export function RecoveryModal(props: {
  incident: IncidentDetail;
  weapon: MissingWeapon | null;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const { incident, weapon } = props;
  return (
    <AppModal
      opened={weapon !== null}
      onClose={props.onClose}
      title={t('incidents.recovery.title')}
      size="lg"
    >
      {weapon ? <RecoveryForm incident={incident} weapon={weapon} onDone={props.onClose} /> : null}
    </AppModal>
  );
}

function RecoveryForm({
  incident,
  weapon,
  onDone,
}: {
  incident: IncidentDetail;
  weapon: MissingWeapon;
  onDone(): void;
}) {
  const { t } = useTranslation();
  const facilities = useFacilities(incident.organisationId);
  const [draft, setDraft] = useState({
    recoveredAt: '',
    place: '',
    recoveredBy: '',
    custody: 'company',
    facilityId: incident.facilityId ?? '',
    note: '',
  });
  const recover = useIncidentWrite((body: Recovery) => incidentsApi.recover(incident.organisationId, body));
  const fields = useFieldErrors(recover.error);
  const { errors } = fields;
  const set = (key: keyof typeof draft) => (value: string) => {
    setDraft((d) => ({ ...d, [key]: value }));
    fields.edited(key);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    fields.reset();
    recover.mutate(
      {
        firearmId: weapon.firearmId,
        recoveredAt: localToIso(draft.recoveredAt) ?? draft.recoveredAt,
        place: draft.place,
        recoveredBy: draft.recoveredBy,
        custody: draft.custody as Recovery['custody'],
        facilityId: draft.custody === 'company' ? draft.facilityId || null : null,
        incidentId: incident.id,
        note: draft.note.trim() || null,
      },
      {
        onSuccess: (written) => {
          showDone(
            t,
            t('incidents.detail.recovered', {
              serial: weapon.serial,
              status: firearmStatusLabel(t, written.status),
            }),
          );
          onDone();
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('incidents.recovery.title')}>
      <Stack gap="sm">
        <Text>
          {t('incidents.recovery.firearm')}:{' '}
          <Text span ff="monospace" fw={600}>
            {weapon.serial}
          </Text>{' '}
          · {weapon.manufacturer} {weapon.model}
        </Text>
        {recover.error && !isApiError(recover.error, 'VALIDATION_FAILED') ? (
          <Text c="red.8" role="alert">
            {errorMessage(t, recover.error)}
          </Text>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            type="datetime-local"
            label={t('incidents.recovery.recoveredAt')}
            withAsterisk
            value={draft.recoveredAt}
            onChange={(event) => set('recoveredAt')(event.currentTarget.value)}
            error={errors.recoveredAt}
          />
          <TextInput
            label={t('incidents.recovery.place')}
            withAsterisk
            value={draft.place}
            onChange={(event) => set('place')(event.currentTarget.value)}
            error={errors.place}
          />
          <TextInput
            label={t('incidents.recovery.recoveredBy')}
            withAsterisk
            value={draft.recoveredBy}
            onChange={(event) => set('recoveredBy')(event.currentTarget.value)}
            error={errors.recoveredBy}
          />
          <Select
            label={t('incidents.recovery.custody')}
            data={RECOVERY_CUSTODIES.map((c) => ({
              value: c,
              label: t(`incidents.recovery.custodies.${c}`),
            }))}
            value={draft.custody}
            allowDeselect={false}
            onChange={(value) => set('custody')(value ?? 'company')}
            error={errors.custody}
          />
          {draft.custody === 'company' ? (
            <Select
              label={t('incidents.recovery.facility')}
              data={(facilities.data ?? []).map((f) => ({ value: f.id, label: `${f.code} · ${f.name}` }))}
              value={draft.facilityId || null}
              onChange={(value) => set('facilityId')(value ?? '')}
              error={errors.facilityId}
            />
          ) : null}
        </SimpleGrid>
        <Textarea
          label={t('incidents.recovery.note')}
          autosize
          minRows={2}
          value={draft.note}
          onChange={(event) => set('note')(event.currentTarget.value)}
          error={errors.note}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={recover.isPending}>
            {t('incidents.recovery.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
