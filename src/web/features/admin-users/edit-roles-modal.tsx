import { Button, Checkbox, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../components/app-modal';
import type { Organisation } from '../../../contracts/organisations';
import type { User } from '../../../contracts/users';
import type { Role } from '../../../core/access/roles';
import { ErrorAlert } from '../../components/error-alert';
import { fieldErrorsOf } from '../../components/form-errors';
import { actorOf } from '../auth/actor-of';
import { useCurrentUser } from '../auth/session-provider';
import { grantableRoles } from './grantable-roles';
import { useSetUserRoles } from './user-queries';

interface EditRolesModalProps {
  readonly user: User | null;
  readonly organisation: Organisation | undefined;
  onClose(): void;
}

export function EditRolesModal({ user, organisation, onClose }: EditRolesModalProps) {
  const { t } = useTranslation();
  return (
    <AppModal
      opened={user !== null}
      onClose={onClose}
      title={t('users.rolesTitle', { name: user?.displayName ?? '' })}
    >
      {user && organisation ? (
        <EditRolesForm user={user} organisation={organisation} onClose={onClose} />
      ) : null}
    </AppModal>
  );
}

/** Replace a person's roles, offering only the roles the organisation's kind allows. */
function EditRolesForm({
  user,
  organisation,
  onClose,
}: {
  user: User;
  organisation: Organisation;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const actor = actorOf(useCurrentUser());
  const setRolesOf = useSetUserRoles();
  const [roles, setRoles] = useState<Role[]>(user.roles);
  const options = grantableRoles(actor, organisation);
  const fieldErrors = fieldErrorsOf(t, setRolesOf.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    setRolesOf.mutate(
      { id: user.id, roles },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('users.rolesSaved', { name: user.displayName }) });
          onClose();
        },
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm" c="dimmed">
          {t('users.rolesHelp', { kind: t(`organisationKinds.${organisation.kind}`) })}
        </Text>
        <ErrorAlert error={setRolesOf.error} />
        <Checkbox.Group
          label={t('users.roles')}
          value={roles}
          onChange={(value) => setRoles(value as Role[])}
          error={fieldErrors.roles}
        >
          <Stack gap="xs" mt="xs">
            {options.map((role) => (
              <Checkbox key={role} value={role} label={t(`roles.${role}`)} />
            ))}
          </Stack>
        </Checkbox.Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={setRolesOf.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
