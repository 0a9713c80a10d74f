import { Alert, Anchor, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TraceAnswer, TraceRequest } from '../../../contracts/tracing';
import { DataTable } from '../../components/data-table';
import { useFormatters } from '../../i18n/format';
import { answerPdfUrl } from './tracing-api';

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text>{children}</Text>
    </div>
  );
}

/** The answer to a trace: the outcome, and when matched, the weapon's chain of custody from the ledger. */
export function AnswerView({ request, answer }: { request: TraceRequest; answer: TraceAnswer | null }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const kind = (k: string) => t(`tracing.answer.kinds.${k}`, { defaultValue: k });
  const status = (k: string) => t(`registry.firearmStatuses.${k}`, { defaultValue: k });
  /** A detail's value as the reader says it: statuses and custody in words, the rest as recorded. */
  const detail = (key: string, value: string) =>
    key === 'status'
      ? status(value)
      : key === 'custody'
        ? t(`tracing.answer.custody.${value}`, { defaultValue: value })
        : value;
  return (
    <Paper withBorder p="md" radius="md" data-testid="trace-answer">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h3">
          {t('tracing.answer.title')}
        </Title>
        <Group gap="md">
          <Anchor href={answerPdfUrl(request.id, 'es')} download>
            {t('tracing.answer.pdfEs')}
          </Anchor>
          <Anchor href={answerPdfUrl(request.id, 'en')} download>
            {t('tracing.answer.pdfEn')}
          </Anchor>
        </Group>
      </Group>
      <Alert color={request.outcome === 'match' ? 'teal' : 'gray'} variant="light" mb="md">
        {request.outcome === 'match' ? t('tracing.answer.match') : t('tracing.answer.noRecord')}
        {request.answerNote ? (
          <Text size="sm" mt={4}>
            {request.answerNote}
          </Text>
        ) : null}
      </Alert>
      {answer ? (
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
            <Fact label={t('tracing.answer.weapon')}>
              <Text span ff="monospace" fw={600}>
                {answer.firearm.serial}
              </Text>{' '}
              · {answer.firearm.manufacturer} {answer.firearm.model} · {answer.firearm.calibre}
            </Fact>
            <Fact label={t('tracing.answer.nationalReference')}>
              <Text span ff="monospace" size="sm">
                {answer.nationalReference}
              </Text>
            </Fact>
            <Fact label={t('tracing.answer.holder')}>
              {answer.holder.organisation}
              {answer.holder.facility ? ` · ${answer.holder.facility}` : ''} ·{' '}
              {t(`registry.firearmStatuses.${answer.holder.status}`, { defaultValue: answer.holder.status })}
            </Fact>
            <Fact label={t('tracing.answer.enteredSector')}>
              {answer.enteredSector
                ? `${format.date(answer.enteredSector.at)} · ${answer.enteredSector.organisation} · ${t(
                    `registry.sourceKinds.${answer.enteredSector.sourceKind}`,
                    { defaultValue: answer.enteredSector.sourceKind },
                  )}: ${answer.enteredSector.sourceName}${answer.enteredSector.sourceReference ? ` (${answer.enteredSector.sourceReference})` : ''}`
                : t('tracing.answer.notRecorded')}
            </Fact>
            <Fact label={t('tracing.answer.transfers')}>
              {answer.transfers.length === 0
                ? t('tracing.answer.noTransfers')
                : answer.transfers.map((tr) => (
                    <Text key={tr.at} span display="block">
                      {format.date(tr.at)} · {tr.from} → {tr.to}
                      {tr.reference ? ` (${tr.reference})` : ''}
                    </Text>
                  ))}
            </Fact>
            <Fact label={t('tracing.answer.lastIssue')}>
              {answer.lastIssue
                ? `${format.dateTime(answer.lastIssue.at)} · ${answer.lastIssue.guard}${answer.lastIssue.shift ? ` · ${answer.lastIssue.shift}` : ''}`
                : t('tracing.answer.notRecorded')}
            </Fact>
            <Fact label={t('tracing.answer.lastCount')}>
              {answer.lastCount
                ? [
                    format.dateTime(answer.lastCount.at),
                    answer.lastCount.facility,
                    answer.lastCount.kind
                      ? t(`armoury.counts.kindsShort.${answer.lastCount.kind}`, {
                          defaultValue: answer.lastCount.kind,
                        })
                      : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')
                : t('tracing.answer.notRecorded')}
            </Fact>
            <Fact label={t('tracing.answer.lossOrTheft')}>
              {answer.lossReports.length === 0
                ? t('tracing.answer.notRecorded')
                : answer.lossReports.map((r) => (
                    <Text key={r.entryId} span display="block" data-testid="trace-loss-report">
                      {[
                        status(r.status),
                        format.dateTime(r.reportedAt),
                        r.organisation,
                        r.place,
                        r.incidentReference,
                        r.policeReference
                          ? t('tracing.answer.policeReference', { reference: r.policeReference })
                          : null,
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </Text>
                  ))}
            </Fact>
            {answer.recoveries.length > 0 ? (
              <Fact label={t('tracing.answer.recoveries')}>
                {answer.recoveries.map((r) => (
                  <Text key={r.entryId} span display="block" data-testid="trace-recovery">
                    {[
                      r.recoveredAt ? format.date(r.recoveredAt) : format.dateTime(r.recordedAt),
                      r.place,
                      r.recoveredBy,
                      r.custody
                        ? t(`tracing.answer.custody.${r.custody}`, { defaultValue: r.custody })
                        : null,
                      r.facility,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </Text>
                ))}
              </Fact>
            ) : null}
          </SimpleGrid>
          <Title order={3} size="h4">
            {t('tracing.answer.timeline')}
          </Title>
          <DataTable label={t('tracing.answer.timelineLabel')} minWidth={760}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('tracing.answer.date')}</Table.Th>
                <Table.Th>{t('tracing.answer.entry')}</Table.Th>
                <Table.Th>{t('tracing.answer.organisation')}</Table.Th>
                <Table.Th>{t('tracing.answer.details')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {answer.timeline.map((item) => (
                <Table.Tr key={item.entryId} data-testid={`timeline-${item.kind}`}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.dateTime(item.at)}</Table.Td>
                  <Table.Td>{kind(item.kind)}</Table.Td>
                  <Table.Td>{item.organisation}</Table.Td>
                  <Table.Td>
                    {Object.entries(item.details).map(([key, value]) => (
                      <Text key={key} size="sm">
                        {t(`tracing.answer.detailKeys.${key}`, { defaultValue: key })}: {detail(key, value)}
                      </Text>
                    ))}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </DataTable>
        </Stack>
      ) : null}
    </Paper>
  );
}
