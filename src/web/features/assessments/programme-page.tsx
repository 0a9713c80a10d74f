import { Badge, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/data-table';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingBlock } from '../../components/loading-block';
import { PageHeader } from '../../components/page-header';
import { LevelBadge } from './assessment-badges';
import { assessmentKeys, useAssessmentApi } from './assessment-client';

/** Across assessments: level distribution by country, most failed items, progress of follow-ups. */
export function ProgrammePage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'es';
  const api = useAssessmentApi();
  const query = useQuery({ queryKey: assessmentKeys.programme, queryFn: api.programme });
  const data = query.data;
  return (
    <>
      <PageHeader title={t('assessments.overview.title')} description={t('assessments.overview.intro')} />
      <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      {query.isPending ? <LoadingBlock /> : null}
      {data ? (
        <Stack gap="xl">
          <Text fw={600}>{t('assessments.overview.counted', { count: data.assessmentsCounted })}</Text>
          <SimpleGrid cols={{ base: 1, lg: 2 }}>
            <Stack gap="xs">
              <Title order={2} size="h4">
                {t('assessments.overview.levelsByCountry')}
              </Title>
              {data.levelsByCountry.length === 0 ? (
                <Text c="dimmed">{t('assessments.overview.nothing')}</Text>
              ) : (
                <DataTable label={t('assessments.overview.levelsByCountry')} minWidth={360}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('assessments.overview.country')}</Table.Th>
                      {[0, 1, 2, 3].map((level) => (
                        <Table.Th key={level}>
                          <LevelBadge level={level} />
                        </Table.Th>
                      ))}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.levelsByCountry.map((row) => (
                      <Table.Tr key={row.countryCode}>
                        <Table.Td>{row.countryCode}</Table.Td>
                        {(['0', '1', '2', '3'] as const).map((level) => (
                          <Table.Td key={level}>{row.levels[level]}</Table.Td>
                        ))}
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </DataTable>
              )}
            </Stack>
            <Stack gap="xs">
              <Title order={2} size="h4">
                {t('assessments.overview.mostFailed')}
              </Title>
              {data.mostFailedItems.length === 0 ? (
                <Text c="dimmed">{t('assessments.overview.nothing')}</Text>
              ) : (
                <DataTable label={t('assessments.overview.mostFailed')} minWidth={420}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('assessments.result.item')}</Table.Th>
                      <Table.Th>{t('assessments.overview.failures')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.mostFailedItems.map((item) => (
                      <Table.Tr key={`${item.templateKey}-${item.itemId}`}>
                        <Table.Td>
                          <Text size="sm">{item.question[language]}</Text>
                          <Text size="xs" c="dimmed">
                            {item.clause} · {item.itemId}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          {item.failures} / {item.assessed}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </DataTable>
              )}
            </Stack>
          </SimpleGrid>
          <Stack gap="xs">
            <Title order={2} size="h4">
              {t('assessments.overview.progress')}
            </Title>
            {data.progress.length === 0 ? (
              <Text c="dimmed">{t('assessments.overview.nothing')}</Text>
            ) : (
              <DataTable label={t('assessments.overview.progress')} minWidth={640}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('assessments.columns.facility')}</Table.Th>
                    <Table.Th>{t('assessments.overview.first')}</Table.Th>
                    <Table.Th>{t('assessments.overview.latest')}</Table.Th>
                    <Table.Th>{t('assessments.overview.count')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.progress.map((row) => (
                    <Table.Tr key={`${row.facilityId}-${row.templateKey}`}>
                      <Table.Td>
                        <Text size="sm">
                          {row.organisationName} — {row.facilityName}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {row.countryCode} · {row.templateKey}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <LevelBadge level={row.firstLevel} />
                      </Table.Td>
                      <Table.Td>
                        <LevelBadge level={row.latestLevel} />{' '}
                        {row.latestLevel > row.firstLevel ? (
                          <Badge color="teal" variant="light">
                            ↑
                          </Badge>
                        ) : null}
                      </Table.Td>
                      <Table.Td>{row.assessments}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </DataTable>
            )}
          </Stack>
        </Stack>
      ) : null}
    </>
  );
}
