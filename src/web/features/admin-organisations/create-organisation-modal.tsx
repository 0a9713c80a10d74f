import { Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../components/app-modal';
import type { Organisation } from '../../../contracts/organisations';
import type { OrganisationKind } from '../../../core/access/roles';
import { ErrorAlert } from '../../components/error-alert';
import { fieldErrorsOf } from '../../components/form-errors';
import { useCurrentUser } from '../auth/session-provider';
import { useCreateOrganisation } from './organisation-queries';

interface CreateOrganisationModalProps {
  readonly opened: boolean;
  readonly kinds: readonly OrganisationKind[];
  readonly regulators: readonly Organisation[];
  onClose(): void;
}

/** Register an organisation: kind, code, name, country and, for a company, the regulator that licenses it. */
export function CreateOrganisationModal({ opened, onClose, ...props }: CreateOrganisationModalProps) {
  const { t } = useTranslation();
  // The dialog's content unmounts when closed, so each opening starts with an empty form.
  return (
    <AppModal opened={opened} onClose={onClose} title={t('organisations.createTitle')} size="lg">
      <CreateOrganisationForm {...props} onClose={onClose} />
    </AppModal>
  );
}

function CreateOrganisationForm({
  kinds,
  regulators,
  onClose,
}: Omit<CreateOrganisationModalProps, 'opened'>) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const create = useCreateOrganisation();
  // Companies are what is registered most often.
  const [kind, setKind] = useState<OrganisationKind>(kinds.includes('psc') ? 'psc' : (kinds[0] ?? 'psc'));
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [countryCode, setCountryCode] = useState(user.organisation.countryCode);
  const [licensedById, setLicensedById] = useState<string | null>(
    regulators.length === 1 ? (regulators[0]?.id ?? null) : null,
  );
  const fieldErrors = fieldErrorsOf(t, create.error);
  const isCompany = kind === 'psc';

  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate(
      {
        kind,
        code: code.trim().toUpperCase(),
        name: name.trim(),
        countryCode: countryCode.trim().toUpperCase(),
        licensedById: isCompany ? licensedById : null,
      },
      {
        onSuccess: (organisation) => {
          notifications.show({
            color: 'teal',
            message: t('organisations.created', { name: organisation.name }),
          });
          onClose();
        },
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ErrorAlert error={create.error} />
        <Select
          label={t('organisations.kind')}
          data={kinds.map((k) => ({ value: k, label: t(`organisationKinds.${k}`) }))}
          value={kind}
          onChange={(value) => value && setKind(value as OrganisationKind)}
          allowDeselect={false}
          error={fieldErrors.kind}
          required
        />
        <TextInput
          label={t('organisations.code')}
          description={fieldErrors.code ? undefined : t('organisations.codeHelp')}
          value={code}
          onChange={(event) => setCode(event.currentTarget.value)}
          error={fieldErrors.code}
          required
        />
        <TextInput
          label={t('organisations.name')}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={fieldErrors.name}
          required
        />
        <TextInput
          label={t('organisations.country')}
          description={fieldErrors.countryCode ? undefined : t('organisations.countryHelp')}
          value={countryCode}
          maxLength={2}
          onChange={(event) => setCountryCode(event.currentTarget.value)}
          error={fieldErrors.countryCode}
          required
        />
        {isCompany ? (
          <Select
            label={t('organisations.licensedBy')}
            data={regulators.map((r) => ({ value: r.id, label: `${r.name} (${r.countryCode})` }))}
            value={licensedById}
            onChange={setLicensedById}
            allowDeselect={false}
            error={fieldErrors.licensedById}
            required
          />
        ) : null}
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
