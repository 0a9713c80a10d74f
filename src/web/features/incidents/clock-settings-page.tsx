import { errorMessage } from '../../components/error-message';
import { Button, Group, NumberInput, Stack, Table, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClockSettings } from '../../../contracts/incidents';
import { AppModal } from '../../components/app-modal';
import { DataTable } from '../../components/data-table';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingBlock } from '../../components/loading-block';
import { NotAllowed } from '../../components/not-allowed';
import { PageHeader } from '../../components/page-header';
import { useFormatters } from '../../i18n/format';
import { useCurrentUser } from '../auth/session-provider';
import { incidentFieldErrors, showDone } from './incident-labels';
import { incidentsApi } from './incidents-api';
import { useClockSettings, useIncidentSide, useIncidentWrite } from './incidents-queries';
import { WebhookSettingsCard } from './webhook-settings-card';

/** The statutory clocks of each country (hours to notify, days to follow up), for the regulator to confirm or change. */
export function ClockSettingsPage() {
  return useIncidentSide() === 'regulator' ? <ClockSettingsList /> : <NotAllowed />;
}

/** Countries whose seeded default has its source written out in both languages. */
const SOURCED_COUNTRIES = ['PE', 'GT', 'CR', 'BR', 'CO', 'SV', 'MX', 'DO'] as const;
type SourcedCountry = (typeof SOURCED_COUNTRIES)[number];

function ClockSettingsList() {
  const { t } = useTranslation();
  // The seeded source notes are the platform's text: shown in the reader's language.
  const sourceText = (countryCode: string, source: string | null) =>
    SOURCED_COUNTRIES.includes(countryCode as SourcedCountry)
      ? t(`incidents.settings.sources.${countryCode as SourcedCountry}`)
      : (source ?? '—');
  const format = useFormatters();
  const settings = useClockSettings();
  const user = useCurrentUser();
  // A regulator's officers set their own country's clocks; an administrator any country's.
  const mayEdit = (countryCode: string) =>
    user.roles.includes('system-admin') || user.organisation.countryCode === countryCode;
  const [editing, setEditing] = useState<ClockSettings | null>(null);
  return (
    <>
      <PageHeader title={t('incidents.settings.title')} description={t('incidents.settings.description')} />
      {settings.isPending ? (
        <LoadingBlock />
      ) : settings.error ? (
        <ErrorAlert error={settings.error} onRetry={() => void settings.refetch()} />
      ) : (
        <DataTable label={t('incidents.settings.tableLabel')} minWidth={760}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('incidents.settings.country')}</Table.Th>
              <Table.Th>{t('incidents.settings.notifyWithinHours')}</Table.Th>
              <Table.Th>{t('incidents.settings.followUpWithinDays')}</Table.Th>
              <Table.Th>{t('incidents.settings.source')}</Table.Th>
              <Table.Th>{t('incidents.settings.updatedAt')}</Table.Th>
              <Table.Th>{t('common.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(settings.data ?? []).map((row) => (
              <Table.Tr key={row.countryCode} data-testid={`clock-settings-${row.countryCode}`}>
                <Table.Td ff="monospace">{row.countryCode}</Table.Td>
                <Table.Td>{row.notifyWithinHours}</Table.Td>
                <Table.Td>{row.followUpWithinDays}</Table.Td>
                <Table.Td>
                  <Text size="sm">{sourceText(row.countryCode, row.source)}</Text>
                  {row.isDefault ? (
                    <Text size="xs" c="dimmed">
                      {t('incidents.settings.isDefault')}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>{row.updatedAt ? format.dateTime(row.updatedAt) : '—'}</Table.Td>
                <Table.Td>
                  {mayEdit(row.countryCode) ? (
                    <Button
                      size="compact-sm"
                      variant="default"
                      onClick={() => setEditing(row)}
                      aria-label={t('incidents.settings.editFor', { country: row.countryCode })}
                    >
                      {t('incidents.settings.edit')}
                    </Button>
                  ) : null}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </DataTable>
      )}
      <AppModal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing ? t('incidents.settings.editTitle', { country: editing.countryCode }) : ''}
      >
        {editing ? <ClockSettingsForm settings={editing} onDone={() => setEditing(null)} /> : null}
      </AppModal>
      {user.roles.includes('regulator-officer') ? <WebhookSettingsCard /> : null}
    </>
  );
}

function ClockSettingsForm({ settings, onDone }: { settings: ClockSettings; onDone(): void }) {
  const { t } = useTranslation();
  const [hours, setHours] = useState<number | string>(settings.notifyWithinHours);
  const [days, setDays] = useState<number | string>(settings.followUpWithinDays);
  const save = useIncidentWrite(() =>
    incidentsApi.updateClockSettings(settings.countryCode, {
      notifyWithinHours: typeof hours === 'number' ? hours : Number.NaN,
      followUpWithinDays: typeof days === 'number' ? days : Number.NaN,
    }),
  );
  const errors = incidentFieldErrors(t, save.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(undefined, {
      onSuccess: () => {
        showDone(t, t('incidents.settings.saved'));
        onDone();
      },
    });
  };
  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={t('incidents.settings.editTitle', { country: settings.countryCode })}
    >
      <Stack gap="sm">
        {save.error && Object.keys(errors).length === 0 ? (
          <Text c="red.8" role="alert">
            {errorMessage(t, save.error)}
          </Text>
        ) : null}
        <NumberInput
          label={t('incidents.settings.notifyWithinHours')}
          value={hours}
          onChange={setHours}
          allowDecimal={false}
          error={errors.notifyWithinHours}
          data-autofocus
        />
        <NumberInput
          label={t('incidents.settings.followUpWithinDays')}
          value={days}
          onChange={setDays}
          allowDecimal={false}
          error={errors.followUpWithinDays}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
