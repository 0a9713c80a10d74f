import { Select } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { registryApi, type FirearmDetail } from '../registry-api';
import { useFacilities } from '../registry-queries';
import { BookFormModal } from './book-form-modal';
import { useBookForm } from './use-book-form';

interface FirearmFormProps {
  readonly firearm: FirearmDetail;
  readonly opened: boolean;
  onClose(): void;
}

/** Move between the company's own facilities. */
export function MoveFirearmModal({ firearm, opened, onClose }: FirearmFormProps) {
  const { t } = useTranslation();
  const facilities = useFacilities(firearm.organisationId).data ?? [];
  const [toFacilityId, setTo] = useState<string | null>(null);
  const form = useBookForm(
    (input: { toFacilityId: string; idempotencyKey: string }) => registryApi.move(firearm.id, input),
    onClose,
  );
  return (
    <BookFormModal
      opened={opened}
      title={t('registry.forms.move.title')}
      isPending={form.isPending}
      error={form.error}
      onClose={form.close}
      onSubmit={() => form.submit({ toFacilityId: toFacilityId ?? '' })}
    >
      <Select
        label={t('registry.forms.move.toFacility')}
        placeholder={t('registry.forms.chooseFacility')}
        data={facilities
          .filter((f) => f.id !== firearm.facilityId)
          .map((f) => ({ value: f.id, label: `${f.code} — ${f.name}` }))}
        value={toFacilityId}
        onChange={setTo}
        error={form.fields.toFacilityId}
        required
      />
    </BookFormModal>
  );
}
