import { Alert, Anchor, Button, Group, Paper, SimpleGrid, Stack, Switch, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { AssessmentDetail } from '../../../contracts/assessment';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingBlock } from '../../components/loading-block';
import { PageHeader } from '../../components/page-header';
import { useFormatters } from '../../i18n/format';
import { LevelBadge, StatusBadge } from './assessment-badges';
import { reportUrl, useAssessment, useAssessmentApi, useAssessmentMutation } from './assessment-client';
import { CorrectiveActions } from './corrective-actions';
import { ComparisonPanel } from './comparison-panel';
import { FindingsPanel } from './findings-panel';
import { ScorePanel } from './score-panel';

/** The result: level, scores, findings, recommendations, the action plan, comparison, reports, consent. */
export function AssessmentPage() {
  const { id = '' } = useParams();
  const assessment = useAssessment(id);
  if (assessment.error)
    return <ErrorAlert error={assessment.error} onRetry={() => void assessment.refetch()} />;
  if (!assessment.data) return <LoadingBlock />;
  return <AssessmentResult assessment={assessment.data} />;
}

function AssessmentResult({ assessment }: { readonly assessment: AssessmentDetail }) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const language = i18n.language === 'en' ? 'en' : 'es';
  const isSubmitted = assessment.status === 'submitted';
  return (
    <>
      <PageHeader
        title={`${assessment.organisationName} — ${assessment.facilityName}`}
        description={`${t(`assessments.kind.${assessment.kind}`)} · ${assessment.templateTitle[language]} · v${assessment.templateVersion} · ${format.date(`${assessment.plannedOn}T12:00:00Z`)}`}
        actions={
          <Group gap="sm">
            <Button component="a" href={reportUrl(assessment.id, 'es')} download variant="default">
              {t('assessments.result.reportEs')}
            </Button>
            <Button component="a" href={reportUrl(assessment.id, 'en')} download variant="default">
              {t('assessments.result.reportEn')}
            </Button>
          </Group>
        }
      />
      <Anchor component={Link} to="/assessments" size="sm" mb="md" display="inline-block">
        ← {t('assessments.back')}
      </Anchor>
      <SimpleGrid cols={{ base: 1, md: 3 }} mb="lg">
        <Paper withBorder p="md" radius="md">
          <Text size="sm" c="dimmed">
            {t('assessments.result.levelAchieved')}
          </Text>
          {isSubmitted && assessment.achievedLevel !== null ? (
            <Stack gap={4} mt={6} data-achieved-level={assessment.achievedLevel}>
              <LevelBadge level={assessment.achievedLevel} size="xl" />
              {assessment.achievedLevel === 0 ? (
                <Text size="sm">{t('assessments.result.levelZeroLong')}</Text>
              ) : null}
            </Stack>
          ) : (
            <Text mt={6}>{t('assessments.result.notSubmitted')}</Text>
          )}
        </Paper>
        <Paper withBorder p="md" radius="md">
          <Stack gap={4}>
            <StatusBadge status={assessment.status} />
            <Text size="sm">
              {t('assessments.result.assessors')}: {assessment.assessors.join(', ')}
            </Text>
            <Text size="sm">
              {t('assessments.result.conductedBy')}: {assessment.conductedByName}
            </Text>
          </Stack>
        </Paper>
        <SharingPanel assessment={assessment} />
      </SimpleGrid>
      {!isSubmitted ? (
        <Alert color="blue" mb="lg" title={t('assessments.result.notSubmitted')}>
          {assessment.permissions.conduct ? (
            <Button component={Link} to={`/assessments/${assessment.id}/conduct`}>
              {t('assessments.result.continue')}
            </Button>
          ) : null}
        </Alert>
      ) : (
        <Stack gap="xl">
          <ScorePanel assessment={assessment} />
          <FindingsPanel assessment={assessment} />
          <CorrectiveActions assessment={assessment} />
          <ComparisonPanel assessmentId={assessment.id} />
        </Stack>
      )}
    </>
  );
}

function SharingPanel({ assessment }: { readonly assessment: AssessmentDetail }) {
  const { t } = useTranslation();
  const api = useAssessmentApi();
  const share = useAssessmentMutation(
    (body: { isSharedWithRegulator?: boolean; isSharedWithProgramme?: boolean }) =>
      api.share(assessment.id, body),
  );
  if (assessment.kind === 'inspection') return <span />;
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={2} size="h5" mb="xs">
        {t('assessments.result.sharing')}
      </Title>
      <Stack gap="xs">
        <Switch
          label={t('assessments.result.shareRegulator')}
          checked={assessment.isSharedWithRegulator}
          disabled={!assessment.permissions.share || share.isPending}
          onChange={(event) => share.mutate({ isSharedWithRegulator: event.currentTarget.checked })}
        />
        {assessment.kind === 'voluntary' ? (
          <Switch
            label={t('assessments.result.shareProgramme')}
            checked={assessment.isSharedWithProgramme}
            disabled={!assessment.permissions.share || share.isPending}
            onChange={(event) => share.mutate({ isSharedWithProgramme: event.currentTarget.checked })}
          />
        ) : null}
        <Text size="xs" c="dimmed">
          {t('assessments.result.sharingHint')}
        </Text>
        <ErrorAlert error={share.error} />
      </Stack>
    </Paper>
  );
}
