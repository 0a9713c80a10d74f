import { Anchor, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../components/data-table';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingBlock } from '../../components/loading-block';
import { PageHeader } from '../../components/page-header';
import { useFormatters } from '../../i18n/format';
import { useCurrentUser } from '../auth/session-provider';
import { mayWrite } from './book-access';
import { ExportLinks } from './export-menu';
import { RegisterFacilityModal } from './forms/register-facility-form';
import { OrganisationFilter } from './organisation-filter';
import { useFacilities } from './registry-queries';
import { useBookScope } from './use-book-scope';

/** A company has a handful of facilities: one page, no paging. */
export function FacilitiesPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const formatters = useFormatters();
  const scope = useBookScope();
  const facilities = useFacilities(scope.organisationId);
  const bookName = new Map(scope.books.map((o) => [o.id, o.code]));
  const [registering, setRegistering] = useState(false);
  const canRegister = mayWrite(user, scope.bookId, 'register-facility');
  const items = facilities.data ?? [];
  return (
    <>
      <PageHeader
        title={t('registry.facilities.title')}
        description={t('registry.facilities.description')}
        actions={
          canRegister ? (
            <Button onClick={() => setRegistering(true)}>{t('registry.actions.registerFacility')}</Button>
          ) : null
        }
      />
      <Stack gap="md">
        <OrganisationFilter scope={scope} />
        <Group justify="space-between">
          <Text size="sm">{t('registry.count', { count: items.length })}</Text>
          <ExportLinks list="facilities" query={{ organisationId: scope.organisationId }} />
        </Group>
        <ErrorAlert error={facilities.error} onRetry={() => void facilities.refetch()} />
        {facilities.isPending ? (
          <LoadingBlock />
        ) : items.length === 0 ? (
          <Text c="dimmed">{t('registry.facilities.empty')}</Text>
        ) : (
          <DataTable label={t('registry.facilities.tableLabel')} minWidth={760}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('registry.facilities.columns.code')}</Table.Th>
                <Table.Th>{t('registry.facilities.columns.name')}</Table.Th>
                {scope.isMultiBook ? (
                  <Table.Th>{t('registry.firearms.columns.organisation')}</Table.Th>
                ) : null}
                <Table.Th>{t('registry.facilities.columns.kind')}</Table.Th>
                <Table.Th>{t('registry.facilities.columns.licence')}</Table.Th>
                <Table.Th>{t('registry.facilities.columns.licenceExpiresOn')}</Table.Th>
                <Table.Th ta="right">{t('registry.facilities.columns.maxNeqKg')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((f) => (
                <Table.Tr key={f.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/registry/facilities/${f.id}`} fw={600} ff="monospace">
                      {f.code}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{f.name}</Table.Td>
                  {scope.isMultiBook ? <Table.Td>{bookName.get(f.organisationId) ?? ''}</Table.Td> : null}
                  <Table.Td>{t(`registry.facilityKinds.${f.kind}`)}</Table.Td>
                  <Table.Td>{f.licenceNumber ?? t('registry.none')}</Table.Td>
                  <Table.Td>
                    {f.licenceExpiresOn ? formatters.date(f.licenceExpiresOn) : t('registry.none')}
                  </Table.Td>
                  <Table.Td ta="right">
                    {f.maxNeqKg === null ? t('registry.none') : formatters.number(f.maxNeqKg)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </DataTable>
        )}
      </Stack>
      {canRegister && scope.bookId ? (
        <RegisterFacilityModal
          organisationId={scope.bookId}
          opened={registering}
          onClose={() => setRegistering(false)}
        />
      ) : null}
    </>
  );
}
