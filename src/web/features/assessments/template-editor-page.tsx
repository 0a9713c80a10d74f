import {
  Alert,
  Button,
  Group,
  NumberInput,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { TemplateContentWire, TemplateVersionDetail } from '../../../contracts/assessment';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingBlock } from '../../components/loading-block';
import { PageHeader } from '../../components/page-header';
import { isApiError } from '../../api-client';
import {
  assessmentKeys,
  useAssessmentApi,
  useAssessmentMutation,
  useTemplateVersion,
} from './assessment-client';
import { EditorItem, moveIn, newItem, type Content } from './template-editor-item';
import { TemplatePreview } from './template-preview';

/** Edit a draft version: texts, thresholds, sections and items (reorder up/down), preview, publish. */
export function TemplateEditorPage() {
  const { id = '' } = useParams();
  const version = useTemplateVersion(id);
  if (version.error) return <ErrorAlert error={version.error} />;
  if (!version.data) return <LoadingBlock />;
  return <TemplateEditor key={`${version.data.id}-${version.data.status}`} version={version.data} />;
}

function TemplateEditor({ version }: { readonly version: TemplateVersionDetail }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'es';
  const api = useAssessmentApi();
  const queryClient = useQueryClient();
  const [content, setContent] = useState<Content>(() => structuredClone(version.content) as Content);
  const [mode, setMode] = useState<'edit' | 'preview'>(version.status === 'draft' ? 'edit' : 'preview');
  const [isConfirming, setConfirming] = useState(false);
  const refresh = (saved: TemplateVersionDetail) =>
    queryClient.setQueryData(assessmentKeys.version(saved.id), saved);
  const save = useAssessmentMutation((next: TemplateContentWire) => api.saveDraft(version.id, next));
  const publish = useAssessmentMutation(async () => {
    await api.saveDraft(version.id, content);
    return api.publish(version.id);
  });
  const isDraft = version.status === 'draft';
  const problems = [save.error, publish.error].flatMap((e) => (isApiError(e) ? e.fields : []));
  const errorAt = (path: string) => problems.find((p) => p.path === `content.${path}`)?.message;
  const update = (change: (draft: Content) => void) =>
    setContent((current) => {
      const next = structuredClone(current);
      change(next);
      return next;
    });

  return (
    <>
      <PageHeader
        title={`${version.title[language]} — ${t('assessments.editor.version', { version: version.version })}`}
        description={version.key}
        actions={
          <Group gap="sm">
            <SegmentedControl
              value={mode}
              onChange={(value) => setMode(value as 'edit' | 'preview')}
              data={[
                { value: 'edit', label: t('assessments.editor.edit_mode'), disabled: !isDraft },
                { value: 'preview', label: t('assessments.editor.preview') },
              ]}
            />
            {isDraft ? (
              <>
                <Button
                  variant="default"
                  loading={save.isPending}
                  onClick={() => save.mutate(content, { onSuccess: refresh })}
                >
                  {t('assessments.editor.save')}
                </Button>
                <Button color="teal" onClick={() => setConfirming(true)}>
                  {t('assessments.editor.publish')}
                </Button>
              </>
            ) : null}
          </Group>
        }
      />
      {!isDraft ? <Alert mb="md">{t('assessments.editor.readOnly')}</Alert> : null}
      {save.isSuccess && !save.isPending ? (
        <Alert color="teal" mb="md" role="status">
          {t('assessments.editor.saved')}
        </Alert>
      ) : null}
      <ErrorAlert error={save.error} />
      {problems.length > 0 ? (
        <Alert color="red" mb="md" title={t('assessments.editor.problems')}>
          <Stack gap={2}>
            {problems.map((p) => (
              <Text key={p.path} size="sm">
                {p.path.replace(/^content\./, '')}: {p.message}
              </Text>
            ))}
          </Stack>
        </Alert>
      ) : null}
      {mode === 'preview' ? (
        <TemplatePreview content={content} />
      ) : (
        <Stack gap="lg">
          <Paper withBorder p="md" radius="md">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t('assessments.editor.titleEs')}
                value={content.title.es}
                error={errorAt('title.es')}
                onChange={(e) => {
                  const value = e.currentTarget.value;
                  update((d) => void (d.title.es = value));
                }}
              />
              <TextInput
                label={t('assessments.editor.titleEn')}
                value={content.title.en}
                error={errorAt('title.en')}
                onChange={(e) => {
                  const value = e.currentTarget.value;
                  update((d) => void (d.title.en = value));
                }}
              />
            </SimpleGrid>
            <Text fw={500} mt="md" mb={4}>
              {t('assessments.editor.thresholds')}
            </Text>
            <Group>
              {(['1', '2', '3'] as const).map((level) => (
                <NumberInput
                  key={level}
                  label={t('assessments.editor.threshold', { level })}
                  value={content.thresholds[level]}
                  min={0}
                  max={1}
                  step={0.05}
                  decimalScale={2}
                  w={120}
                  error={errorAt(`thresholds.${level}`)}
                  onChange={(value) => update((d) => void (d.thresholds[level] = Number(value)))}
                />
              ))}
            </Group>
          </Paper>
          {content.sections.map((section, sectionIndex) => (
            <Paper key={sectionIndex} withBorder p="md" radius="md">
              <Group justify="space-between" mb="sm">
                <Title order={2} size="h4">
                  {t('assessments.editor.section')} {sectionIndex + 1}
                </Title>
                <Group gap="xs">
                  <Button
                    size="xs"
                    variant="default"
                    disabled={sectionIndex === 0}
                    onClick={() => update((d) => moveIn(d.sections, sectionIndex, -1))}
                  >
                    {t('assessments.editor.moveUp')}
                  </Button>
                  <Button
                    size="xs"
                    variant="default"
                    disabled={sectionIndex === content.sections.length - 1}
                    onClick={() => update((d) => moveIn(d.sections, sectionIndex, 1))}
                  >
                    {t('assessments.editor.moveDown')}
                  </Button>
                  <Button
                    size="xs"
                    color="red"
                    variant="light"
                    onClick={() => update((d) => void d.sections.splice(sectionIndex, 1))}
                  >
                    {t('assessments.editor.remove')}
                  </Button>
                </Group>
              </Group>
              <SimpleGrid cols={{ base: 1, sm: 3 }} mb="md">
                <TextInput
                  label={t('assessments.editor.sectionId')}
                  value={section.id}
                  error={errorAt(`sections[${sectionIndex}].id`)}
                  onChange={(e) => {
                    const value = e.currentTarget.value;
                    update((d) => void (d.sections[sectionIndex]!.id = value));
                  }}
                />
                <TextInput
                  label={t('assessments.editor.titleEs')}
                  value={section.title.es}
                  error={errorAt(`sections[${sectionIndex}].title.es`)}
                  onChange={(e) => {
                    const value = e.currentTarget.value;
                    update((d) => void (d.sections[sectionIndex]!.title.es = value));
                  }}
                />
                <TextInput
                  label={t('assessments.editor.titleEn')}
                  value={section.title.en}
                  error={errorAt(`sections[${sectionIndex}].title.en`)}
                  onChange={(e) => {
                    const value = e.currentTarget.value;
                    update((d) => void (d.sections[sectionIndex]!.title.en = value));
                  }}
                />
              </SimpleGrid>
              <Stack gap="sm">
                {section.items.map((item, itemIndex) => (
                  <EditorItem
                    key={itemIndex}
                    item={item}
                    path={`sections[${sectionIndex}].items[${itemIndex}]`}
                    errorAt={errorAt}
                    isFirst={itemIndex === 0}
                    isLast={itemIndex === section.items.length - 1}
                    onChange={(change) => update((d) => change(d.sections[sectionIndex]!.items[itemIndex]!))}
                    onMove={(delta) =>
                      update((d) => moveIn(d.sections[sectionIndex]!.items, itemIndex, delta))
                    }
                    onRemove={() => update((d) => void d.sections[sectionIndex]!.items.splice(itemIndex, 1))}
                  />
                ))}
              </Stack>
              <Button
                mt="sm"
                variant="light"
                size="xs"
                onClick={() => update((d) => void d.sections[sectionIndex]!.items.push(newItem(d)))}
              >
                {t('assessments.editor.addItem')}
              </Button>
            </Paper>
          ))}
          <Button
            variant="light"
            onClick={() =>
              update(
                (d) =>
                  void d.sections.push({
                    id: `section-${d.sections.length + 1}`,
                    title: { es: '', en: '' },
                    items: [newItem(d)],
                  }),
              )
            }
          >
            {t('assessments.editor.addSection')}
          </Button>
        </Stack>
      )}
      <ConfirmDialog
        opened={isConfirming}
        title={t('assessments.editor.publish')}
        message={t('assessments.editor.publishConfirm')}
        confirmLabel={t('assessments.editor.publish')}
        isPending={publish.isPending}
        error={publish.error}
        onClose={() => setConfirming(false)}
        onConfirm={() =>
          publish.mutate(undefined, {
            onSuccess: (published) => {
              setConfirming(false);
              refresh(published);
            },
          })
        }
      />
    </>
  );
}
