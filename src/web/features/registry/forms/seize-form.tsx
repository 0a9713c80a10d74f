import { Alert, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Firearm } from '../../../../contracts/registry';
import { registryApi } from '../registry-api';
import { BookFormModal } from './book-form-modal';
import { useBookForm } from './use-book-form';

interface SeizureInput {
  seizedAt: string;
  place: string;
  authority: string;
  reason: string;
  reference: string | null;
  idempotencyKey: string;
}

/** A datetime-local value (the device's time zone) as an instant; what cannot be read is sent as typed, for the API to name. */
function instantOf(value: string): string {
  const date = new Date(value);
  return value && !Number.isNaN(date.getTime()) ? date.toISOString() : value;
}

/** The regulator records that a weapon was seized: its status becomes "seized" by a ledger entry. */
export function SeizeFirearmModal(props: { firearm: Firearm; opened: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState({ seizedAt: '', place: '', authority: '', reason: '', reference: '' });
  const set = (key: keyof typeof draft) => (event: { currentTarget: { value: string } }) => {
    const value = event.currentTarget.value;
    setDraft((d) => ({ ...d, [key]: value }));
  };
  const form = useBookForm(
    (input: SeizureInput) => registryApi.seize(props.firearm.organisationId, props.firearm.id, input),
    props.onClose,
  );
  return (
    <BookFormModal
      opened={props.opened}
      title={t('registry.forms.seize.title')}
      isPending={form.isPending}
      error={form.error}
      onClose={form.close}
      onSubmit={() =>
        form.submit({
          seizedAt: instantOf(draft.seizedAt),
          place: draft.place,
          authority: draft.authority,
          reason: draft.reason,
          reference: draft.reference.trim() || null,
        })
      }
    >
      <Alert color="yellow" variant="light">
        {t('registry.forms.seize.warning')}
      </Alert>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          type="datetime-local"
          label={t('registry.forms.seize.seizedAt')}
          value={draft.seizedAt}
          onChange={set('seizedAt')}
          error={form.fields.seizedAt}
          required
        />
        <TextInput
          label={t('registry.forms.seize.place')}
          value={draft.place}
          onChange={set('place')}
          error={form.fields.place}
          required
        />
        <TextInput
          label={t('registry.forms.seize.authority')}
          value={draft.authority}
          onChange={set('authority')}
          error={form.fields.authority}
          required
        />
        <TextInput
          label={t('registry.forms.seize.reference')}
          value={draft.reference}
          onChange={set('reference')}
          error={form.fields.reference}
        />
      </SimpleGrid>
      <Textarea
        label={t('registry.forms.seize.reason')}
        value={draft.reason}
        onChange={set('reason')}
        error={form.fields.reason}
        autosize
        minRows={2}
        required
      />
    </BookFormModal>
  );
}
