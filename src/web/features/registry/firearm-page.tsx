import { Alert, Anchor, Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LedgerEntry } from '../../../contracts/registry';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingBlock } from '../../components/loading-block';
import { PageHeader } from '../../components/page-header';
import { useFormatters } from '../../i18n/format';
import { useCurrentUser } from '../auth/session-provider';
import { mayWrite } from './book-access';
import { DetailFields } from './detail-fields';
import { CorrectFirearmModal } from './forms/correct-firearm-form';
import { DisposeFirearmModal } from './forms/dispose-form';
import { SeizeFirearmModal } from './forms/seize-form';
import { MarkFirearmModal } from './forms/mark-form';
import { MoveFirearmModal } from './forms/move-form';
import { TransferInModal, TransferOutModal } from './forms/transfer-forms';
import { HistoryTimeline } from './history-timeline';
import { markingLabel, statusLabel, typeLabel } from './labels';
import type { FirearmDetail } from './registry-api';
import { useFacilities, useFirearm, useHistory } from './registry-queries';
import { statusColor } from './status-color';
import { StatusPill } from './status-pill';

type Dialog = 'move' | 'mark' | 'transferOut' | 'transferIn' | 'dispose' | 'correct' | 'seize' | null;
/** Entries that record a firearm's attributes, which a correction may set right. */
const CORRECTABLE = ['acquisition', 'transfer-in'];
/** Statuses in which a weapon is already out of its holder's hands: nothing more to seize. */
const MISSING = ['lost', 'stolen', 'seized'];

export function FirearmPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const firearm = useFirearm(id);
  if (firearm.error) return <ErrorAlert error={firearm.error} onRetry={() => void firearm.refetch()} />;
  if (!firearm.data) return <LoadingBlock />;
  return <FirearmView firearm={firearm.data} backLabel={t('registry.back')} />;
}

