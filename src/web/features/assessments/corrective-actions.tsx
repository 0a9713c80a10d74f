import {
  Badge,
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentDetail, CorrectiveActionWire } from '../../../contracts/assessment';
import { DataTable } from '../../components/data-table';
import { ErrorAlert } from '../../components/error-alert';
import { useAssessmentApi, useAssessmentMutation } from './assessment-client';

const STATUSES = ['open', 'in-progress', 'done', 'verified'] as const;

/** The corrective action plan: the company keeps it up to date; overdue actions stand out. */
export function CorrectiveActions({ assessment }: { readonly assessment: AssessmentDetail }) {
  const { t } = useTranslation();
  const mayEdit = assessment.permissions.manageActions;
  return (
    <Stack gap="md">
      <Title order={2} size="h4">
        {t('assessments.result.actions')}
      </Title>
      {assessment.correctiveActions.length === 0 ? (
        <Text c="dimmed">{t('assessments.result.noActions')}</Text>
      ) : (
        <DataTable label={t('assessments.result.actions')} minWidth={760}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('assessments.result.action')}</Table.Th>
              <Table.Th>{t('assessments.result.owner')}</Table.Th>
              <Table.Th>{t('assessments.result.dueOn')}</Table.Th>
              <Table.Th>{t('assessments.result.actionStatus')}</Table.Th>
              <Table.Th>{t('assessments.result.evidence')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {assessment.correctiveActions.map((action) => (
              <ActionRow
                key={action.id}
                assessmentId={assessment.id}
                action={action}
                mayEdit={mayEdit}
                mayVerify={assessment.permissions.verifyActions}
              />
            ))}
          </Table.Tbody>
        </DataTable>
      )}
      {mayEdit ? <AddAction assessment={assessment} /> : null}
    </Stack>
  );
}

function ActionRow(props: {
  readonly assessmentId: string;
  readonly action: CorrectiveActionWire;
  readonly mayEdit: boolean;
  readonly mayVerify: boolean;
}) {
  const { t } = useTranslation();
  const api = useAssessmentApi();
  const { action } = props;
  const update = useAssessmentMutation(
    (body: { status?: CorrectiveActionWire['status']; evidence?: string }) =>
      api.updateAction(props.assessmentId, action.id, body),
  );
  const [evidence, setEvidence] = useState(action.evidence);
  const statuses = STATUSES.filter(
    (s) => s !== 'verified' || props.mayVerify || action.status === 'verified',
  );
  return (
    <Table.Tr data-action-id={action.id} data-overdue={action.isOverdue}>
      <Table.Td>
        <Text size="sm">{action.description}</Text>
        <ErrorAlert error={update.error} />
      </Table.Td>
      <Table.Td>
        <Text size="sm">{action.owner}</Text>
      </Table.Td>
      <Table.Td>
        <Stack gap={4}>
          <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
            {action.dueOn}
          </Text>
          {action.isOverdue ? (
            <Badge color="red" variant="filled" miw="max-content">
              {t('assessments.result.overdue')}
            </Badge>
          ) : null}
        </Stack>
      </Table.Td>
      <Table.Td miw={150}>
        {props.mayEdit ? (
          <Select
            aria-label={`${t('assessments.result.actionStatus')}: ${action.description}`}
            data={statuses.map((s) => ({ value: s, label: t(`assessments.result.statuses.${s}`) }))}
            value={action.status}
            allowDeselect={false}
            disabled={update.isPending || (action.status === 'verified' && !props.mayVerify)}
            onChange={(value) => value && update.mutate({ status: value as CorrectiveActionWire['status'] })}
          />
        ) : (
          t(`assessments.result.statuses.${action.status}`)
        )}
      </Table.Td>
      <Table.Td miw={220}>
        {props.mayEdit ? (
          <Group gap="xs" wrap="nowrap">
            <TextInput
              aria-label={`${t('assessments.result.evidence')}: ${action.description}`}
              value={evidence}
              onChange={(event) => setEvidence(event.currentTarget.value)}
              style={{ flex: 1 }}
            />
            <Button
              size="xs"
              variant="light"
              disabled={evidence === action.evidence}
              loading={update.isPending}
              onClick={() => update.mutate({ evidence })}
            >
              {t('common.save')}
            </Button>
          </Group>
        ) : (
          <Text size="sm">{action.evidence || '—'}</Text>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

function AddAction({ assessment }: { readonly assessment: AssessmentDetail }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'es';
  const api = useAssessmentApi();
  const add = useAssessmentMutation(
    (body: { findingId: string | null; description: string; owner: string; dueOn: string }) =>
      api.addAction(assessment.id, body),
  );
  const [findingId, setFindingId] = useState<string | null>(null);
  const [description, setDescription] = useState('');
  const [owner, setOwner] = useState('');
  const [dueOn, setDueOn] = useState('');
  return (
    <Paper withBorder p="md" radius="md">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          add.mutate(
            { findingId, description, owner, dueOn },
            {
              onSuccess: () => {
                setDescription('');
                setOwner('');
                setDueOn('');
                setFindingId(null);
              },
            },
          );
        }}
      >
        <Stack gap="sm">
          <ErrorAlert error={add.error} />
          <Select
            label={t('assessments.result.finding')}
            data={assessment.findings.map((f) => ({
              value: f.id,
              label: `${f.itemId} — ${f.question[language]}`,
            }))}
            value={findingId}
            onChange={setFindingId}
            clearable
            placeholder={t('assessments.result.noFinding')}
          />
          <TextInput
            label={t('assessments.result.action')}
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
            required
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('assessments.result.owner')}
              value={owner}
              onChange={(e) => setOwner(e.currentTarget.value)}
              required
            />
            <TextInput
              type="date"
              label={t('assessments.result.dueOn')}
              value={dueOn}
              onChange={(e) => setDueOn(e.currentTarget.value)}
              required
            />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button type="submit" loading={add.isPending}>
              {t('assessments.result.addAction')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
