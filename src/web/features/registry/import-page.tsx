import {
  Alert,
  Anchor,
  Button,
  FileInput,
  Group,
  Paper,
  Progress,
  Select,
  SegmentedControl,
  Stack,
  Stepper,
  Text,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { NotAllowed } from '../../components/not-allowed';
import { useFormatters } from '../../i18n/format';
import { useCurrentUser } from '../auth/session-provider';
import { mayWrite } from './book-access';
import { ImportProblems } from './import-problems';
import {
  importReportUrl,
  importTemplateUrl,
  registryApi,
  type ImportJob,
  type ImportKind,
} from './registry-api';
import { invalidateRegistry, useFacilities } from './registry-queries';
import { useBookScope } from './use-book-scope';

const RUNNING: ReadonlyArray<ImportJob['status']> = ['validating', 'committing'];

/** Upload → check (progress) → preview with each row's status → commit (progress) → report. */
export function ImportPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const scope = useBookScope();
  const [jobId, setJobId] = useState<string | null>(null);
  const queryClient = useQueryClient();
  const job = useQuery({
    queryKey: ['registry', 'import', jobId],
    queryFn: () => registryApi.importJob(jobId ?? ''),
    enabled: jobId !== null,
    // Polled while the server works through the file.
    refetchInterval: (query) => (query.state.data && RUNNING.includes(query.state.data.status) ? 500 : false),
  });
  const commit = useMutation({
    mutationFn: () => registryApi.commitImport(jobId ?? ''),
    onSuccess: (data) => queryClient.setQueryData(['registry', 'import', jobId], data),
  });
  const data = job.data;
  const isCommitted = data?.status === 'committed';
  useEffect(() => {
    if (isCommitted) void invalidateRegistry(queryClient);
  }, [isCommitted, queryClient]);
  // Only a company's own managers import into its book.
  if (!mayWrite(user, scope.bookId, 'import')) return <NotAllowed />;
  const step = !data ? 0 : data.status === 'committed' || data.status === 'committing' ? 2 : 1;
  return (
    <>
      <PageHeader title={t('registry.import.title')} description={t('registry.import.description')} />
      <Stepper active={step} mb="lg" size="sm" allowNextStepsSelect={false}>
        <Stepper.Step label={t('registry.import.steps.choose')} />
        <Stepper.Step label={t('registry.import.steps.check')} />
        <Stepper.Step label={t('registry.import.steps.commit')} />
      </Stepper>
      {!data || !jobId ? (
        <ChooseFile onStarted={setJobId} />
      ) : (
        <Stack gap="md">
          <ErrorAlert error={job.error ?? commit.error} />
          <JobStatus job={data} />
          {data.status === 'ready' ? (
            <Group>
              <Button onClick={() => commit.mutate()} loading={commit.isPending}>
                {t('registry.import.commit', { count: data.rowsValid })}
              </Button>
            </Group>
          ) : null}
          {data.status === 'invalid' ? (
            <Alert color="red" variant="light" role="alert">
              {t('registry.import.cannotCommit')}
            </Alert>
          ) : null}
          {data.status !== 'validating' && data.status !== 'committed' ? <ImportProblems job={data} /> : null}
          {!RUNNING.includes(data.status) ? (
            <Group>
              <Button variant="default" onClick={() => setJobId(null)}>
                {t('registry.import.again')}
              </Button>
              {data.status === 'committed' ? (
                <Anchor
                  component={Link}
                  to={data.kind === 'firearms' ? '/registry/firearms' : '/registry/ammunition'}
                >
                  {t('registry.import.toList')}
                </Anchor>
              ) : null}
            </Group>
          ) : null}
        </Stack>
      )}
    </>
  );
}

function JobStatus({ job }: { job: ImportJob }) {
  const { t } = useTranslation();
  const formatters = useFormatters();
  if (RUNNING.includes(job.status)) {
    return (
      <Paper withBorder radius="md" p="md" role="status">
        <Text fw={600} mb="xs">
          {job.status === 'validating' ? t('registry.import.validating') : t('registry.import.committing')}
        </Text>
        <Progress value={100} animated striped aria-hidden="true" />
        <Text size="sm" mt="xs">
          {t('registry.import.rowsSoFar', { count: job.progress.rows })}
        </Text>
      </Paper>
    );
  }
  return (
    <Paper withBorder radius="md" p="md" role="status">
      <Group justify="space-between">
        <Text fw={700}>
          {job.fileName} — {t(`registry.import.statuses.${job.status}`)}
        </Text>
        {job.errorCount > 0 ? (
          <Anchor href={importReportUrl(job.id)} download>
            {t('registry.import.report')}
          </Anchor>
        ) : null}
      </Group>
      <Text size="sm">
        {t('registry.import.summary', {
          read: formatters.number(job.rowsRead),
          valid: formatters.number(job.rowsValid),
          errors: formatters.number(job.errorCount),
        })}
      </Text>
      {job.status === 'committed' ? (
        <Alert color="green" variant="light" mt="sm">
          {t('registry.import.committed', { count: job.entriesWritten })}
        </Alert>
      ) : null}
      {job.status === 'failed' ? (
        <Alert color="red" variant="light" mt="sm">
          {t('registry.import.failed')}
        </Alert>
      ) : null}
    </Paper>
  );
}

function ChooseFile({ onStarted }: { onStarted(jobId: string): void }) {
  const { t } = useTranslation();
  const scope = useBookScope();
  const facilities = useFacilities(scope.bookId).data ?? [];
  const [kind, setKind] = useState<ImportKind>('firearms');
  const [facilityCode, setFacilityCode] = useState<string | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const start = useMutation({
    mutationFn: () => registryApi.startImport(scope.bookId ?? '', kind, file as File, facilityCode),
    onSuccess: (job) => onStarted(job.id),
  });
  return (
    <Stack gap="md" maw={640}>
      <ErrorAlert error={start.error} />
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          {t('registry.import.kind')}
        </Text>
        <SegmentedControl
          value={kind}
          onChange={(value) => setKind(value as ImportKind)}
          data={(['firearms', 'ammunition'] as const).map((k) => ({
            value: k,
            label: t(`registry.import.kinds.${k}`),
          }))}
          aria-label={t('registry.import.kind')}
        />
      </Stack>
      <Paper withBorder radius="md" p="sm">
        <Title order={2} size="h5" mb={4}>
          {t('registry.import.template')}
        </Title>
        <Group gap="md">
          <Anchor href={importTemplateUrl(kind, 'csv')} download>
            {t('registry.import.templateCsv')}
          </Anchor>
          <Anchor href={importTemplateUrl(kind, 'xlsx')} download>
            {t('registry.import.templateXlsx')}
          </Anchor>
        </Group>
      </Paper>
      <Select
        label={t('registry.import.facility')}
        placeholder={t('registry.import.noFacility')}
        data={facilities.map((f) => ({ value: f.code, label: `${f.code} — ${f.name}` }))}
        value={facilityCode}
        onChange={setFacilityCode}
        clearable
      />
      <FileInput
        label={t('registry.import.file')}
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        value={file}
        onChange={setFile}
        clearable
        required
      />
      <Group>
        <Button onClick={() => start.mutate()} disabled={!file || !scope.bookId} loading={start.isPending}>
          {t('registry.import.upload')}
        </Button>
      </Group>
    </Stack>
  );
}
