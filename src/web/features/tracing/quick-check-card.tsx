import { Alert, Button, Group, List, Paper, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert';
import type { QuickCheckResponse } from '../../../contracts/tracing';
import { tracingApi } from './tracing-api';

/**
 * For patrols and customs: is this serial recorded lost or stolen? A hit, the recorded serials that
 * contain the characters checked, "a whole serial is needed", or no hit: never a false all-clear.
 */
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
      {result ? <QuickCheckResult result={result} /> : null}
    </Paper>
  );
}

function QuickCheckResult({ result }: { result: QuickCheckResponse }) {
  const { t } = useTranslation();
  const status = (s: 'lost' | 'stolen') => t(`tracing.quickCheck.statuses.${s}`);
  switch (result.outcome) {
    case 'hit':
      return (
        <Alert mt="md" role="status" data-testid="quick-check-result" color="red" variant="filled">
          {result.matches
            .map((m) =>
              t('tracing.quickCheck.hit', { status: status(m.status), reference: m.nationalReference }),
            )
            .join(' · ')}
        </Alert>
      );
    case 'partial':
      return (
        <Alert mt="md" role="status" data-testid="quick-check-result" color="orange" variant="light">
          <Text size="sm" c="var(--mantine-color-text)">
            {t('tracing.quickCheck.partial')}
          </Text>
          <List size="sm" mt="xs">
            {result.candidates.map((c) => (
              <List.Item key={`${c.serial}-${c.nationalReference}`}>
                {t('tracing.quickCheck.candidate', {
                  serial: c.serial,
                  manufacturer: c.manufacturer,
                  model: c.model,
                  status: status(c.status),
                  reference: c.nationalReference,
                })}
              </List.Item>
            ))}
          </List>
          {result.truncated ? (
            <Text size="sm" mt="xs" c="var(--mantine-color-text)">
              {t('tracing.quickCheck.truncated')}
            </Text>
          ) : null}
        </Alert>
      );
    case 'too-short':
      return (
        <Alert mt="md" role="status" data-testid="quick-check-result" color="yellow" variant="light">
          <Text size="sm" c="var(--mantine-color-text)">
            {t('tracing.quickCheck.tooShort')}
          </Text>
        </Alert>
      );
    case 'no-hit':
      return (
        <Alert mt="md" role="status" data-testid="quick-check-result" color="teal" variant="light">
          {t('tracing.quickCheck.noHit')}
        </Alert>
      );
  }
}
