import { Select, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Firearm } from '../../../../contracts/registry';
import { registryApi } from '../registry-api';
import { useFacilities, useRecipients } from '../registry-queries';
import { BookFormModal } from './book-form-modal';
import { useBookForm } from './use-book-form';

interface TransferProps {
  readonly firearm: Firearm;
  readonly opened: boolean;
  onClose(): void;
}

/** Send a weapon to another licensed company: it is in transit until that company confirms. */
export function TransferOutModal({ firearm, opened, onClose }: TransferProps) {
  const { t } = useTranslation();
  const recipients = useRecipients(firearm.organisationId, opened);
  const [toOrganisationId, setTo] = useState<string | null>(null);
  const [reference, setReference] = useState('');
  const form = useBookForm(
    (input: { toOrganisationId: string; reference: string | null; idempotencyKey: string }) =>
      registryApi.transferOut(firearm.id, input),
    onClose,
  );
  const options = (recipients.data ?? []).map((r) => ({ value: r.id, label: `${r.code} — ${r.name}` }));
  return (
    <BookFormModal
      opened={opened}
      title={t('registry.forms.transferOut.title')}
      isPending={form.isPending}
      error={form.error ?? recipients.error}
      onClose={form.close}
      onSubmit={() =>
        form.submit({ toOrganisationId: toOrganisationId ?? '', reference: reference.trim() || null })
      }
    >
      <Text size="sm" c="dimmed">
        {t('registry.forms.transferOut.help')}
      </Text>
      <Select
        label={t('registry.forms.transferOut.recipient')}
        data={options}
        value={toOrganisationId}
        onChange={setTo}
        searchable
        nothingFoundMessage={t('registry.forms.transferOut.noRecipients')}
        error={form.fields.toOrganisationId}
        required
      />
      <TextInput
        label={t('registry.forms.transferOut.reference')}
        value={reference}
        onChange={(e) => setReference(e.currentTarget.value)}
        error={form.fields.reference}
      />
    </BookFormModal>
  );
}

/** The receiving company confirms a transfer and says where the weapon is kept. */
export function TransferInModal({
  firearm,
  organisationId,
  opened,
  onClose,
}: TransferProps & { organisationId: string }) {
  const { t } = useTranslation();
  const facilities = useFacilities(organisationId).data ?? [];
  const [facilityId, setFacility] = useState<string | null>(null);
  const form = useBookForm(
    (input: { facilityId: string; idempotencyKey: string }) => registryApi.transferIn(firearm.id, input),
    onClose,
  );
  return (
    <BookFormModal
      opened={opened}
      title={t('registry.forms.transferIn.title')}
      isPending={form.isPending}
      error={form.error}
      onClose={form.close}
      onSubmit={() => form.submit({ facilityId: facilityId ?? '' })}
    >
      <Text size="sm">
        {firearm.manufacturer} {firearm.model} — {firearm.serial}
      </Text>
      <Select
        label={t('registry.forms.transferIn.facility')}
        placeholder={t('registry.forms.chooseFacility')}
        data={facilities.map((f) => ({ value: f.id, label: `${f.code} — ${f.name}` }))}
        value={facilityId}
        onChange={setFacility}
        error={form.fields.facilityId}
        required
      />
    </BookFormModal>
  );
}
