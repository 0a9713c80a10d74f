import { Button, Group, Paper, Select, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentDetail } from '../../../contracts/assessment';
import { DataTable } from '../../components/data-table';
import { ErrorAlert } from '../../components/error-alert';
import { SeverityBadge } from './assessment-badges';
import { useAssessmentApi, useAssessmentMutation } from './assessment-client';

/** Findings (from the answers, most severe first) and the assessors' recommendations. */
export function FindingsPanel({ assessment }: { readonly assessment: AssessmentDetail }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'es';
  return (
    <Stack gap="md">
      <Title order={2} size="h4">
        {t('assessments.result.findings')}
      </Title>
      {assessment.findings.length === 0 ? (
        <Text c="dimmed">{t('assessments.result.noFindings')}</Text>
      ) : (
        <DataTable label={t('assessments.result.findings')} minWidth={640}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('assessments.result.severityHeading')}</Table.Th>
              <Table.Th>{t('assessments.result.clause')}</Table.Th>
              <Table.Th>{t('assessments.result.item')}</Table.Th>
              <Table.Th>{t('assessments.result.answerHeading')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {assessment.findings.map((finding) => (
              <Table.Tr key={finding.id} data-finding-item={finding.itemId} data-severity={finding.severity}>
                <Table.Td>
                  <SeverityBadge severity={finding.severity} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{finding.clause}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{finding.question[language]}</Text>
                  <Text size="xs" c="dimmed">
                    {finding.itemId}
                  </Text>
                </Table.Td>
                <Table.Td>{t(`assessments.result.answer.${finding.answer}`)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </DataTable>
      )}
      <Title order={2} size="h4">
        {t('assessments.result.recommendations')}
      </Title>
      {assessment.recommendations.length === 0 ? (
        <Text c="dimmed">{t('assessments.result.noRecommendations')}</Text>
      ) : (
        <Stack gap="xs">
          {assessment.recommendations.map((r) => (
            <Paper key={r.id} withBorder p="sm" radius="md">
              <Text size="xs" c="dimmed">
                {r.clause}
              </Text>
              <Text size="sm">{r.text}</Text>
            </Paper>
          ))}
        </Stack>
      )}
      {assessment.permissions.verifyActions ? <AddRecommendation assessment={assessment} /> : null}
    </Stack>
  );
}

function AddRecommendation({ assessment }: { readonly assessment: AssessmentDetail }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'es';
  const api = useAssessmentApi();
  const add = useAssessmentMutation((body: { findingId: string | null; clause: string; text: string }) =>
    api.addRecommendation(assessment.id, body),
  );
  const [findingId, setFindingId] = useState<string | null>(null);
  const [clause, setClause] = useState('');
  const [text, setText] = useState('');
  return (
    <Paper withBorder p="md" radius="md">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          add.mutate(
            { findingId, clause, text },
            {
              onSuccess: () => {
                setText('');
                setClause('');
                setFindingId(null);
              },
            },
          );
        }}
      >
        <Stack gap="sm">
          <ErrorAlert error={add.error} />
          <Select
            label={t('assessments.result.finding')}
            data={assessment.findings.map((f) => ({
              value: f.id,
              label: `${f.itemId} — ${f.question[language]}`,
            }))}
            value={findingId}
            onChange={(value) => {
              setFindingId(value);
              const finding = assessment.findings.find((f) => f.id === value);
              if (finding && clause === '') setClause(finding.clause);
            }}
            clearable
            placeholder={t('assessments.result.noFinding')}
          />
          <TextInput
            label={t('assessments.result.clause')}
            value={clause}
            onChange={(e) => setClause(e.currentTarget.value)}
            required
          />
          <Textarea
            label={t('assessments.result.recommendationText')}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            required
            autosize
            minRows={2}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={add.isPending}>
              {t('assessments.result.addRecommendation')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
