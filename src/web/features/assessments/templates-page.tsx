import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingBlock } from '../../components/loading-block';
import { PageHeader } from '../../components/page-header';
import { assessmentKeys, useAssessmentApi, useAssessmentMutation } from './assessment-client';

/** The checklists and their versions; a new version starts as a draft copied from another. */
export function TemplatesPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'es';
  const api = useAssessmentApi();
  const navigate = useNavigate();
  const templates = useQuery({ queryKey: assessmentKeys.templates, queryFn: api.templates });
  const createDraft = useAssessmentMutation(api.createDraft);
  return (
    <>
      <PageHeader title={t('assessments.editor.title')} description={t('assessments.editor.intro')} />
      <ErrorAlert error={templates.error ?? createDraft.error} />
      {templates.isPending ? <LoadingBlock /> : null}
      <Stack gap="lg">
        {templates.data?.items.map((template) => (
          <Paper key={template.key} withBorder p="md" radius="md" data-template-key={template.key}>
            <Group justify="space-between" mb="sm">
              <Title order={2} size="h4">
                {template.title[language]}
              </Title>
              <Text size="sm" c="dimmed">
                {template.key}
              </Text>
            </Group>
            <Stack gap="xs">
              {template.versions.map((version) => (
                <Group key={version.id} justify="space-between" data-version={version.version}>
                  <Group gap="sm">
                    <Text fw={500}>{t('assessments.editor.version', { version: version.version })}</Text>
                    <Badge color={version.status === 'published' ? 'teal' : 'gray'} variant="light">
                      {t(`assessments.editor.${version.status}`)}
                    </Badge>
                    <Text size="sm" c="dimmed">
                      {t('assessments.editor.items', { count: version.itemCount })}
                    </Text>
                  </Group>
                  <Group gap="xs">
                    <Button
                      component={Link}
                      to={`/assessments/templates/${version.id}`}
                      variant="default"
                      size="xs"
                    >
                      {version.status === 'draft'
                        ? t('assessments.editor.edit')
                        : t('assessments.editor.view')}
                    </Button>
                    <Button
                      size="xs"
                      variant="light"
                      loading={createDraft.isPending && createDraft.variables === version.id}
                      onClick={() =>
                        createDraft.mutate(version.id, {
                          onSuccess: (draft) => void navigate(`/assessments/templates/${draft.id}`),
                        })
                      }
                    >
                      {t('assessments.editor.newDraft')}
                    </Button>
                  </Group>
                </Group>
              ))}
            </Stack>
          </Paper>
        ))}
      </Stack>
    </>
  );
}
