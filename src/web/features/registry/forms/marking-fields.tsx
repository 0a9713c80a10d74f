import { Checkbox, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MARKING_KINDS, type MarkingKind } from '../../../../core/registry/marking-kinds';
import { markingLabel } from '../labels';
import { PhotoField } from './photo-field';

export interface MarkingDraft {
  kind: MarkingKind;
  text: string;
  location: string;
  appliedOn: string;
  appliedBy: string;
  includesManufacturer: boolean;
  includesCountryOfManufacture: boolean;
  includesSerial: boolean;
  photoId: string | null;
}

export const emptyMarking = (kind: MarkingKind = 'psc-secondary'): MarkingDraft => ({
  kind,
  text: '',
  location: '',
  appliedOn: '',
  appliedBy: '',
  includesManufacturer: false,
  includesCountryOfManufacture: false,
  includesSerial: false,
  photoId: null,
});

/** The marking as the API takes it: blanks are "not recorded"; the photo is uploaded beforehand. */
export function markingInput(draft: MarkingDraft) {
  return {
    kind: draft.kind,
    text: draft.text,
    location: draft.location.trim() || null,
    appliedOn: draft.appliedOn || null,
    appliedBy: draft.appliedBy.trim() || null,
    includesManufacturer: draft.includesManufacturer,
    includesCountryOfManufacture: draft.includesCountryOfManufacture,
    includesSerial: draft.includesSerial,
    photoId: draft.photoId,
  };
}

interface MarkingFieldsProps {
  readonly value: MarkingDraft;
  onChange(next: MarkingDraft): void;
  /** Field errors by path, e.g. "marking.text". */
  readonly errors: Record<string, string>;
  readonly prefix: string;
  /** Whose book the photo goes to. */
  readonly organisationId: string;
}

export function MarkingFields({ value, onChange, errors, prefix, organisationId }: MarkingFieldsProps) {
  const { t } = useTranslation();
  const set = (patch: Partial<MarkingDraft>) => onChange({ ...value, ...patch });
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('registry.firearm.markingFields.kind')}
          data={MARKING_KINDS.map((kind) => ({ value: kind, label: markingLabel(t, kind) }))}
          value={value.kind}
          onChange={(kind) => kind && set({ kind: kind as MarkingKind })}
          allowDeselect={false}
          error={errors[`${prefix}.kind`]}
        />
        <TextInput
          label={t('registry.firearm.markingFields.text')}
          value={value.text}
          onChange={(e) => set({ text: e.currentTarget.value })}
          error={errors[`${prefix}.text`]}
          required
        />
        <TextInput
          label={t('registry.firearm.markingFields.location')}
          value={value.location}
          onChange={(e) => set({ location: e.currentTarget.value })}
          error={errors[`${prefix}.location`]}
        />
        <TextInput
          label={t('registry.firearm.markingFields.appliedOn')}
          type="date"
          value={value.appliedOn}
          onChange={(e) => set({ appliedOn: e.currentTarget.value })}
          error={errors[`${prefix}.appliedOn`]}
        />
        <TextInput
          label={t('registry.firearm.markingFields.appliedBy')}
          value={value.appliedBy}
          onChange={(e) => set({ appliedBy: e.currentTarget.value })}
          error={errors[`${prefix}.appliedBy`]}
        />
      </SimpleGrid>
      <Checkbox
        label={t('registry.forms.mark.includesManufacturer')}
        checked={value.includesManufacturer}
        onChange={(e) => set({ includesManufacturer: e.currentTarget.checked })}
      />
      <Checkbox
        label={t('registry.forms.mark.includesCountry')}
        checked={value.includesCountryOfManufacture}
        onChange={(e) => set({ includesCountryOfManufacture: e.currentTarget.checked })}
      />
      <Checkbox
        label={t('registry.forms.mark.includesSerial')}
        checked={value.includesSerial}
        onChange={(e) => set({ includesSerial: e.currentTarget.checked })}
      />
      <PhotoField
        organisationId={organisationId}
        label={t('registry.firearm.markingFields.photo')}
        value={value.photoId}
        onChange={(photoId) => set({ photoId })}
        error={errors[`${prefix}.photoId`]}
      />
    </Stack>
  );
}
