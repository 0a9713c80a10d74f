import { Badge, Button, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiToken } from '../../../contracts/api-tokens';
import { canManageApiTokens } from '../../../core/access/policies';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { DataTable } from '../../components/data-table';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingBlock } from '../../components/loading-block';
import { PageHeader } from '../../components/page-header';
import { RoleList } from '../../components/role-list';
import { useFormatters } from '../../i18n/format';
import { useOrganisations } from '../admin-organisations/organisation-queries';
import { actorOf, scopeOf } from '../auth/actor-of';
import { useCurrentUser } from '../auth/session-provider';
import { useApiTokens, useRevokeApiToken } from './api-token-queries';
import { CreateApiTokenModal } from './create-api-token-modal';

/** Tokens for machine clients of the organisations the person manages: create (secret once), revoke. */
export function ApiTokensPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const actor = actorOf(useCurrentUser());
  const tokens = useApiTokens();
  const organisations = useOrganisations();
  const revoke = useRevokeApiToken();
  const [isCreating, creating] = useDisclosure(false);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  const manageable = (organisations.data ?? []).filter((o) => canManageApiTokens(actor, scopeOf(o)));
  const organisationName = new Map((organisations.data ?? []).map((o) => [o.id, o.name]));

  function closeRevoke() {
    setRevoking(null);
    revoke.reset();
  }

  return (
    <>
      <PageHeader
        title={t('apiTokens.title')}
        description={t('apiTokens.intro')}
        actions={
          manageable.length > 0 ? <Button onClick={creating.open}>{t('apiTokens.create')}</Button> : null
        }
      />
      <ErrorAlert error={tokens.error} onRetry={() => void tokens.refetch()} />
      {tokens.isPending ? <LoadingBlock /> : null}
      {tokens.data && tokens.data.length === 0 ? <Text c="dimmed">{t('apiTokens.empty')}</Text> : null}
      {tokens.data && tokens.data.length > 0 ? (
        <DataTable label={t('apiTokens.title')} minWidth={900}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('apiTokens.name')}</Table.Th>
              <Table.Th>{t('apiTokens.organisation')}</Table.Th>
              <Table.Th>{t('apiTokens.roles')}</Table.Th>
              <Table.Th>{t('apiTokens.createdBy')}</Table.Th>
              <Table.Th>{t('apiTokens.createdAt')}</Table.Th>
              <Table.Th visibleFrom="md">{t('apiTokens.lastUsedAt')}</Table.Th>
              <Table.Th>{t('apiTokens.expiresAt')}</Table.Th>
              <Table.Th>{t('apiTokens.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {tokens.data.map((token) => (
              <Table.Tr key={token.id}>
                <Table.Td fw={500}>{token.name}</Table.Td>
                <Table.Td>{organisationName.get(token.organisationId) ?? '—'}</Table.Td>
                <Table.Td>
                  <RoleList roles={token.roles} />
                </Table.Td>
                <Table.Td>{token.createdBy?.name ?? t('apiTokens.unknownCreator')}</Table.Td>
                <Table.Td>{format.dateTime(token.createdAt)}</Table.Td>
                <Table.Td visibleFrom="md">
                  {token.lastUsedAt ? format.dateTime(token.lastUsedAt) : t('apiTokens.neverUsed')}
                </Table.Td>
                <Table.Td>
                  {token.expiresAt ? format.dateTime(token.expiresAt) : '—'}
                  {token.expiresAt && token.expiresAt <= new Date().toISOString() ? (
                    <Badge color="gray" variant="light" ml="xs">
                      {t('apiTokens.expired')}
                    </Badge>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  {token.revokedAt ? (
                    <Badge
                      color="gray"
                      variant="light"
                      miw="max-content"
                      title={format.dateTime(token.revokedAt)}
                    >
                      {t('apiTokens.revoked')}
                    </Badge>
                  ) : (
                    <Button
                      size="compact-sm"
                      variant="light"
                      color="red"
                      onClick={() => setRevoking(token)}
                      aria-label={t('apiTokens.revokeNamed', { name: token.name })}
                    >
                      {t('apiTokens.revoke')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </DataTable>
      ) : null}
      <CreateApiTokenModal opened={isCreating} onClose={creating.close} organisations={manageable} />
      <ConfirmDialog
        opened={revoking !== null}
        title={t('apiTokens.revokeTitle')}
        message={t('apiTokens.revokeConfirm', { name: revoking?.name ?? '' })}
        confirmLabel={t('apiTokens.revoke')}
        isDanger
        isPending={revoke.isPending}
        error={revoke.error}
        onClose={closeRevoke}
        onConfirm={() =>
          revoking &&
          revoke.mutate(revoking.id, {
            onSuccess: () => {
              notifications.show({
                color: 'teal',
                message: t('apiTokens.revokedNotice', { name: revoking.name }),
              });
              closeRevoke();
            },
          })
        }
      />
    </>
  );
}
