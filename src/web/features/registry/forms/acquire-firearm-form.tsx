import { Alert, Autocomplete, Checkbox, Divider, Select, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { AcquireFirearmRequest } from '../../../../contracts/registry';
import { ApiError } from '../../../api-client';
import { FIREARM_TYPES } from '../../../../core/registry/firearm-types';
import { typeLabel } from '../labels';
import { registryApi } from '../registry-api';
import { useCatalogue, useFacilities } from '../registry-queries';
import { BookFormModal } from './book-form-modal';
import { emptyMarking, markingInput, MarkingFields, type MarkingDraft } from './marking-fields';
import { useBookForm } from './use-book-form';

type AcquireInput = z.input<typeof AcquireFirearmRequest>;
const SOURCE_KINDS = ['supplier', 'importer', 'organisation', 'initial-registration'] as const;
type SourceKind = (typeof SOURCE_KINDS)[number];

const EMPTY = {
  facilityId: null as string | null,
  sourceKind: 'supplier' as SourceKind,
  sourceName: '',
  sourceReference: '',
  type: null as string | null,
  manufacturer: '',
  model: '',
  calibre: '',
  serial: '',
  serialAssigned: false,
  confirmDifferentFromLookalikes: false,
  countryOfManufacture: '',
  yearOfManufacture: '',
  importCountry: '',
  importYear: '',
  permitNumber: '',
  permitExpiresOn: '',
};
type Draft = typeof EMPTY;
type TextKey =
  | 'serial'
  | 'countryOfManufacture'
  | 'yearOfManufacture'
  | 'importCountry'
  | 'importYear'
  | 'permitNumber'
  | 'permitExpiresOn';

const year = (value: string) => (value.trim() === '' ? null : Number(value));

function toRequest(draft: Draft, marking: MarkingDraft): Omit<AcquireInput, 'idempotencyKey'> {
  return {
    facilityId: draft.facilityId ?? '',
    source: {
      kind: draft.sourceKind,
      name: draft.sourceName,
      reference: draft.sourceReference.trim() || null,
    },
    type: draft.type ?? '',
    manufacturer: draft.manufacturer,
    model: draft.model,
    calibre: draft.calibre,
    serial: draft.serial,
    serialAssigned: draft.serialAssigned,
    confirmDifferentFromLookalikes: draft.confirmDifferentFromLookalikes,
    countryOfManufacture: draft.countryOfManufacture.trim().toUpperCase(),
    yearOfManufacture: year(draft.yearOfManufacture),
    importCountry: draft.importCountry.trim().toUpperCase() || null,
    importYear: year(draft.importYear),
    permitNumber: draft.permitNumber.trim() || null,
    permitExpiresOn: draft.permitExpiresOn || null,
    markings: marking.text.trim() ? [markingInput(marking)] : [],
  };
}

/** A weapon enters the book: what it is (from the catalogue where possible), where it came from, where it is kept. */
export function AcquireFirearmModal(props: { organisationId: string; opened: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const facilities = useFacilities(props.organisationId).data ?? [];
  const catalogue = useCatalogue().data;
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [marking, setMarking] = useState<MarkingDraft>(emptyMarking('manufacture'));
  const form = useBookForm(
    (input: AcquireInput) => registryApi.acquire(props.organisationId, input),
    () => {
      setDraft(EMPTY);
      setMarking(emptyMarking('manufacture'));
      props.onClose();
    },
  );
  const f = form.fields;
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const manufacturer = catalogue?.manufacturers.find(
    (m) => m.name.toLowerCase() === draft.manufacturer.trim().toLowerCase(),
  );
  const models = catalogue?.models.filter((m) => !manufacturer || m.manufacturerId === manufacturer.id) ?? [];

  function pickModel(name: string) {
    const model = models.find((m) => m.name === name);
    const calibre = catalogue?.calibres.find((c) => c.id === model?.calibreId);
    set({
      model: name,
      ...(model && !draft.type ? { type: model.type } : {}),
      ...(calibre && !draft.calibre ? { calibre: calibre.name } : {}),
    });
  }
  function pickManufacturer(name: string) {
    const found = catalogue?.manufacturers.find((m) => m.name === name);
    set({
      manufacturer: name,
      ...(found?.countryCode && !draft.countryOfManufacture
        ? { countryOfManufacture: found.countryCode }
        : {}),
    });
  }
  const input = (key: TextKey, label: string, extra = {}) => (
    <TextInput
      label={label}
      value={draft[key]}
      onChange={(e) => set({ [key]: e.currentTarget.value } as Partial<Draft>)}
      error={f[key]}
      {...extra}
    />
  );

  // A serial that reads like a registered one (SERIAL_LOOKALIKE): name it, and let the person confirm.
  const lookalikes =
    form.error instanceof ApiError && form.error.code === 'SERIAL_LOOKALIKE'
      ? ((form.error.details as { existing?: Array<{ serial: string; model: string }> }).existing ?? [])
      : [];

  return (
    <BookFormModal
      opened={props.opened}
      title={t('registry.forms.acquire.title')}
      size="xl"
      isPending={form.isPending}
      error={form.error}
      onClose={form.close}
      onSubmit={() => form.submit(toRequest(draft, marking))}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('registry.forms.acquire.facility')}
          placeholder={t('registry.forms.chooseFacility')}
          data={facilities.map((x) => ({ value: x.id, label: `${x.code} — ${x.name}` }))}
          value={draft.facilityId}
          onChange={(facilityId) => set({ facilityId })}
          error={f.facilityId}
          required
        />
        <Select
          label={t('registry.forms.acquire.sourceKind')}
          data={SOURCE_KINDS.map((k) => ({ value: k, label: t(`registry.sourceKinds.${k}`) }))}
          value={draft.sourceKind}
          onChange={(k) => k && set({ sourceKind: k as SourceKind })}
          allowDeselect={false}
          error={f['source.kind']}
        />
        <TextInput
          label={t('registry.forms.acquire.sourceName')}
          value={draft.sourceName}
          onChange={(e) => set({ sourceName: e.currentTarget.value })}
          error={f['source.name']}
          required
        />
        <TextInput
          label={t('registry.forms.acquire.sourceReference')}
          value={draft.sourceReference}
          onChange={(e) => set({ sourceReference: e.currentTarget.value })}
          error={f['source.reference']}
        />
      </SimpleGrid>
      <Divider />
      <Text size="sm" c="dimmed">
        {t('registry.forms.acquire.catalogueHint')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Autocomplete
          label={t('registry.firearm.fields.manufacturer')}
          data={catalogue?.manufacturers.map((m) => m.name) ?? []}
          value={draft.manufacturer}
          onChange={pickManufacturer}
          error={f.manufacturer}
          limit={30}
          required
        />
        <Autocomplete
          label={t('registry.firearm.fields.model')}
          data={[...new Set(models.map((m) => m.name))]}
          value={draft.model}
          onChange={pickModel}
          error={f.model}
          limit={30}
        />
        <Select
          label={t('registry.firearm.fields.type')}
          data={FIREARM_TYPES.map((type) => ({ value: type, label: typeLabel(t, type) }))}
          value={draft.type}
          onChange={(type) => set({ type })}
          error={f.type}
          required
        />
        <Autocomplete
          label={t('registry.firearm.fields.calibre')}
          data={catalogue?.calibres.map((c) => c.name) ?? []}
          value={draft.calibre}
          onChange={(calibre) => set({ calibre })}
          error={f.calibre}
          limit={30}
          required
        />
        {input('serial', t('registry.firearm.fields.serial'), { required: true })}
        {input('countryOfManufacture', t('registry.firearm.fields.countryOfManufacture'), {
          required: true,
          maxLength: 2,
        })}
        {input('yearOfManufacture', t('registry.firearm.fields.yearOfManufacture'), { inputMode: 'numeric' })}
        {input('importCountry', t('registry.firearm.fields.importCountry'), { maxLength: 2 })}
        {input('importYear', t('registry.firearm.fields.importYear'), { inputMode: 'numeric' })}
        {input('permitNumber', t('registry.firearm.fields.permitNumber'))}
        {input('permitExpiresOn', t('registry.firearm.fields.permitExpiresOn'), { type: 'date' })}
      </SimpleGrid>
      {lookalikes.length > 0 ? (
        <Alert color="orange" title={t('registry.forms.acquire.lookalikeTitle')}>
          <Text size="sm">
            {t('registry.forms.acquire.lookalikeText', {
              serials: lookalikes.map((l) => (l.model ? `${l.serial} (${l.model})` : l.serial)).join(', '),
            })}
          </Text>
          <Checkbox
            mt="xs"
            label={t('registry.forms.acquire.lookalikeConfirm')}
            checked={draft.confirmDifferentFromLookalikes}
            onChange={(e) => set({ confirmDifferentFromLookalikes: e.currentTarget.checked })}
          />
        </Alert>
      ) : null}
      <Checkbox
        label={t('registry.forms.acquire.serialAssigned')}
        checked={draft.serialAssigned}
        onChange={(e) => set({ serialAssigned: e.currentTarget.checked })}
      />
      <Divider label={t('registry.forms.acquire.initialMarking')} labelPosition="left" />
      <MarkingFields
        value={marking}
        onChange={setMarking}
        errors={f}
        prefix="markings.0"
        organisationId={props.organisationId}
      />
      <Text size="xs" c="dimmed">
        {t('registry.forms.acquire.photosLater')}
      </Text>
    </BookFormModal>
  );
}
