import { Button, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingBlock } from '../../components/loading-block';
import { PageHeader } from '../../components/page-header';
import { isApiError } from '../../api-client';
import { assessmentKeys, useAssessmentApi, useAssessmentMutation } from './assessment-client';

type Kind = 'voluntary' | 'self' | 'inspection';

/** Plan: kind, facility, checklist version, date and assessors. */
export function PlanAssessmentPage() {
  const { t, i18n } = useTranslation();
  const api = useAssessmentApi();
  const navigate = useNavigate();
  const options = useQuery({ queryKey: assessmentKeys.planOptions, queryFn: api.planOptions });
  const plan = useAssessmentMutation(api.plan);
  const [kind, setKind] = useState<Kind | null>(null);
  const [facilityId, setFacilityId] = useState<string | null>(null);
  const [templateVersionId, setTemplateVersionId] = useState<string | null>(null);
  const [plannedOn, setPlannedOn] = useState('');
  const [assessors, setAssessors] = useState('');
  const language = i18n.language === 'en' ? 'en' : 'es';

  const kinds = [...new Set((options.data?.facilities ?? []).flatMap((f) => f.kinds))];
  const chosenKind = kind ?? kinds[0] ?? null;
  const facilities = (options.data?.facilities ?? []).filter(
    (f) => chosenKind && f.kinds.includes(chosenKind),
  );
  const fieldError = (path: string) =>
    isApiError(plan.error) ? plan.error.fields.find((f) => f.path === path)?.message : undefined;

  return (
    <>
      <PageHeader title={t('assessments.planForm.title')} />
      <ErrorAlert error={options.error} onRetry={() => void options.refetch()} />
      {options.isPending ? <LoadingBlock /> : null}
      {options.data && options.data.facilities.length === 0 ? (
        <Text c="dimmed">{t('assessments.planForm.nothing')}</Text>
      ) : null}
      {options.data && options.data.facilities.length > 0 ? (
        <Paper withBorder p="lg" radius="md" maw={640}>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              if (!chosenKind || !facilityId || !templateVersionId) return;
              plan.mutate(
                {
                  kind: chosenKind,
                  facilityId,
                  templateVersionId,
                  plannedOn,
                  assessors: assessors
                    .split(',')
                    .map((name) => name.trim())
                    .filter((name) => name !== ''),
                },
                { onSuccess: (created) => void navigate(`/assessments/${created.id}/conduct`) },
              );
            }}
          >
            <Stack>
              <ErrorAlert error={plan.error} />
              <Select
                label={t('assessments.planForm.kind')}
                data={kinds.map((k) => ({ value: k, label: t(`assessments.kind.${k}`) }))}
                value={chosenKind}
                onChange={(value) => {
                  setKind(value as Kind | null);
                  setFacilityId(null);
                }}
                allowDeselect={false}
                required
              />
              <Select
                label={t('assessments.planForm.facility')}
                data={facilities.map((f) => ({
                  value: f.id,
                  label: `${f.organisationName} — ${f.name} (${f.code})`,
                }))}
                value={facilityId}
                onChange={setFacilityId}
                searchable
                required
                error={fieldError('facilityId')}
              />
              <Select
                label={t('assessments.planForm.checklist')}
                data={options.data.templates.map((v) => ({
                  value: v.id,
                  label: `${v.title[language]} (${t('assessments.planForm.version', { version: v.version })})`,
                }))}
                value={templateVersionId}
                onChange={setTemplateVersionId}
                required
                error={fieldError('templateVersionId')}
              />
              <TextInput
                type="date"
                label={t('assessments.planForm.date')}
                value={plannedOn}
                onChange={(event) => setPlannedOn(event.currentTarget.value)}
                required
                error={fieldError('plannedOn')}
              />
              <TextInput
                label={t('assessments.planForm.assessors')}
                description={t('assessments.planForm.assessorsHint')}
                value={assessors}
                onChange={(event) => setAssessors(event.currentTarget.value)}
                required
                error={fieldError('assessors')}
              />
              <Button type="submit" loading={plan.isPending} disabled={!facilityId || !templateVersionId}>
                {t('assessments.planForm.submit')}
              </Button>
            </Stack>
          </form>
        </Paper>
      ) : null}
    </>
  );
}
