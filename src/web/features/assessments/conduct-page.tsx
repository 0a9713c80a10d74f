import { Alert, Button, Group, Loader, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import type {
  AssessmentDetail,
  AssessmentPhotoWire,
  TemplateVersionDetail,
} from '../../../contracts/assessment';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingBlock } from '../../components/loading-block';
import { PageHeader } from '../../components/page-header';
import { assessmentKeys, useAssessment, useAssessmentApi, useTemplateVersion } from './assessment-client';
import { ConductItem } from './conduct-item';
import { useAutosave, type AutosaveState } from './use-autosave';

/** Conduct on a tablet: one section at a time, answers saved as given, resumable where it was left. */
export function ConductPage() {
  const { id = '' } = useParams();
  const assessment = useAssessment(id);
  const version = useTemplateVersion(assessment.data?.templateVersionId);
  if (assessment.error || version.error)
    return <ErrorAlert error={assessment.error ?? version.error} onRetry={() => void assessment.refetch()} />;
  if (!assessment.data || !assessment.isFetchedAfterMount || !version.data) return <LoadingBlock />;
  return <Conduct assessment={assessment.data} template={version.data} />;
}

function AutosaveIndicator({ state }: { readonly state: AutosaveState }) {
  const { t } = useTranslation();
  if (state === 'idle') return null;
  const text =
    state === 'saving'
      ? t('assessments.conduct.saving')
      : state === 'saved'
        ? t('assessments.conduct.saved')
        : t('assessments.conduct.saveFailed');
  return (
    <Group gap={6} role="status" aria-live="polite" data-autosave={state}>
      {state === 'saving' ? <Loader size="xs" /> : null}
      <Text size="sm" c={state === 'error' ? 'red' : 'dimmed'}>
        {text}
      </Text>
    </Group>
  );
}

function Conduct({
  assessment,
  template,
}: {
  assessment: AssessmentDetail;
  template: TemplateVersionDetail;
}) {
  const { t, i18n } = useTranslation();
  const api = useAssessmentApi();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const language = i18n.language === 'en' ? 'en' : 'es';
  const sections = template.content.sections;
  const [answers, setAnswers] = useState<Record<string, string | number>>(assessment.answers);
  const [photos, setPhotos] = useState<AssessmentPhotoWire[]>(assessment.photos);
  const [uploading, setUploading] = useState<string | null>(null);
  const [uploadError, setUploadError] = useState<unknown>(null);
  const [isConfirming, setConfirming] = useState(false);
  const [submitError, setSubmitError] = useState<unknown>(null);
  const [isSubmitting, setSubmitting] = useState(false);
  const autosave = useAutosave((body) => api.saveAnswers(assessment.id, body));

  // Resume at the first section with an unanswered question, unless the address names one.
  // Decided once on arrival, so answering the last question of a section does not move the screen.
  const [resumeAt] = useState(() =>
    Math.max(
      0,
      sections.findIndex((s) => s.items.some((item) => assessment.answers[item.id] === undefined)),
    ),
  );
  const requested = Number(params.get('section'));
  const index =
    Number.isInteger(requested) && requested >= 1 && requested <= sections.length ? requested - 1 : resumeAt;
  const section = sections[index]!;
  const total = sections.reduce((n, s) => n + s.items.length, 0);
  const answered = Object.keys(answers).length;

  useEffect(() => {
    window.scrollTo({ top: 0 });
  }, [index]);

  if (assessment.status === 'submitted') {
    return (
      <Alert color="blue" title={t('assessments.conduct.readOnly')}>
        <Button component={Link} to={`/assessments/${assessment.id}`} variant="light">
          {t('assessments.open')}
        </Button>
      </Alert>
    );
  }

  const goTo = (next: number) => {
    void autosave.flush();
    setParams({ section: String(next + 1) });
  };

  return (
    <>
      <PageHeader
        title={t('assessments.conduct.title')}
        description={`${assessment.organisationName} — ${assessment.facilityName} · ${template.title[language]}`}
        actions={<AutosaveIndicator state={autosave.state} />}
      />
      <Paper withBorder p="sm" radius="md" mb="md">
        <Group justify="space-between" mb={6}>
          <Text fw={600}>
            {t('assessments.conduct.section', { current: index + 1, total: sections.length })}
          </Text>
          <Text size="sm" c="dimmed">
            {t('assessments.conduct.progress', { answered, total })}
          </Text>
        </Group>
        <Progress value={(answered / Math.max(total, 1)) * 100} aria-hidden />
      </Paper>
      <Title order={2} size="h3" mb="sm">
        {section.title[language]}
      </Title>
      <ErrorAlert error={uploadError} />
      <Stack gap="md">
        {section.items.map((item) => (
          <ConductItem
            key={item.id}
            assessmentId={assessment.id}
            item={item}
            answer={answers[item.id]}
            note={assessment.notes[item.id] ?? ''}
            photos={photos.filter((p) => p.itemId === item.id)}
            isUploading={uploading === item.id}
            onAnswer={(value) => {
              setAnswers((current) => {
                const next = { ...current };
                if (value === null) delete next[item.id];
                else next[item.id] = value;
                return next;
              });
              autosave.setAnswer(item.id, value);
            }}
            onNote={(note) => autosave.setNote(item.id, note)}
            onPhoto={(file) => {
              setUploading(item.id);
              setUploadError(null);
              api
                .uploadPhoto(assessment.id, item.id, file)
                .then((photo) => setPhotos((current) => [...current, photo]))
                .catch(setUploadError)
                .finally(() => setUploading(null));
            }}
          />
        ))}
      </Stack>
      <Group justify="space-between" mt="xl" mb="xl">
        <Button size="lg" variant="default" disabled={index === 0} onClick={() => goTo(index - 1)}>
          {t('assessments.conduct.previous')}
        </Button>
        {index < sections.length - 1 ? (
          <Button size="lg" onClick={() => goTo(index + 1)}>
            {t('assessments.conduct.next')}
          </Button>
        ) : (
          <Button size="lg" color="teal" onClick={() => setConfirming(true)}>
            {t('assessments.conduct.submit')}
          </Button>
        )}
      </Group>
      <ConfirmDialog
        opened={isConfirming}
        title={t('assessments.conduct.submit')}
        message={t('assessments.conduct.submitConfirm')}
        confirmLabel={t('assessments.conduct.submit')}
        isPending={isSubmitting}
        error={submitError}
        onClose={() => setConfirming(false)}
        onConfirm={() => {
          setSubmitting(true);
          setSubmitError(null);
          void (async () => {
            try {
              await autosave.flush();
              await api.submit(assessment.id);
              await queryClient.invalidateQueries({ queryKey: assessmentKeys.all });
              void navigate(`/assessments/${assessment.id}`);
            } catch (error) {
              setSubmitError(error);
            } finally {
              setSubmitting(false);
            }
          })();
        }}
      />
    </>
  );
}
