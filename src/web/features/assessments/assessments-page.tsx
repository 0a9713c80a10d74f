import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { canEditTemplates } from '../../../core/assessment/assessment-access';
import { DataTable } from '../../components/data-table';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingBlock } from '../../components/loading-block';
import { PageHeader } from '../../components/page-header';
import { useFormatters } from '../../i18n/format';
import { actorOf } from '../auth/actor-of';
import { useCurrentUser } from '../auth/session-provider';
import { useAssessments } from './assessment-client';
import { LevelBadge, StatusBadge } from './assessment-badges';

/** Every assessment the person may read, newest first, with links to plan, checklists and the programme view. */
export function AssessmentsPage() {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const actor = actorOf(useCurrentUser());
  const assessments = useAssessments();
  const language = i18n.language === 'en' ? 'en' : 'es';
  return (
    <>
      <PageHeader
        title={t('assessments.title')}
        description={t('assessments.intro')}
        actions={
          <Group gap="sm">
            <Button component={Link} to="/assessments/new">
              {t('assessments.plan')}
            </Button>
            {canEditTemplates(actor) ? (
              <Button component={Link} to="/assessments/templates" variant="default">
                {t('assessments.templates')}
              </Button>
            ) : null}
            <Button component={Link} to="/assessments/programme" variant="default">
              {t('assessments.programme')}
            </Button>
          </Group>
        }
      />
      <ErrorAlert error={assessments.error} onRetry={() => void assessments.refetch()} />
      {assessments.isPending ? <LoadingBlock /> : null}
      {assessments.data?.length === 0 ? <Text c="dimmed">{t('assessments.empty')}</Text> : null}
      {assessments.data && assessments.data.length > 0 ? (
        <DataTable label={t('assessments.title')} minWidth={900}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('assessments.columns.date')}</Table.Th>
              <Table.Th>{t('assessments.columns.company')}</Table.Th>
              <Table.Th>{t('assessments.columns.facility')}</Table.Th>
              <Table.Th>{t('assessments.columns.kind')}</Table.Th>
              <Table.Th>{t('assessments.columns.checklist')}</Table.Th>
              <Table.Th>{t('assessments.columns.status')}</Table.Th>
              <Table.Th>{t('assessments.columns.level')}</Table.Th>
              <Table.Th>{t('assessments.columns.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {assessments.data.map((a) => (
              <Table.Tr key={a.id} data-assessment-id={a.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Link to={`/assessments/${a.id}`}>{format.date(`${a.plannedOn}T12:00:00Z`)}</Link>
                </Table.Td>
                <Table.Td>{a.organisationName}</Table.Td>
                <Table.Td>{a.facilityName}</Table.Td>
                <Table.Td>{t(`assessments.kind.${a.kind}`)}</Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {a.templateTitle[language]} · v{a.templateVersion}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <StatusBadge status={a.status} />
                </Table.Td>
                <Table.Td>{a.achievedLevel === null ? '—' : <LevelBadge level={a.achievedLevel} />}</Table.Td>
                <Table.Td>
                  {a.overdueActions > 0 ? (
                    <Badge color="red" variant="light">
                      {t('assessments.overdueCount', { count: a.overdueActions })}
                    </Badge>
                  ) : (
                    '—'
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </DataTable>
      ) : null}
    </>
  );
}
