import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { RegisterFacilityRequest } from '../../../../contracts/registry';
import { FACILITY_KINDS, type FacilityKind } from '../../../../core/holdings/holding-entries';
import { registryApi } from '../registry-api';
import { BookFormModal } from './book-form-modal';
import { useBookForm } from './use-book-form';

type RegisterInput = z.input<typeof RegisterFacilityRequest>;
const EMPTY = {
  code: '',
  name: '',
  kind: 'armoury' as FacilityKind,
  address: '',
  licenceNumber: '',
  licenceExpiresOn: '',
  maxNeqKg: '',
};
type Draft = typeof EMPTY;
type TextKey = Exclude<keyof Draft, 'kind'>;

/** A new armoury or store enters the book (its security measures and photos can follow in later entries). */
export function RegisterFacilityModal(props: { organisationId: string; opened: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const form = useBookForm(
    (input: RegisterInput) => registryApi.registerFacility(input),
    () => {
      setDraft(EMPTY);
      props.onClose();
    },
  );
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const input = (key: TextKey, extra = {}) => (
    <TextInput
      label={t(`registry.forms.facility.${key}`)}
      value={draft[key]}
      onChange={(e) => set({ [key]: e.currentTarget.value } as Partial<Draft>)}
      error={form.fields[key]}
      {...extra}
    />
  );
  return (
    <BookFormModal
      opened={props.opened}
      title={t('registry.forms.facility.title')}
      size="lg"
      isPending={form.isPending}
      error={form.error}
      onClose={form.close}
      onSubmit={() =>
        form.submit({
          organisationId: props.organisationId,
          code: draft.code.trim().toUpperCase(),
          name: draft.name,
          kind: draft.kind,
          address: draft.address.trim() || null,
          licenceNumber: draft.licenceNumber.trim() || null,
          licenceExpiresOn: draft.licenceExpiresOn || null,
          maxNeqKg: draft.maxNeqKg.trim().replace(',', '.') || null,
        })
      }
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {input('code', { required: true })}
        {input('name', { required: true })}
        <Select
          label={t('registry.forms.facility.kind')}
          data={FACILITY_KINDS.map((k) => ({ value: k, label: t(`registry.facilityKinds.${k}`) }))}
          value={draft.kind}
          onChange={(k) => k && set({ kind: k as FacilityKind })}
          allowDeselect={false}
          error={form.fields.kind}
        />
        {input('address')}
        {input('licenceNumber')}
        {input('licenceExpiresOn', { type: 'date' })}
        {input('maxNeqKg', { placeholder: '25' })}
      </SimpleGrid>
    </BookFormModal>
  );
}
