import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Table, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AmmunitionLot } from '../../../contracts/registry';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingBlock } from '../../components/loading-block';
import { PageHeader } from '../../components/page-header';
import { useFormatters } from '../../i18n/format';
import { useCurrentUser } from '../auth/session-provider';
import { mayWrite } from './book-access';
import { DetailFields } from './detail-fields';
import { ConsumeModal, CorrectStockModal, ReturnModal } from './forms/lot-forms';
import { HistoryTimeline } from './history-timeline';
import { useFacilities, useHistory, useLot } from './registry-queries';

type Dialog = 'consume' | 'return' | 'correct' | null;
/** Entries that record a quantity, which a stock correction may name. */
const CORRECTABLE = ['ammunition-received', 'ammunition-consumed', 'ammunition-returned-to-supplier'];

export function LotPage({ id }: { id: string }) {
  const lot = useLot(id);
  if (lot.error) return <ErrorAlert error={lot.error} onRetry={() => void lot.refetch()} />;
  if (!lot.data) return <LoadingBlock />;
  return <LotView lot={lot.data} />;
}

function LotView({ lot }: { lot: AmmunitionLot }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const formatters = useFormatters();
  const facilities = useFacilities(lot.organisationId).data ?? [];
  const history = useHistory(lot.id, 'both').data ?? [];
  const [dialog, setDialog] = useState<Dialog>(null);
  const [correcting, setCorrecting] = useState<string | null>(null);
  const canHandle = mayWrite(user, lot.organisationId, 'ammunition');
  const canCorrect = mayWrite(user, lot.organisationId, 'correct');
  const close = () => setDialog(null);
  const hasStock = lot.totalRounds > 0;
  return (
    <>
      <Anchor component={Link} to="/registry/ammunition" size="sm">
        ← {t('registry.back')}
      </Anchor>
      <PageHeader
        title={t('registry.lot.title', { lotNumber: lot.lotNumber })}
        description={`${lot.calibre} · ${lot.manufacturer} · ${formatters.number(lot.totalRounds)}`}
      />
      <Stack gap="md">
        <Group gap="xs" role="group" aria-label={t('registry.firearm.actions')}>
          {canHandle && hasStock ? (
            <Button variant="light" onClick={() => setDialog('consume')}>
              {t('registry.actions.consume')}
            </Button>
          ) : null}
          {canHandle && hasStock ? (
            <Button variant="light" onClick={() => setDialog('return')}>
              {t('registry.actions.returnToSupplier')}
            </Button>
          ) : null}
          {canCorrect ? (
            <Button
              variant="light"
              onClick={() => {
                setCorrecting(null);
                setDialog('correct');
              }}
            >
              {t('registry.actions.correctStock')}
            </Button>
          ) : null}
        </Group>
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
          <Stack gap="md">
            <DetailFields
              title={t('registry.lot.details')}
              fields={[
                { label: t('registry.lot.fields.lotNumber'), value: lot.lotNumber },
                { label: t('registry.lot.fields.calibre'), value: lot.calibre },
                { label: t('registry.lot.fields.manufacturer'), value: lot.manufacturer },
                { label: t('registry.lot.fields.year'), value: lot.year },
                { label: t('registry.lot.fields.unNumber'), value: lot.unNumber },
                { label: t('registry.lot.fields.hazardDivision'), value: lot.hazardDivision },
                { label: t('registry.lot.fields.compatibilityGroup'), value: lot.compatibilityGroup },
                {
                  label: t('registry.lot.fields.neqKgPer1000'),
                  value: lot.neqKgPer1000 === null ? null : formatters.number(lot.neqKgPer1000),
                },
              ]}
            />
            <Paper withBorder radius="md" p="md">
              <Title order={2} size="h4" mb="sm">
                {t('registry.lot.stock')}
              </Title>
              <Table aria-label={t('registry.lot.stock')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('registry.firearms.columns.facility')}</Table.Th>
                    <Table.Th ta="right">{t('registry.ammunition.columns.rounds')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {lot.stock.map((s) => {
                    const facility = facilities.find((f) => f.id === s.facilityId);
                    return (
                      <Table.Tr key={s.facilityId}>
                        <Table.Td>{facility ? `${facility.code} — ${facility.name}` : s.facilityId}</Table.Td>
                        <Table.Td ta="right" ff="monospace">
                          {formatters.number(s.rounds)}
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                  <Table.Tr>
                    <Table.Th>{t('registry.lot.total')}</Table.Th>
                    <Table.Th ta="right" ff="monospace">
                      {formatters.number(lot.totalRounds)}
                    </Table.Th>
                  </Table.Tr>
                </Table.Tbody>
              </Table>
            </Paper>
          </Stack>
          <HistoryTimeline
            subjectId={lot.id}
            organisationId={lot.organisationId}
            correctableKinds={canCorrect ? CORRECTABLE : []}
            onCorrect={(entry) => {
              setCorrecting(entry.id);
              setDialog('correct');
            }}
          />
        </SimpleGrid>
      </Stack>
      <ConsumeModal lot={lot} opened={dialog === 'consume'} onClose={close} />
      <ReturnModal lot={lot} opened={dialog === 'return'} onClose={close} />
      {dialog === 'correct' ? (
        <CorrectStockModal
          lot={lot}
          entries={history.filter((e) => CORRECTABLE.includes(e.kind))}
          entryId={correcting}
          opened
          onClose={close}
        />
      ) : null}
    </>
  );
}
