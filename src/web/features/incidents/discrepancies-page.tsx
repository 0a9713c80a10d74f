import { errorMessage } from '../../components/error-message';
import { Anchor, Button, Group, Stack, Table, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OpenDiscrepancy } from '../../../contracts/incidents';
import { AppModal } from '../../components/app-modal';
import { DataTable } from '../../components/data-table';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingBlock } from '../../components/loading-block';
import { PageHeader } from '../../components/page-header';
import { useFormatters } from '../../i18n/format';
import { useCurrentUser } from '../auth/session-provider';
import { ClockPill } from './incident-clock';
import { incidentFieldErrors, showDone } from './incident-labels';
import { incidentsApi } from './incidents-api';
import { useDiscrepancies, useIncidentWrite } from './incidents-queries';

/** What a discrepancy is about, in a few words: the weapon, the lot and the rounds. */
function describe(discrepancy: OpenDiscrepancy, rounds: (count: number) => string): string {
  return [
    discrepancy.firearm?.serial,
    discrepancy.lot?.lotNumber,
    discrepancy.rounds !== null ? rounds(discrepancy.rounds) : null,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** The company's open discrepancies from returns and counts: each becomes an incident or is resolved with a reason. */
export function DiscrepanciesPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const organisationId = useCurrentUser().organisation.id;
  const discrepancies = useDiscrepancies(organisationId);
  const [resolving, setResolving] = useState<OpenDiscrepancy | null>(null);
  const rounds = (count: number) => t('incidents.discrepancies.rounds', { count });
  const items = discrepancies.data ?? [];
  return (
    <>
      <PageHeader
        title={t('incidents.discrepancies.title')}
        description={t('incidents.discrepancies.description')}
      />
      {discrepancies.isPending ? (
        <LoadingBlock />
      ) : discrepancies.error ? (
        <ErrorAlert error={discrepancies.error} onRetry={() => void discrepancies.refetch()} />
      ) : items.length === 0 ? (
        <Text c="dimmed">{t('incidents.discrepancies.empty')}</Text>
      ) : (
        <DataTable label={t('incidents.discrepancies.tableLabel')} minWidth={960}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('incidents.discrepancies.source')}</Table.Th>
              <Table.Th>{t('incidents.discrepancies.raised')}</Table.Th>
              <Table.Th>{t('incidents.discrepancies.what')}</Table.Th>
              <Table.Th>{t('incidents.discrepancies.status')}</Table.Th>
              <Table.Th>{t('incidents.discrepancies.clock')}</Table.Th>
              <Table.Th>{t('common.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((d) => {
              const what = describe(d, rounds) || d.description;
              return (
                <Table.Tr key={`${d.source}-${d.id}`} data-testid={`discrepancy-${d.id}`}>
                  <Table.Td>
                    {t(`incidents.discrepancies.sources.${d.source}`)}
                    {d.source === 'count' ? (
                      <Text size="xs" c="dimmed">
                        {t(`armoury.counts.discrepancyKinds.${d.kind}`, { defaultValue: d.kind })}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td miw={170}>
                    <Text size="sm">{format.dateTime(d.createdAt)}</Text>
                    {d.facilityName ? (
                      <Text size="xs" c="dimmed">
                        {d.facilityName}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td miw={240}>
                    {d.firearm ? (
                      <Text size="sm" ff="monospace" fw={600}>
                        {d.firearm.serial}
                      </Text>
                    ) : null}
                    <Text size="sm">
                      {[d.lot?.lotNumber, d.rounds !== null ? rounds(d.rounds) : null]
                        .filter(Boolean)
                        .join(' · ')}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {[
                        d.reason
                          ? t(`armoury.returns.reasons.${d.reason}`, { defaultValue: d.reason })
                          : null,
                        d.description,
                      ]
                        .filter(Boolean)
                        .join(' — ')}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {t(`incidents.discrepancies.statuses.${d.status}`)}
                    {d.resolutionReason ? (
                      <Text size="xs" c="dimmed">
                        {d.resolutionReason}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>
                    {d.status === 'open' ? (
                      <ClockPill clock={d.notificationClock} name="notification" />
                    ) : null}
                  </Table.Td>
                  <Table.Td>
                    {d.status === 'open' ? (
                      <Stack gap={6} align="flex-start">
                        <Button
                          component={Link}
                          size="compact-sm"
                          to={`/incidents/new?source=${d.source}&discrepancyId=${d.id}&kind=${d.suggestedKind}`}
                          aria-label={t('incidents.discrepancies.toIncidentFor', { what })}
                        >
                          {t('incidents.discrepancies.toIncident')}
                        </Button>
                        <Button
                          size="compact-sm"
                          variant="default"
                          onClick={() => setResolving(d)}
                          aria-label={t('incidents.discrepancies.resolveFor', { what })}
                        >
                          {t('incidents.discrepancies.resolve')}
                        </Button>
                      </Stack>
                    ) : d.incidentId ? (
                      <Anchor component={Link} to={`/incidents/${organisationId}/${d.incidentId}`} size="sm">
                        {t('incidents.discrepancies.openIncident')}
                      </Anchor>
                    ) : null}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </DataTable>
      )}
      <AppModal
        opened={resolving !== null}
        onClose={() => setResolving(null)}
        title={t('incidents.discrepancies.resolveTitle')}
      >
        {resolving ? (
          <ResolveForm
            discrepancy={resolving}
            organisationId={organisationId}
            onDone={() => setResolving(null)}
          />
        ) : null}
      </AppModal>
    </>
  );
}

function ResolveForm(props: { discrepancy: OpenDiscrepancy; organisationId: string; onDone(): void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const resolve = useIncidentWrite((text: string) =>
    incidentsApi.resolveDiscrepancy(
      props.organisationId,
      props.discrepancy.source,
      props.discrepancy.id,
      text,
    ),
  );
  const errors = incidentFieldErrors(t, resolve.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    resolve.mutate(reason, {
      onSuccess: () => {
        showDone(t, t('incidents.discrepancies.resolved'));
        props.onDone();
      },
    });
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('incidents.discrepancies.resolveTitle')}>
      <Stack gap="sm">
        <Textarea
          label={t('incidents.discrepancies.reason')}
          description={t('incidents.discrepancies.reasonHelp')}
          autosize
          minRows={3}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          error={errors.reason ?? (resolve.error ? errorMessage(t, resolve.error) : undefined)}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={resolve.isPending}>
            {t('incidents.discrepancies.resolve')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
