import { errorMessage } from '../../components/error-message';
import { Badge, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { IncidentDetail } from '../../../contracts/incidents';
import { useFormatters } from '../../i18n/format';
import { incidentFieldErrors, showDone } from './incident-labels';
import { incidentsApi } from './incidents-api';
import { useIncidentWrite } from './incidents-queries';

/** The exchange between the regulator and the company: requests and answers, oldest first. */
export function IncidentThread({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { permissions } = incident;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="thread-heading">
      <Title order={2} size="h4" mb="sm" id="thread-heading">
        {t('incidents.thread.title')}
      </Title>
      {incident.messages.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('incidents.thread.empty')}
        </Text>
      ) : (
        <Stack gap="sm" component="ol" p={0} m={0} style={{ listStyle: 'none' }} data-testid="thread">
          {incident.messages.map((message) => (
            <Paper
              key={message.id}
              component="li"
              p="sm"
              radius="md"
              bg={message.kind === 'request' ? 'orange.0' : 'blue.0'}
              ml={message.kind === 'answer' ? { base: 0, sm: 'xl' } : 0}
              mr={message.kind === 'request' ? { base: 0, sm: 'xl' } : 0}
              data-testid={`message-${message.kind}`}
            >
              <Group justify="space-between" gap="xs" mb={4}>
                <Badge color={message.kind === 'request' ? 'red.9' : 'blue.9'} variant="filled">
                  {t(`incidents.thread.${message.kind}`)}
                </Badge>
                <Text size="xs" c="dark.6">
                  {t('incidents.thread.by', {
                    name: message.authorName,
                    date: format.dateTime(message.createdAt),
                  })}
                </Text>
              </Group>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {message.body}
              </Text>
            </Paper>
          ))}
        </Stack>
      )}
      {/* The company answers the regulator's questions; with none asked there is nothing to answer. */}
      {permissions.canAnswer && incident.messages.some((m) => m.kind === 'request') ? (
        <MessageForm incident={incident} kind="answer" />
      ) : null}
      {permissions.canRequestInformation ? <MessageForm incident={incident} kind="request" /> : null}
    </Paper>
  );
}

function MessageForm({ incident, kind }: { incident: IncidentDetail; kind: 'answer' | 'request' }) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const send = useIncidentWrite((text: string) =>
    kind === 'answer'
      ? incidentsApi.answer(incident.organisationId, incident.id, text)
      : incidentsApi.requestInformation(incident.organisationId, incident.id, text),
  );
  const errors = incidentFieldErrors(t, send.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    send.mutate(body, {
      onSuccess: () => {
        setBody('');
        showDone(t, kind === 'answer' ? t('incidents.thread.sent') : t('incidents.thread.requested'));
      },
    });
  };
  const label = kind === 'answer' ? t('incidents.thread.answerLabel') : t('incidents.thread.requestLabel');
  return (
    <form onSubmit={submit} noValidate aria-label={label}>
      <Stack gap="xs" mt="md">
        <Textarea
          label={label}
          autosize
          minRows={3}
          value={body}
          onChange={(event) => setBody(event.currentTarget.value)}
          error={errors.body ?? (send.error && !errors.body ? errorMessage(t, send.error) : undefined)}
          data-testid={`${kind}-body`}
        />
        <Group>
          <Button type="submit" loading={send.isPending} variant={kind === 'answer' ? 'filled' : 'light'}>
            {kind === 'answer' ? t('incidents.thread.send') : t('incidents.thread.sendRequest')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
