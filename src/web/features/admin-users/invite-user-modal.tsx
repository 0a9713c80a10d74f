import { Button, Checkbox, Group, Select, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../components/app-modal';
import type { Language } from '../../../contracts/common';
import type { Organisation } from '../../../contracts/organisations';
import type { Role } from '../../../core/access/roles';
import { ErrorAlert } from '../../components/error-alert';
import { fieldErrorsOf } from '../../components/form-errors';
import { currentLanguage, isLanguage } from '../../i18n/i18n';
import { actorOf } from '../auth/actor-of';
import { useCurrentUser } from '../auth/session-provider';
import { grantableRoles } from './grantable-roles';
import { OneTimeLink } from './one-time-link';
import { useInviteUser } from './user-queries';

interface InviteUserModalProps {
  readonly opened: boolean;
  /** Organisations in which the person may invite someone. */
  readonly organisations: readonly Organisation[];
  readonly defaultOrganisationId: string | null;
  onClose(): void;
}

export function InviteUserModal({ opened, onClose, ...props }: InviteUserModalProps) {
  const { t } = useTranslation();
  const invite = useInviteUser();
  function close() {
    onClose();
    invite.reset();
  }
  return (
    <AppModal
      opened={opened}
      onClose={close}
      title={invite.data ? t('users.invitedTitle') : t('users.inviteTitle')}
      size="lg"
    >
      <InviteUserForm {...props} invite={invite} onClose={close} />
    </AppModal>
  );
}

interface InviteUserFormProps extends Omit<InviteUserModalProps, 'opened'> {
  readonly invite: ReturnType<typeof useInviteUser>;
}

/** Invite someone: the account waits without a password until the one-time link is used. */
function InviteUserForm({ organisations, defaultOrganisationId, invite, onClose }: InviteUserFormProps) {
  const { t } = useTranslation();
  const actor = actorOf(useCurrentUser());
  const initial =
    organisations.find((o) => o.id === defaultOrganisationId) ??
    (organisations.length === 1 ? organisations[0] : undefined);
  const [organisationId, setOrganisationId] = useState<string | null>(initial?.id ?? null);
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [language, setLanguage] = useState<Language>(currentLanguage());
  const [roles, setRoles] = useState<Role[]>([]);
  const organisation = organisations.find((o) => o.id === organisationId);
  const roleOptions = organisation ? grantableRoles(actor, organisation) : [];
  const fieldErrors = fieldErrorsOf(t, invite.error);

  if (invite.data) {
    return (
      <Stack>
        <OneTimeLink link={invite.data.invitation} email={invite.data.user.email} />
        <Group justify="flex-end">
          <Button onClick={onClose}>{t('common.done')}</Button>
        </Group>
      </Stack>
    );
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    invite.mutate({ organisationId: organisationId ?? '', email, displayName, language, roles });
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ErrorAlert error={invite.error} />
        <Select
          label={t('users.organisation')}
          data={organisations.map((o) => ({ value: o.id, label: o.name }))}
          value={organisationId}
          onChange={(value) => {
            setOrganisationId(value);
            setRoles([]);
          }}
          searchable
          allowDeselect={false}
          error={fieldErrors.organisationId}
          required
        />
        <TextInput
          label={t('users.email')}
          type="email"
          value={email}
          onChange={(event) => setEmail(event.currentTarget.value)}
          error={fieldErrors.email}
          required
        />
        <TextInput
          label={t('users.displayName')}
          value={displayName}
          onChange={(event) => setDisplayName(event.currentTarget.value)}
          error={fieldErrors.displayName}
          required
        />
        <Select
          label={t('users.language')}
          data={[
            { value: 'es', label: t('language.es') },
            { value: 'en', label: t('language.en') },
          ]}
          value={language}
          onChange={(value) => isLanguage(value) && setLanguage(value)}
          allowDeselect={false}
          error={fieldErrors.language}
        />
        <Checkbox.Group
          label={t('users.roles')}
          description={
            organisation
              ? t('users.rolesHelp', { kind: t(`organisationKinds.${organisation.kind}`) })
              : t('users.chooseOrganisationFirst')
          }
          value={roles}
          onChange={(value) => setRoles(value as Role[])}
          error={fieldErrors.roles}
          required
        >
          <Stack gap="xs" mt="xs">
            {roleOptions.map((role) => (
              <Checkbox key={role} value={role} label={t(`roles.${role}`)} />
            ))}
          </Stack>
        </Checkbox.Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={invite.isPending}>
            {t('users.sendInvitation')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
