import { Alert, Button, Group, NumberInput, Paper, Stack } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TraceSettings } from '../../../contracts/tracing';
import { isApiError } from '../../api-client';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingBlock } from '../../components/loading-block';
import { PageHeader } from '../../components/page-header';
import { useTraceSettings, useUpdateTraceSettings } from './tracing-queries';

function SettingsForm({ initial }: { initial: TraceSettings }) {
  const { t } = useTranslation();
  const update = useUpdateTraceSettings();
  const [draft, setDraft] = useState<TraceSettings>(initial);
  const fieldError = (key: keyof TraceSettings) =>
    isApiError(update.error) && update.error.fields.some((f) => f.path === key)
      ? t('errors.VALIDATION_FAILED')
      : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate(draft);
  };
  return (
    <form onSubmit={submit} aria-label={t('tracing.settings.title')}>
      <Paper withBorder p="md" radius="md" maw={520}>
        <Stack>
          <ErrorAlert error={update.error} />
          {update.isSuccess ? (
            <Alert color="teal" variant="light">
              {t('tracing.settings.saved')}
            </Alert>
          ) : null}
          <NumberInput
            label={t('tracing.settings.urgentHours')}
            min={1}
            max={24 * 90}
            allowDecimal={false}
            value={draft.urgentHours}
            onChange={(value) => setDraft((d) => ({ ...d, urgentHours: Number(value) }))}
            error={fieldError('urgentHours')}
            required
          />
          <NumberInput
            label={t('tracing.settings.routineHours')}
            min={1}
            max={24 * 365}
            allowDecimal={false}
            value={draft.routineHours}
            onChange={(value) => setDraft((d) => ({ ...d, routineHours: Number(value) }))}
            error={fieldError('routineHours')}
            required
          />
          <Group>
            <Button type="submit" loading={update.isPending}>
              {t('tracing.settings.save')}
            </Button>
          </Group>
        </Stack>
      </Paper>
    </form>
  );
}

/** The regulator's response-time targets for trace requests (hours, urgent and routine). */
export function TraceSettingsPage() {
  const { t } = useTranslation();
  const settings = useTraceSettings();
  return (
    <>
      <PageHeader title={t('tracing.settings.title')} description={t('tracing.settings.description')} />
      {settings.isPending ? (
        <LoadingBlock />
      ) : settings.error ? (
        <ErrorAlert error={settings.error} onRetry={() => void settings.refetch()} />
      ) : (
        <SettingsForm initial={settings.data} />
      )}
    </>
  );
}
