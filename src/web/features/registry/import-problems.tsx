import { Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/data-table';
import { registryEs } from '../../i18n/registry.es';
import type { ImportJob } from './registry-api';
import { StatusPill } from './status-pill';

type RowErrorCode = keyof typeof registryEs.import.errorCodes;
const isKnownCode = (code: string): code is RowErrorCode => code in registryEs.import.errorCodes;

/** The preview with each row's status and its problems, then the whole list of problems. */
export function ImportProblems({ job }: { job: ImportJob }) {
  const { t } = useTranslation();
  const problemsByLine = new Map<number, ImportJob['errors']>();
  for (const error of job.errors)
    problemsByLine.set(error.line, [...(problemsByLine.get(error.line) ?? []), error]);
  const codeLabel = (code: string) => (isKnownCode(code) ? t(`registry.import.errorCodes.${code}`) : code);
  const columns = Object.keys(job.preview[0]?.values ?? {});
  return (
    <Stack gap="md">
      {job.preview.length > 0 ? (
        <Stack gap="xs">
          <Title order={2} size="h4">
            {t('registry.import.previewTitle')}
          </Title>
          <DataTable label={t('registry.import.previewLabel')} minWidth={Math.max(700, columns.length * 120)}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('registry.import.line')}</Table.Th>
                <Table.Th miw={170}>{t('registry.import.rowStatus')}</Table.Th>
                {columns.map((c) => (
                  <Table.Th key={c}>{c}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {job.preview.map((row) => (
                <Table.Tr key={row.line}>
                  <Table.Td>{row.line}</Table.Td>
                  <Table.Td>
                    {row.ok ? (
                      <StatusPill color="green" label={t('registry.import.rowOk')} />
                    ) : (
                      <Stack gap={2}>
                        <StatusPill color="red" label={t('registry.import.rowError')} />
                        {(problemsByLine.get(row.line) ?? []).map((p, i) => (
                          <Text size="xs" c="red.8" key={i}>
                            {p.column}: {codeLabel(p.code)}
                          </Text>
                        ))}
                      </Stack>
                    )}
                  </Table.Td>
                  {columns.map((c) => (
                    <Table.Td key={c} style={{ whiteSpace: 'nowrap' }}>
                      {row.values[c] ?? ''}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </DataTable>
        </Stack>
      ) : null}
      {job.errors.length > 0 ? (
        <Stack gap="xs">
          <Title order={2} size="h4">
            {t('registry.import.errorsTitle')}
          </Title>
          {job.errorCount > job.errors.length ? (
            <Text size="sm" c="dimmed">
              {t('registry.import.errorsShown', { shown: job.errors.length, total: job.errorCount })}
            </Text>
          ) : null}
          <DataTable label={t('registry.import.errorsLabel')} minWidth={640}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('registry.import.line')}</Table.Th>
                <Table.Th>{t('registry.import.column')}</Table.Th>
                <Table.Th>{t('registry.import.reason')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {job.errors.map((e, i) => (
                <Table.Tr key={i}>
                  <Table.Td>{e.line}</Table.Td>
                  <Table.Td ff="monospace">{e.column}</Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {codeLabel(e.code)}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {e.reason}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </DataTable>
        </Stack>
      ) : null}
    </Stack>
  );
}
