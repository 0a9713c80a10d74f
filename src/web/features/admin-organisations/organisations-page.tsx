import { Anchor, Badge, Button, Group, Select, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { canCreateOrganisation } from '../../../core/access/policies';
import { ORGANISATION_KINDS, type OrganisationKind } from '../../../core/access/roles';
import { DataTable } from '../../components/data-table';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingBlock } from '../../components/loading-block';
import { PageHeader } from '../../components/page-header';
import { actorOf } from '../auth/actor-of';
import { useCurrentUser } from '../auth/session-provider';
import { CreateOrganisationModal } from './create-organisation-modal';
import { useOrganisations } from './organisation-queries';

function isKind(value: string | null): value is OrganisationKind {
  return (ORGANISATION_KINDS as readonly string[]).includes(value ?? '');
}

/** Organisations the person may see (a regulator officer: its own body and the companies it licenses). */
export function OrganisationsPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const actor = actorOf(user);
  const [params, setParams] = useSearchParams();
  const kindParam = params.get('kind');
  const kind = isKind(kindParam) ? kindParam : undefined;
  const organisations = useOrganisations(kind);
  const everyone = useOrganisations();
  const [isCreating, creating] = useDisclosure(false);
  const isCompaniesView =
    user.roles.includes('regulator-officer') &&
    !user.roles.includes('system-admin') &&
    !user.roles.includes('programme-officer');
  const creatableKinds = ORGANISATION_KINDS.filter((k) =>
    canCreateOrganisation(
      actor,
      k,
      k === 'psc' && !user.roles.includes('system-admin') ? user.organisation.id : null,
    ),
  );
  const nameOf = new Map((everyone.data ?? []).map((o) => [o.id, o.name]));
  const title = isCompaniesView ? t('organisations.companiesTitle') : t('organisations.title');

  return (
    <>
      <PageHeader
        title={title}
        description={isCompaniesView ? t('organisations.companiesIntro') : t('organisations.intro')}
        actions={
          creatableKinds.length > 0 ? (
            <Button onClick={creating.open}>
              {isCompaniesView ? t('organisations.createCompany') : t('organisations.create')}
            </Button>
          ) : null
        }
      />
      <Group mb="md" align="flex-end">
        <Select
          label={t('organisations.kindFilter')}
          data={[
            { value: '', label: t('common.all') },
            ...ORGANISATION_KINDS.map((k) => ({ value: k, label: t(`organisationKinds.${k}`) })),
          ]}
          value={kind ?? ''}
          onChange={(value) => setParams(value ? { kind: value } : {})}
          allowDeselect={false}
          w={260}
        />
      </Group>
      <ErrorAlert error={organisations.error} onRetry={() => void organisations.refetch()} />
      {organisations.isPending ? <LoadingBlock /> : null}
      {organisations.data ? (
        organisations.data.length === 0 ? (
          <Text c="dimmed">{t('organisations.empty')}</Text>
        ) : (
          <DataTable label={title} minWidth={720}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('organisations.name')}</Table.Th>
                <Table.Th>{t('organisations.code')}</Table.Th>
                <Table.Th>{t('organisations.kind')}</Table.Th>
                <Table.Th visibleFrom="md">{t('organisations.country')}</Table.Th>
                <Table.Th>{t('organisations.licensedBy')}</Table.Th>
                <Table.Th>{t('organisations.secondFactor')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {organisations.data.map((organisation) => (
                <Table.Tr key={organisation.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/admin/organisations/${organisation.id}`} fw={500}>
                      {organisation.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Text ff="monospace" size="sm" style={{ whiteSpace: 'nowrap' }}>
                      {organisation.code}
                    </Text>
                  </Table.Td>
                  <Table.Td>{t(`organisationKinds.${organisation.kind}`)}</Table.Td>
                  <Table.Td visibleFrom="md">{organisation.countryCode}</Table.Td>
                  <Table.Td>
                    {organisation.licensedById ? (nameOf.get(organisation.licensedById) ?? '—') : '—'}
                  </Table.Td>
                  <Table.Td>
                    {organisation.requiresTotp ? (
                      <Badge color="teal" variant="light" miw="max-content">
                        {t('organisations.mandatory')}
                      </Badge>
                    ) : (
                      <Text size="sm" c="dimmed">
                        {t('organisations.optional')}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </DataTable>
        )
      ) : null}
      <CreateOrganisationModal
        opened={isCreating}
        onClose={creating.close}
        kinds={creatableKinds}
        regulators={(everyone.data ?? []).filter((o) => o.kind === 'regulator')}
      />
    </>
  );
}
