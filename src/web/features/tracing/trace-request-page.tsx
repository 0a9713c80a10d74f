import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import type { TraceRequest } from '../../../contracts/tracing';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingBlock } from '../../components/loading-block';
import { PageHeader } from '../../components/page-header';
import { useFormatters } from '../../i18n/format';
import { useCurrentUser } from '../auth/session-provider';
import { AnswerView } from './answer-view';
import { CandidatesTable } from './candidates-table';
import { ClockBadge } from './clock-badge';
import { TracePhotosCard } from './trace-photos-card';
import { useAnswerTraceRequest, useTraceCandidates, useTraceRequest } from './tracing-queries';

function Field({ label, value }: { label: string; value: string | null }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text style={{ whiteSpace: 'pre-wrap' }}>{value ?? '—'}</Text>
    </div>
  );
}

function RequestFacts({ request }: { request: TraceRequest }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const serialRead = request.serialObliterated
    ? `${request.serialLegible ?? request.serial ?? ''} (${t('tracing.detail.obliterated')})`
    : request.serial;
  return (
    <Paper withBorder p="md" radius="md">
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
        <Field label={t('tracing.list.agency')} value={request.requestingOrganisation} />
        <Field label={t('tracing.detail.requested')} value={format.dateTime(request.createdAt)} />
        <div>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {t('tracing.detail.due')}
          </Text>
          <Group gap="xs">
            <Text>{format.dateTime(request.clock.dueAt)}</Text>
            <ClockBadge request={request} />
          </Group>
        </div>
        <Field label={t('tracing.detail.serialRead')} value={serialRead} />
        <Field
          label={t('tracing.detail.description')}
          value={
            [
              request.manufacturer,
              request.model,
              request.type
                ? t(`registry.firearmTypes.${request.type}`, { defaultValue: request.type })
                : null,
              request.calibre,
            ]
              .filter(Boolean)
              .join(' · ') || null
          }
        />
        <Field label={t('tracing.detail.countryOfOrigin')} value={request.countryOfOrigin} />
        <Field
          label={t('tracing.detail.recovered')}
          value={[request.recoveredAt, request.recoveredPlace].filter(Boolean).join(' · ') || null}
        />
        <Field label={t('tracing.detail.caseReference')} value={request.caseReference} />
        <Field label={t('tracing.detail.pointOfContact')} value={request.pointOfContact} />
        <Field
          label={t('tracing.list.urgency')}
          value={`${t(`tracing.urgency.${request.urgency}`)}${request.urgencyReason ? ` — ${request.urgencyReason}` : ''}`}
        />
        <Field label={t('tracing.detail.illicitReason')} value={request.illicitReason} />
        <Field label={t('tracing.detail.intendedUse')} value={request.intendedUse} />
        <Field label={t('tracing.detail.otherMarks')} value={request.otherMarks} />
      </SimpleGrid>
    </Paper>
  );
}

/** The regulator's part: the candidates, confirm one or answer "no record". */
function RegulatorAnswer({ request }: { request: TraceRequest }) {
  const { t } = useTranslation();
  const candidates = useTraceCandidates(request.id, true);
  const answer = useAnswerTraceRequest(request.id);
  const [note, setNote] = useState('');
  const [isAskingNoRecord, setAskingNoRecord] = useState(false);
  const noteOrNull = note.trim() === '' ? null : note.trim();
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={2} size="h3" mb="sm">
        {t('tracing.candidates.title')}
      </Title>
      <ErrorAlert error={answer.error} />
      {candidates.isPending ? (
        <LoadingBlock />
      ) : candidates.error ? (
        <ErrorAlert error={candidates.error} onRetry={() => void candidates.refetch()} />
      ) : candidates.data.candidates.length === 0 ? (
        <Text c="dimmed">{t('tracing.candidates.none')}</Text>
      ) : (
        <CandidatesTable
          candidates={candidates.data.candidates}
          isConfirming={answer.isPending}
          onConfirm={(c) => answer.mutate({ outcome: 'match', firearmId: c.firearmId, note: noteOrNull })}
        />
      )}
      <Textarea
        mt="md"
        label={t('tracing.detail.note')}
        value={note}
        onChange={(event) => setNote(event.currentTarget.value)}
        autosize
        minRows={2}
      />
      <Group mt="sm">
        <Button variant="default" loading={answer.isPending} onClick={() => setAskingNoRecord(true)}>
          {t('tracing.detail.noRecord')}
        </Button>
      </Group>
      <ConfirmDialog
        opened={isAskingNoRecord}
        title={t('tracing.detail.noRecord')}
        message={t('tracing.detail.noRecordConfirm')}
        confirmLabel={t('tracing.detail.noRecord')}
        isPending={answer.isPending}
        error={answer.error}
        onClose={() => setAskingNoRecord(false)}
        onConfirm={() =>
          answer.mutate(
            { outcome: 'no-record', note: noteOrNull },
            { onSuccess: () => setAskingNoRecord(false) },
          )
        }
      />
    </Paper>
  );
}

export function TraceRequestPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const query = useTraceRequest(id);
  const photoError = (useLocation().state as { photoError?: string } | null)?.photoError;
  if (query.isPending) return <LoadingBlock />;
  if (query.error) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  const { request, answer } = query.data;
  const answers = user.roles.includes('regulator-officer') && request.status === 'submitted';
  return (
    <>
      <PageHeader
        title={`${request.reference} · ${request.caseReference}`}
        description={t(`tracing.status.${request.status}`)}
      />
      <Stack gap="lg">
        {photoError ? (
          <Alert color="orange" title={t('tracing.photos.failedAfterCreate')}>
            {photoError}
          </Alert>
        ) : null}
        <RequestFacts request={request} />
        <TracePhotosCard
          request={request}
          canAdd={user.roles.includes('law-enforcement-officer') && request.status === 'submitted'}
        />
        {request.status === 'answered' ? (
          <AnswerView request={request} answer={answer} />
        ) : answers ? (
          <RegulatorAnswer request={request} />
        ) : (
          <Text c="dimmed">{t('tracing.answer.waiting')}</Text>
        )}
      </Stack>
    </>
  );
}
