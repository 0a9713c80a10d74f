import { Badge, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../components/data-table';
import { ErrorAlert } from '../../components/error-alert';
import { assessmentKeys, useAssessmentApi } from './assessment-client';
import { percent } from './score-panel';

/** The re-assessment against the previous one: scores per level and section, findings closed/open/new. */
export function ComparisonPanel({ assessmentId }: { readonly assessmentId: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'es';
  const api = useAssessmentApi();
  const query = useQuery({
    queryKey: assessmentKeys.comparison(assessmentId),
    queryFn: () => api.comparison(assessmentId),
  });
  const na = t('assessments.result.notApplicable');
  const change = (value: number | null) =>
    value === null ? '—' : `${value > 0 ? '+' : ''}${Math.round(value * 1000) / 10}`;
  return (
    <Stack gap="md" data-comparison>
      <Title order={2} size="h4">
        {t('assessments.result.comparison')}
      </Title>
      <ErrorAlert error={query.error} />
      {query.data && !query.data.comparison ? (
        <Text c="dimmed">{t('assessments.result.noPrevious')}</Text>
      ) : null}
      {query.data?.previous && query.data.comparison ? (
        <>
          <Text>
            <Link to={`/assessments/${query.data.previous.id}`}>
              {t('assessments.result.previousOf', {
                date: query.data.previous.plannedOn,
                previous: query.data.comparison.achievedLevel.previous,
                current: query.data.comparison.achievedLevel.current,
              })}
            </Link>
          </Text>
          <DataTable label={t('assessments.result.comparison')} minWidth={520}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th />
                <Table.Th>{t('assessments.result.previous')}</Table.Th>
                <Table.Th>{t('assessments.result.current')}</Table.Th>
                <Table.Th>{t('assessments.result.change')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(['1', '2', '3'] as const).map((level) => {
                const row = query.data.comparison!.levels[level];
                return (
                  <Table.Tr key={level}>
                    <Table.Td>{t('assessments.level', { level })}</Table.Td>
                    <Table.Td>{percent(row.previous, na)}</Table.Td>
                    <Table.Td>{percent(row.current, na)}</Table.Td>
                    <Table.Td>{change(row.change)}</Table.Td>
                  </Table.Tr>
                );
              })}
              {query.data.comparison.sections.map((row) => (
                <Table.Tr key={row.sectionId}>
                  <Table.Td>{row.title[language]}</Table.Td>
                  <Table.Td>{percent(row.previous, na)}</Table.Td>
                  <Table.Td>{percent(row.current, na)}</Table.Td>
                  <Table.Td>{change(row.change)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </DataTable>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            {(
              [
                ['closed', 'teal', query.data.comparison.findings.closed],
                ['stillOpen', 'orange', query.data.comparison.findings.stillOpen],
                ['opened', 'red', query.data.comparison.findings.opened],
              ] as const
            ).map(([key, colour, findings]) => (
              <Paper key={key} withBorder p="sm" radius="md" data-findings={key}>
                <Group justify="space-between" mb="xs">
                  <Text fw={600}>{t(`assessments.result.${key}`)}</Text>
                  <Badge color={colour}>{findings.length}</Badge>
                </Group>
                {findings.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t('assessments.result.none')}
                  </Text>
                ) : (
                  <Stack gap={4}>
                    {findings.map((f) => (
                      <Text key={f.itemId} size="sm">
                        <b>{f.itemId}</b> — {f.question[language]}
                      </Text>
                    ))}
                  </Stack>
                )}
              </Paper>
            ))}
          </SimpleGrid>
        </>
      ) : null}
    </Stack>
  );
}
