import { Alert, Button, Checkbox, Group, Select, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../components/app-modal';
import type { Organisation } from '../../../contracts/organisations';
import type { Role } from '../../../core/access/roles';
import { CopyableSecret } from '../../components/copyable-secret';
import { ErrorAlert } from '../../components/error-alert';
import { fieldErrorsOf } from '../../components/form-errors';
import { actorOf } from '../auth/actor-of';
import { useCurrentUser } from '../auth/session-provider';
import { useCreateApiToken } from './api-token-queries';
import { tokenRoleOptions } from './token-roles';

interface CreateApiTokenModalProps {
  readonly opened: boolean;
  readonly organisations: readonly Organisation[];
  onClose(): void;
}

export function CreateApiTokenModal({ opened, onClose, organisations }: CreateApiTokenModalProps) {
  const { t } = useTranslation();
  const create = useCreateApiToken();
  function close() {
    onClose();
    create.reset();
  }
  return (
    <AppModal
      opened={opened}
      onClose={close}
      title={create.data ? t('apiTokens.createdTitle') : t('apiTokens.createTitle')}
      size="lg"
    >
      <CreateApiTokenForm organisations={organisations} create={create} onClose={close} />
    </AppModal>
  );
}

interface CreateApiTokenFormProps {
  readonly organisations: readonly Organisation[];
  readonly create: ReturnType<typeof useCreateApiToken>;
  onClose(): void;
}

/** A token for a machine client; its secret is shown once, here, and only its hash is kept. */
function CreateApiTokenForm({ organisations, create, onClose }: CreateApiTokenFormProps) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const actor = actorOf(user);
  const initial = organisations.find((o) => o.id === user.organisation.id) ?? organisations[0];
  const [organisationId, setOrganisationId] = useState<string | null>(initial?.id ?? null);
  const [name, setName] = useState('');
  const [roles, setRoles] = useState<Role[]>([]);
  const organisation = organisations.find((o) => o.id === organisationId);
  const options = organisation ? tokenRoleOptions(actor, organisation) : [];
  const fieldErrors = fieldErrorsOf(t, create.error);

  if (create.data) {
    return (
      <Stack>
        <Alert color="yellow" variant="light" title={t('apiTokens.secretOnceTitle')}>
          {t('apiTokens.secretOnce')}
        </Alert>
        <CopyableSecret
          label={t('apiTokens.secretLabel', { name: create.data.token.name })}
          value={create.data.secret}
          note={t('apiTokens.secretUse')}
        />
        <Group justify="flex-end">
          <Button onClick={onClose}>{t('common.done')}</Button>
        </Group>
      </Stack>
    );
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate({ organisationId: organisationId ?? '', name, roles });
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ErrorAlert error={create.error} />
        {organisations.length > 1 ? (
          <Select
            label={t('apiTokens.organisation')}
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
        ) : null}
        <TextInput
          label={t('apiTokens.name')}
          description={t('apiTokens.nameHelp')}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={fieldErrors.name ? t('fieldErrors.tokenName') : undefined}
          required
        />
        <Checkbox.Group
          label={t('apiTokens.roles')}
          value={roles}
          onChange={(value) => setRoles(value as Role[])}
          error={fieldErrors.roles}
          required
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
          <Button type="submit" loading={create.isPending}>
            {t('common.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
