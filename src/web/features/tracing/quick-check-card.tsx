import { Alert, Button, Group, Paper, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert';
import { tracingApi } from './tracing-api';

/** For patrols and customs: is this serial recorded lost or stolen? A hit or no hit, nothing more. */
export function QuickCheckCard() {
  const { t } = useTranslation();
  const [serial, setSerial] = useState('');
  const [manufacturer, setManufacturer] = useState('');
  const check = useMutation({
    mutationFn: () => tracingApi.quickCheck(serial, manufacturer.trim() || undefined),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    check.mutate();
  };
  const result = check.data;
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={2} size="h4" mb="sm">
        {t('tracing.quickCheck.title')}
      </Title>
      <form onSubmit={submit} aria-label={t('tracing.quickCheck.title')}>
        <Group align="flex-end" gap="sm">
          <TextInput
            label={t('tracing.quickCheck.serial')}
            value={serial}
            onChange={(event) => setSerial(event.currentTarget.value)}
            required
            style={{ flex: '1 1 12rem' }}
          />
          <TextInput
            label={t('tracing.quickCheck.manufacturer')}
            value={manufacturer}
            onChange={(event) => setManufacturer(event.currentTarget.value)}
            style={{ flex: '1 1 12rem' }}
          />
          <Button type="submit" loading={check.isPending}>
            {t('tracing.quickCheck.submit')}
          </Button>
        </Group>
      </form>
      {check.error ? (
        <div style={{ marginTop: 12 }}>
          <ErrorAlert error={check.error} />
        </div>
      ) : null}
      {result ? (
        <Alert
          mt="md"
          role="status"
          data-testid="quick-check-result"
          color={result.hit ? 'red' : 'teal'}
          variant={result.hit ? 'filled' : 'light'}
        >
          {result.hit
            ? result.matches
                .map((m) =>
                  t('tracing.quickCheck.hit', {
                    status: t(`tracing.quickCheck.statuses.${m.status}`),
                    reference: m.nationalReference,
                  }),
                )
                .join(' · ')
            : t('tracing.quickCheck.noHit')}
        </Alert>
      ) : null}
    </Paper>
  );
}
