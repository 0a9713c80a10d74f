import { Badge, Button, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TraceCandidate } from '../../../contracts/tracing';
import { DataTable } from '../../components/data-table';
import { statusColor } from '../registry/status-color';

interface CandidatesTableProps {
  readonly candidates: readonly TraceCandidate[];
  /** When given, each row offers to confirm the weapon as the one traced. */
  readonly onConfirm?: (candidate: TraceCandidate) => void;
  readonly isConfirming?: boolean;
}

/** Registry weapons matching a serial as read, best first, with the score that ranked them. */
export function CandidatesTable({ candidates, onConfirm, isConfirming }: CandidatesTableProps) {
  const { t } = useTranslation();
  return (
    <DataTable label={t('tracing.candidates.tableLabel')} minWidth={820}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('tracing.candidates.score')}</Table.Th>
          <Table.Th>{t('tracing.candidates.serial')}</Table.Th>
          <Table.Th>{t('tracing.candidates.weapon')}</Table.Th>
          <Table.Th>{t('tracing.candidates.calibre')}</Table.Th>
          <Table.Th>{t('tracing.candidates.organisation')}</Table.Th>
          <Table.Th>{t('tracing.candidates.status')}</Table.Th>
          {onConfirm ? <Table.Th>{t('common.actions')}</Table.Th> : null}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {candidates.map((c) => (
          <Table.Tr key={c.firearmId} data-testid={`candidate-${c.serial}`}>
            <Table.Td>
              <Badge variant={c.score === 100 ? 'filled' : 'light'} color={c.score === 100 ? 'teal' : 'gray'}>
                {c.score}
              </Badge>
            </Table.Td>
            <Table.Td>
              <Text ff="monospace" fw={500}>
                {c.serial}
              </Text>
            </Table.Td>
            <Table.Td>
              {c.manufacturer} {c.model}
              <Text size="sm" c="dimmed">
                {t(`registry.firearmTypes.${c.type}`, { defaultValue: c.type })}
              </Text>
            </Table.Td>
            <Table.Td>{c.calibre}</Table.Td>
            <Table.Td>{c.organisation}</Table.Td>
            <Table.Td>
              <Badge color={statusColor(c.status)} variant="light">
                {t(`registry.firearmStatuses.${c.status}`, { defaultValue: c.status })}
              </Badge>
            </Table.Td>
            {onConfirm ? (
              <Table.Td>
                <Button
                  size="compact-sm"
                  onClick={() => onConfirm(c)}
                  loading={isConfirming}
                  aria-label={t('tracing.candidates.confirmLabel', { serial: c.serial })}
                >
                  {t('tracing.candidates.confirm')}
                </Button>
              </Table.Td>
            ) : null}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </DataTable>
  );
}
