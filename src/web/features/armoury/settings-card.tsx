import { apiRequest } from '../../api-client';
import { errorMessage } from '../../components/error-message';
import {
  Button,
  Grid,
  Group,
  NumberInput,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { settingsPath, type SettingsData } from './armoury-api';
import { armouryKeys, useOrganisationId, useSettings } from './use-armoury';

type NumberField =
  'maxRoundsPerWeapon' | 'qualificationValidityMonths' | 'maxAssignmentHours' | 'defaultShiftHours';
const NUMBER_FIELDS: readonly NumberField[] = [
  'defaultShiftHours',
  'maxAssignmentHours',
  'maxRoundsPerWeapon',
  'qualificationValidityMonths',
];

/** The company's armoury rules over its country's defaults, and the overdue webhook (the manager's). */
export function SettingsCard() {
  const settings = useSettings();
  return settings.data ? <SettingsForm key={settings.data.organisationId} settings={settings.data} /> : null;
}

function SettingsForm({ settings }: { settings: SettingsData }) {
  const { t } = useTranslation();
  const organisationId = useOrganisationId();
  const queryClient = useQueryClient();
  const [numbers, setNumbers] = useState<Record<NumberField, number | string>>(() => ({
    maxRoundsPerWeapon: settings.maxRoundsPerWeapon,
    qualificationValidityMonths: settings.qualificationValidityMonths,
    maxAssignmentHours: settings.maxAssignmentHours,
    defaultShiftHours: settings.defaultShiftHours,
  }));
  const [webhookUrl, setWebhookUrl] = useState(settings.webhookUrl ?? '');
  const [webhookSecret, setWebhookSecret] = useState('');
  const save = useMutation({
    mutationFn: () =>
      apiRequest<SettingsData>('PUT', settingsPath(organisationId), {
        ...Object.fromEntries(
          NUMBER_FIELDS.map((field) => [field, typeof numbers[field] === 'number' ? numbers[field] : null]),
        ),
        webhookUrl: webhookUrl.trim() || null,
        ...(webhookSecret ? { webhookSecret } : {}),
      }),
    onSuccess: (next) => {
      queryClient.setQueryData(armouryKeys.settings(organisationId), next);
      setWebhookSecret('');
      notifications.show({ color: 'teal', message: t('armoury.personnel.saved') });
    },
  });
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="form"
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        save.mutate();
      }}
    >
      <Title order={2} size="h4">
        {t('armoury.settings.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('armoury.settings.help', { country: settings.countryCode })}
      </Text>
      <Stack gap="sm">
        {save.error ? <Text c="red.8">{errorMessage(t, save.error)}</Text> : null}
        <Grid gap="sm" align="flex-end">
          {NUMBER_FIELDS.map((field) => (
            <Grid.Col key={field} span={{ base: 12, sm: 6, lg: 3 }}>
              <NumberInput
                label={t(`armoury.settings.${field}`)}
                description={t('armoury.settings.countryDefault', { value: settings.countryDefaults[field] })}
                value={numbers[field]}
                onChange={(value) => setNumbers((current) => ({ ...current, [field]: value }))}
                min={1}
                allowDecimal={false}
                allowNegative={false}
              />
            </Grid.Col>
          ))}
        </Grid>
        <Grid gap="sm">
          <Grid.Col span={{ base: 12, sm: 7 }}>
            <TextInput
              type="url"
              label={t('armoury.settings.webhookUrl')}
              description={t('armoury.settings.webhookHelp')}
              value={webhookUrl}
              maxLength={500}
              onChange={(event) => setWebhookUrl(event.currentTarget.value)}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 5 }}>
            <PasswordInput
              label={t('armoury.settings.webhookSecret')}
              description={
                settings.hasWebhookSecret ? t('armoury.settings.secretSet') : t('armoury.settings.secretNone')
              }
              value={webhookSecret}
              minLength={16}
              maxLength={200}
              autoComplete="new-password"
              onChange={(event) => setWebhookSecret(event.currentTarget.value)}
            />
          </Grid.Col>
        </Grid>
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
