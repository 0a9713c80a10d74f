import { Alert, Button, Group, Paper, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert';
import { CandidatesTable } from './candidates-table';
import { tracingApi } from './tracing-api';

/** The regulator's search of the registry by a serial as read (logged, like every search). */
export function RegistrySearchCard() {
  const { t } = useTranslation();
  const [serial, setSerial] = useState('');
  const [manufacturer, setManufacturer] = useState('');
  const [calibre, setCalibre] = useState('');
  const search = useMutation({
    mutationFn: () =>
      tracingApi.search({
        serial,
        manufacturer: manufacturer.trim() || undefined,
        calibre: calibre.trim() || undefined,
      }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    search.mutate();
  };
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={2} size="h4" mb={4}>
        {t('tracing.search.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('tracing.search.help')}
      </Text>
      <form onSubmit={submit} aria-label={t('tracing.search.title')}>
        <Group align="flex-end" gap="sm">
          <TextInput
            label={t('tracing.search.serial')}
            value={serial}
            onChange={(event) => setSerial(event.currentTarget.value)}
            required
            style={{ flex: '1 1 12rem' }}
          />
          <TextInput
            label={t('tracing.search.manufacturer')}
            value={manufacturer}
            onChange={(event) => setManufacturer(event.currentTarget.value)}
            style={{ flex: '1 1 10rem' }}
          />
          <TextInput
            label={t('tracing.search.calibre')}
            value={calibre}
            onChange={(event) => setCalibre(event.currentTarget.value)}
            style={{ flex: '1 1 8rem' }}
          />
          <Button type="submit" loading={search.isPending}>
            {t('tracing.search.submit')}
          </Button>
        </Group>
      </form>
      {search.error ? (
        <div style={{ marginTop: 12 }}>
          <ErrorAlert error={search.error} />
        </div>
      ) : null}
      {search.data ? (
        search.data.candidates.length === 0 ? (
          <Text mt="md" c="dimmed">
            {t('tracing.search.none')}
          </Text>
        ) : (
          <div style={{ marginTop: 12 }}>
            <CandidatesTable candidates={search.data.candidates} />
            {search.data.truncated ? (
              <Alert mt="sm" color="yellow" variant="light">
                {t('tracing.search.truncated')}
              </Alert>
            ) : null}
          </div>
        )
      ) : null}
    </Paper>
  );
}
