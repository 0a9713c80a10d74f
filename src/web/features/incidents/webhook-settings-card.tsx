import { Button, Group, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingBlock } from '../../components/loading-block';
import { incidentFieldErrors, showDone } from './incident-labels';
import { incidentsApi } from './incidents-api';
import { incidentKeys, useIncidentWrite } from './incidents-queries';

/** Where the regulator's systems hear of every new incident: a URL and the secret that signs each call. */
export function WebhookSettingsCard() {
  const { t } = useTranslation();
  const settings = useQuery({
    queryKey: incidentKeys.webhookSettings,
    queryFn: () => incidentsApi.webhookSettings(),
  });
  return (
    <Paper withBorder p="md" radius="md" mt="lg" maw={720}>
      <Title order={2} size="h4" mb={4}>
        {t('incidents.webhook.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('incidents.webhook.description')}
      </Text>
      {settings.isPending ? (
        <LoadingBlock />
      ) : settings.error ? (
        <ErrorAlert error={settings.error} onRetry={() => void settings.refetch()} />
      ) : (
        <WebhookForm
          key={settings.data.webhookUrl ?? ''}
          url={settings.data.webhookUrl}
          hasSecret={settings.data.hasWebhookSecret}
        />
      )}
    </Paper>
  );
}

function WebhookForm({ url, hasSecret }: { url: string | null; hasSecret: boolean }) {
  const { t } = useTranslation();
  const [webhookUrl, setUrl] = useState(url ?? '');
  const [webhookSecret, setSecret] = useState('');
  const save = useIncidentWrite(() =>
    incidentsApi.updateWebhookSettings({
      webhookUrl: webhookUrl.trim() || null,
      ...(webhookSecret ? { webhookSecret } : {}),
    }),
  );
  const errors = incidentFieldErrors(t, save.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(undefined, {
      onSuccess: () => {
        setSecret('');
        showDone(t, t('incidents.webhook.saved'));
      },
    });
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('incidents.webhook.title')}>
      <Stack gap="sm">
        <TextInput
          label={t('incidents.webhook.url')}
          description={t('incidents.webhook.urlHelp')}
          value={webhookUrl}
          onChange={(event) => setUrl(event.currentTarget.value)}
          error={errors.webhookUrl}
        />
        <PasswordInput
          label={t('incidents.webhook.secret')}
          description={hasSecret ? t('incidents.webhook.secretKept') : t('incidents.webhook.secretHelp')}
          value={webhookSecret}
          onChange={(event) => setSecret(event.currentTarget.value)}
          error={errors.webhookSecret}
        />
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('incidents.webhook.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
