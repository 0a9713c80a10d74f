import { Badge, Group, Paper, Progress, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AssessmentDetail } from '../../../contracts/assessment';
import { DataTable } from '../../components/data-table';

export function percent(score: number | null, na: string): string {
  return score === null ? na : `${Math.round(score * 1000) / 10} %`;
}

/** Score per level (with the critical items that failed) and a bar per section. */
export function ScorePanel({ assessment }: { readonly assessment: AssessmentDetail }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'es';
  const result = assessment.result;
  if (!result) return null;
  const na = t('assessments.result.notApplicable');
  const threshold = result.levels['1'].threshold;
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('assessments.result.scores')}
        </Title>
        <DataTable label={t('assessments.result.scores')} minWidth={420}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('assessments.columns.level')}</Table.Th>
              <Table.Th>{t('assessments.result.score')}</Table.Th>
              <Table.Th>{t('assessments.result.threshold')}</Table.Th>
              <Table.Th>{t('assessments.result.achieved')}</Table.Th>
              <Table.Th>{t('assessments.result.criticalFailed')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(['1', '2', '3'] as const).map((level) => {
              const row = result.levels[level];
              return (
                <Table.Tr key={level}>
                  <Table.Td>{level}</Table.Td>
                  <Table.Td>{percent(row.score, na)}</Table.Td>
                  <Table.Td>{percent(row.threshold, na)}</Table.Td>
                  <Table.Td>
                    <Badge color={row.achieved ? 'teal' : 'red'} variant="light">
                      {row.achieved ? t('common.yes') : t('common.no')}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{row.criticalFailed.join(', ') || '—'}</Text>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </DataTable>
      </Stack>
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('assessments.result.sections')}
        </Title>
        <Paper withBorder p="md" radius="md">
          <Stack gap="sm">
            {result.sections.map((section) => (
              <div key={section.sectionId}>
                <Group justify="space-between" gap="xs">
                  <Text size="sm">{section.title[language]}</Text>
                  <Text size="sm" fw={600}>
                    {percent(section.score, na)}
                  </Text>
                </Group>
                <Progress
                  value={(section.score ?? 0) * 100}
                  color={
                    section.score === null
                      ? 'gray'
                      : section.score >= threshold
                        ? 'teal'
                        : section.score >= threshold / 2
                          ? 'orange'
                          : 'red'
                  }
                  aria-label={`${section.title[language]}: ${percent(section.score, na)}`}
                />
              </div>
            ))}
          </Stack>
        </Paper>
      </Stack>
    </SimpleGrid>
  );
}
