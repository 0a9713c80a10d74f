import { Badge, Button, Group, Select, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { User } from '../../../contracts/users';
import { canManageUsers, canReadUsers } from '../../../core/access/policies';
import { DataTable } from '../../components/data-table';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingBlock } from '../../components/loading-block';
import { PageHeader } from '../../components/page-header';
import { RoleList } from '../../components/role-list';
import { useFormatters } from '../../i18n/format';
import { useOrganisations } from '../admin-organisations/organisation-queries';
import { actorOf, scopeOf } from '../auth/actor-of';
import { useCurrentUser } from '../auth/session-provider';
import { EditRolesModal } from './edit-roles-modal';
import { grantableRoles } from './grantable-roles';
import { InviteUserModal } from './invite-user-modal';
import { UserActions } from './user-actions';
import { useUsers } from './user-queries';

const STATUS_COLOURS = { active: 'teal', invited: 'blue', deactivated: 'gray' } as const;

/** The accounts the person may see, by organisation; invite, change roles, reset, deactivate. */
export function UsersPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const me = useCurrentUser();
  const actor = actorOf(me);
  const [params, setParams] = useSearchParams();
  const organisationId = params.get('organisationId') ?? undefined;
  const organisations = useOrganisations();
  const users = useUsers(organisationId);
  const [isInviting, inviting] = useDisclosure(false);
  const [editing, setEditing] = useState<User | null>(null);

  const readable = (organisations.data ?? []).filter((o) => canReadUsers(actor, scopeOf(o)));
  const invitable = readable.filter((o) => grantableRoles(actor, o).length > 0);
  const byId = new Map((organisations.data ?? []).map((o) => [o.id, o]));
  const mayManage = (user: User) => {
    const organisation = byId.get(user.organisationId);
    return organisation !== undefined && canManageUsers(actor, scopeOf(organisation), user.roles);
  };

  return (
    <>
      <PageHeader
        title={t('users.title')}
        description={t('users.intro')}
        actions={invitable.length > 0 ? <Button onClick={inviting.open}>{t('users.invite')}</Button> : null}
      />
      {readable.length > 1 ? (
        <Group mb="md">
          <Select
            label={t('users.organisationFilter')}
            data={[
              { value: '', label: t('users.allOrganisations') },
              ...readable.map((o) => ({ value: o.id, label: o.name })),
            ]}
            value={organisationId ?? ''}
            onChange={(value) => setParams(value ? { organisationId: value } : {})}
            allowDeselect={false}
            searchable
            w={360}
            maw="100%"
          />
        </Group>
      ) : null}
      <ErrorAlert error={users.error} onRetry={() => void users.refetch()} />
      {users.isPending ? <LoadingBlock /> : null}
      {users.data && users.data.length === 0 ? <Text c="dimmed">{t('users.empty')}</Text> : null}
      {users.data && users.data.length > 0 ? (
        <DataTable label={t('users.title')} minWidth={680}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('users.person')}</Table.Th>
              <Table.Th>{t('users.organisation')}</Table.Th>
              <Table.Th>{t('users.roles')}</Table.Th>
              <Table.Th>{t('users.status')}</Table.Th>
              <Table.Th visibleFrom="md">{t('users.secondFactor')}</Table.Th>
              <Table.Th visibleFrom="md">{t('users.createdAt')}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {users.data.map((user) => (
              <Table.Tr key={user.id} data-user-email={user.email}>
                <Table.Td>
                  <Stack gap={0}>
                    <Text fw={500} size="sm">
                      {user.displayName}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {user.email}
                    </Text>
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{byId.get(user.organisationId)?.name ?? '—'}</Text>
                </Table.Td>
                <Table.Td>
                  <RoleList roles={user.roles} />
                </Table.Td>
                <Table.Td>
                  <Badge color={STATUS_COLOURS[user.status]} variant="light" miw="max-content">
                    {t(`userStatus.${user.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td visibleFrom="md">
                  <Text size="sm">{user.totpEnabled ? t('users.totpOn') : t('users.totpOff')}</Text>
                </Table.Td>
                <Table.Td visibleFrom="md">
                  <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                    {format.date(user.createdAt)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {mayManage(user) ? (
                    <UserActions user={user} isSelf={user.id === me.id} onEditRoles={setEditing} />
                  ) : null}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </DataTable>
      ) : null}
      <InviteUserModal
        opened={isInviting}
        onClose={inviting.close}
        organisations={invitable}
        defaultOrganisationId={organisationId ?? null}
      />
      <EditRolesModal
        user={editing}
        organisation={editing ? byId.get(editing.organisationId) : undefined}
        onClose={() => setEditing(null)}
      />
    </>
  );
}
