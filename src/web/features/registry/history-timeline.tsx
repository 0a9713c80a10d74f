import { Anchor, Button, Group, Paper, SegmentedControl, Stack, Text, Timeline, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LedgerEntry } from '../../../contracts/registry';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingBlock } from '../../components/loading-block';
import { useFormatters } from '../../i18n/format';
import { describeEntry } from './entry-description';
import { entryKindLabel } from './labels';
import type { HistoryView } from './registry-api';
import { useHistory } from './registry-queries';
import { StatusPill } from './status-pill';
import { useActorName, useEntryNames } from './use-entry-names';

interface HistoryTimelineProps {
  /** A firearm, lot or facility id. */
  readonly subjectId: string;
  readonly organisationId: string;
  /** When set, entries of these kinds offer "correct this entry". */
  onCorrect?(entry: LedgerEntry): void;
  readonly correctableKinds?: readonly string[];
}

const VIEWS: readonly HistoryView[] = ['both', 'original', 'corrected'];

/**
 * The whole history of a record, newest first: who recorded what and when, each correction linked
 * to the entry it corrects and back. "As recorded" hides corrections; "corrected" shows the book
 * as corrected; "all" shows both.
 */
export function HistoryTimeline({
  subjectId,
  organisationId,
  onCorrect,
  correctableKinds = [],
}: HistoryTimelineProps) {
  const { t } = useTranslation();
  const [view, setView] = useState<HistoryView>('both');
  const history = useHistory(subjectId, view);
  const entries = [...(history.data ?? [])].reverse();
  const bySequence = new Map((history.data ?? []).map((e) => [e.id, e]));
  return (
    <Paper withBorder radius="md" p="md">
      <Group justify="space-between" mb="md">
        <Title order={2} size="h4">
          {t('registry.timeline.title')}
        </Title>
        <SegmentedControl
          aria-label={t('registry.timeline.viewLabel')}
          value={view}
          onChange={(value) => setView(value as HistoryView)}
          data={VIEWS.map((v) => ({ value: v, label: t(`registry.timeline.views.${v}`) }))}
          size="xs"
        />
      </Group>
      <ErrorAlert error={history.error} onRetry={() => void history.refetch()} />
      {history.isPending ? <LoadingBlock /> : null}
      {history.data && entries.length === 0 ? <Text c="dimmed">{t('registry.timeline.empty')}</Text> : null}
      <Timeline bulletSize={14} lineWidth={2} active={-1}>
        {entries.map((entry) => (
          <Timeline.Item
            key={entry.id}
            color={entry.kind === 'correction' ? 'orange' : 'blue'}
            title={<EntryTitle entry={entry} />}
          >
            <EntryBody
              entry={entry}
              organisationId={organisationId}
              lookup={(id) => bySequence.get(id)}
              onCorrect={correctableKinds.includes(entry.kind) ? onCorrect : undefined}
            />
          </Timeline.Item>
        ))}
      </Timeline>
    </Paper>
  );
}

function EntryTitle({ entry }: { entry: LedgerEntry }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" id={`entry-${entry.id}`}>
      <Text fw={700} size="sm">
        {entryKindLabel(t, entry.kind)}
      </Text>
      <Text size="xs" c="dimmed">
        {t('registry.timeline.entry', { sequence: entry.sequence })}
      </Text>
      {entry.correctedBy.length > 0 ? (
        <StatusPill color="orange" label={t('registry.timeline.correctedBadge')} />
      ) : null}
    </Group>
  );
}

interface EntryBodyProps {
  readonly entry: LedgerEntry;
  readonly organisationId: string;
  lookup(id: string): LedgerEntry | undefined;
  onCorrect?(entry: LedgerEntry): void;
}

function EntryBody({ entry, organisationId, lookup, onCorrect }: EntryBodyProps) {
  const { t } = useTranslation();
  const formatters = useFormatters();
  const names = useEntryNames(organisationId);
  const actorName = useActorName(organisationId);
  const corrected = entry.corrects ? lookup(entry.corrects) : undefined;
  return (
    <Stack gap={2}>
      <Text size="sm">{describeEntry(t, entry, names)}</Text>
      <Text size="xs" c="dimmed">
        {formatters.dateTime(entry.recordedAt)} ·{' '}
        {t('registry.timeline.by', { actor: actorName(entry.actorId) })}
      </Text>
      {entry.corrects ? (
        <Text size="xs">
          {corrected ? (
            <Anchor href={`#entry-${corrected.id}`} size="xs">
              {t('registry.timeline.corrects', { sequence: corrected.sequence })}
            </Anchor>
          ) : (
            t('registry.timeline.correctsUnknown')
          )}
        </Text>
      ) : null}
      {entry.correctedBy.map((id) => {
        const by = lookup(id);
        return (
          <Text size="xs" key={id}>
            {by ? (
              <Anchor href={`#entry-${by.id}`} size="xs" c="orange.8">
                {t('registry.timeline.correctedBy', { sequence: by.sequence })}
              </Anchor>
            ) : (
              t('registry.timeline.correctedByUnknown')
            )}
          </Text>
        );
      })}
      {onCorrect ? (
        <Group>
          <Button variant="subtle" size="compact-xs" onClick={() => onCorrect(entry)}>
            {t('registry.timeline.correct')}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}
