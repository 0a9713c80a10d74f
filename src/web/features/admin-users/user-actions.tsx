import { Button, Group, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../components/app-modal';
import type { User } from '../../../contracts/users';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { OneTimeLink } from './one-time-link';
import { useDeactivateUser, useResetPassword } from './user-queries';

interface UserActionsProps {
  readonly user: User;
  readonly isSelf: boolean;
  onEditRoles(user: User): void;
}

type Pending = 'deactivate' | 'reset' | null;

/** What an administrator can do to one account: roles, a new password link, deactivation. */
export function UserActions({ user, isSelf, onEditRoles }: UserActionsProps) {
  const { t } = useTranslation();
  const [pending, setPending] = useState<Pending>(null);
  const deactivate = useDeactivateUser();
  const reset = useResetPassword();
  const isDeactivated = user.status === 'deactivated';

  function close() {
    setPending(null);
    deactivate.reset();
  }

  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button
            variant="default"
            size="compact-sm"
            aria-label={t('users.actionsFor', { name: user.displayName })}
          >
            {t('common.actions')} ▾
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => onEditRoles(user)} disabled={isDeactivated}>
            {t('users.editRoles')}
          </Menu.Item>
          <Menu.Item onClick={() => setPending('reset')} disabled={isDeactivated}>
            {user.status === 'invited' ? t('users.newInvitation') : t('users.resetPassword')}
          </Menu.Item>
          <Menu.Item color="red" onClick={() => setPending('deactivate')} disabled={isDeactivated || isSelf}>
            {t('users.deactivate')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <ConfirmDialog
        opened={pending === 'deactivate'}
        title={t('users.deactivateTitle')}
        message={t('users.deactivateConfirm', { name: user.displayName, email: user.email })}
        confirmLabel={t('users.deactivate')}
        isDanger
        isPending={deactivate.isPending}
        error={deactivate.error}
        onClose={close}
        onConfirm={() =>
          deactivate.mutate(user.id, {
            onSuccess: () => {
              notifications.show({
                color: 'teal',
                message: t('users.deactivated', { name: user.displayName }),
              });
              close();
            },
          })
        }
      />
      <ConfirmDialog
        opened={pending === 'reset' && !reset.data}
        title={user.status === 'invited' ? t('users.newInvitation') : t('users.resetPassword')}
        message={
          user.status === 'invited'
            ? t('users.newInvitationConfirm', { name: user.displayName })
            : t('users.resetConfirm', { name: user.displayName })
        }
        confirmLabel={t('users.issueLink')}
        isPending={reset.isPending}
        error={reset.error}
        onClose={() => {
          setPending(null);
          reset.reset();
        }}
        onConfirm={() => reset.mutate(user.id)}
      />
      <AppModal
        opened={reset.data !== undefined}
        onClose={() => {
          setPending(null);
          reset.reset();
        }}
        title={t('users.linkTitle')}
        size="lg"
      >
        {reset.data ? (
          <>
            <OneTimeLink link={reset.data} email={user.email} />
            <Group justify="flex-end" mt="md">
              <Button
                onClick={() => {
                  setPending(null);
                  reset.reset();
                }}
              >
                {t('common.done')}
              </Button>
            </Group>
          </>
        ) : null}
      </AppModal>
    </>
  );
}