function FirearmView({ firearm, backLabel }: { firearm: FirearmDetail; backLabel: string }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const formatters = useFormatters();
  const facilities = useFacilities(firearm.organisationId).data ?? [];
  const history = useHistory(firearm.id, 'both').data ?? [];
  const [dialog, setDialog] = useState<Dialog>(null);
  const [correcting, setCorrecting] = useState<string | null>(null);
  const book = firearm.organisationId;
  const may = (operation: Parameters<typeof mayWrite>[2]) => mayWrite(user, book, operation);
  const isHeld = !['in-transit', 'destroyed', 'deactivated', 'transferred-out'].includes(firearm.status);
  const facility = facilities.find((f) => f.id === firearm.facilityId);
  const close = () => setDialog(null);
  const isIncoming = firearm.inTransitToId === user.organisation.id;

  const actions = [
    isHeld && may('move') ? { key: 'move', label: t('registry.actions.move') } : null,
    isHeld && may('mark') ? { key: 'mark', label: t('registry.actions.mark') } : null,
    isHeld && may('transfer') ? { key: 'transferOut', label: t('registry.actions.transferOut') } : null,
    isIncoming && mayWrite(user, user.organisation.id, 'transfer')
      ? { key: 'transferIn', label: t('registry.actions.transferIn') }
      : null,
    may('correct') ? { key: 'correct', label: t('registry.actions.correct') } : null,
    isHeld && may('dispose') ? { key: 'dispose', label: t('registry.actions.dispose'), danger: true } : null,
    isHeld && !MISSING.includes(firearm.status) && user.roles.includes('regulator-officer')
      ? { key: 'seize', label: t('registry.actions.seize'), danger: true }
      : null,
  ].filter((a) => a !== null);

  return (
    <>
      <Anchor component={Link} to="/registry/firearms" size="sm">
        ← {backLabel}
      </Anchor>
      <PageHeader
        title={t('registry.firearm.title', { serial: firearm.serial })}
        description={`${firearm.manufacturer} ${firearm.model} · ${typeLabel(t, firearm.type)} · ${firearm.calibre}`}
        actions={<StatusPill color={statusColor(firearm.status)} label={statusLabel(t, firearm.status)} />}
      />
      <Stack gap="md">
        {firearm.inadequatelyMarked ? (
          <Alert color="orange" variant="light">
            {t('registry.firearm.inadequatelyMarked')}
          </Alert>
        ) : null}
        {firearm.status === 'in-transit' && !isIncoming ? (
          <Alert color="blue" variant="light">
            {t('registry.firearm.inTransitTo')}
          </Alert>
        ) : null}
        {actions.length > 0 ? (
          <Group gap="xs" role="group" aria-label={t('registry.firearm.actions')}>
            {actions.map((action) => (
              <Button
                key={action.key}
                variant={'danger' in action ? 'outline' : 'light'}
                color={'danger' in action ? 'red.9' : undefined}
                onClick={() => {
                  setCorrecting(null);
                  setDialog(action.key as Dialog);
                }}
              >
                {action.label}
              </Button>
            ))}
          </Group>
        ) : null}
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
          <Stack gap="md">
            <DetailFields
              title={t('registry.firearm.details')}
              fields={[
                { label: t('registry.firearm.fields.serial'), value: firearm.serial },
                { label: t('registry.firearm.fields.type'), value: typeLabel(t, firearm.type) },
                { label: t('registry.firearm.fields.manufacturer'), value: firearm.manufacturer },
                { label: t('registry.firearm.fields.model'), value: firearm.model },
                { label: t('registry.firearm.fields.calibre'), value: firearm.calibre },
                {
                  label: t('registry.firearm.fields.facility'),
                  value: facility ? `${facility.code} — ${facility.name}` : null,
                },
                {
                  label: t('registry.firearm.fields.countryOfManufacture'),
                  value: firearm.countryOfManufacture,
                },
                { label: t('registry.firearm.fields.yearOfManufacture'), value: firearm.yearOfManufacture },
                { label: t('registry.firearm.fields.importCountry'), value: firearm.importCountry },
                { label: t('registry.firearm.fields.importYear'), value: firearm.importYear },
                { label: t('registry.firearm.fields.permitNumber'), value: firearm.permitNumber },
                {
                  label: t('registry.firearm.fields.permitExpiresOn'),
                  value: firearm.permitExpiresOn ? formatters.date(firearm.permitExpiresOn) : null,
                },
              ]}
            />
            <Markings firearm={firearm} />
          </Stack>
          <HistoryTimeline
            subjectId={firearm.id}
            organisationId={book}
            correctableKinds={may('correct') ? CORRECTABLE : []}
            onCorrect={(entry: LedgerEntry) => {
              setCorrecting(entry.id);
              setDialog('correct');
            }}
          />
        </SimpleGrid>
      </Stack>
      <MoveFirearmModal firearm={firearm} opened={dialog === 'move'} onClose={close} />
      <MarkFirearmModal firearm={firearm} opened={dialog === 'mark'} onClose={close} />
      <TransferOutModal firearm={firearm} opened={dialog === 'transferOut'} onClose={close} />
      <TransferInModal
        firearm={firearm}
        organisationId={user.organisation.id}
        opened={dialog === 'transferIn'}
        onClose={close}
      />
      <DisposeFirearmModal firearm={firearm} opened={dialog === 'dispose'} onClose={close} />
      <SeizeFirearmModal firearm={firearm} opened={dialog === 'seize'} onClose={close} />
      {dialog === 'correct' ? (
        <CorrectFirearmModal
          firearm={firearm}
          entries={history.filter((e) => CORRECTABLE.includes(e.kind))}
          entryId={correcting}
          opened
          onClose={close}
        />
      ) : null}
    </>
  );
}

function Markings({ firearm }: { firearm: FirearmDetail }) {
  const { t } = useTranslation();
  const formatters = useFormatters();
  return (
    <Paper withBorder radius="md" p="md">
      <Title order={2} size="h4" mb="sm">
        {t('registry.firearm.markings')}
      </Title>
      {firearm.markings.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('registry.firearm.noMarkings')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={480}>
          <Table aria-label={t('registry.firearm.markings')} verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('registry.firearm.markingFields.kind')}</Table.Th>
                <Table.Th>{t('registry.firearm.markingFields.text')}</Table.Th>
                <Table.Th>{t('registry.firearm.markingFields.location')}</Table.Th>
                <Table.Th>{t('registry.firearm.markingFields.appliedOn')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {firearm.markings.map((m) => (
                <Table.Tr key={m.id}>
                  <Table.Td>{markingLabel(t, m.kind)}</Table.Td>
                  <Table.Td ff="monospace">{m.text}</Table.Td>
                  <Table.Td>{m.location ?? t('registry.none')}</Table.Td>
                  <Table.Td>{m.appliedOn ? formatters.date(m.appliedOn) : t('registry.none')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
