import { Autocomplete, Select, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { ReceiveAmmunitionRequest } from '../../../../contracts/registry';
import { isApiError } from '../../../api-client';
import { registryApi } from '../registry-api';
import { useCatalogue, useFacilities } from '../registry-queries';
import { BookFormModal } from './book-form-modal';
import { useBookForm } from './use-book-form';

type ReceiveInput = z.input<typeof ReceiveAmmunitionRequest>;

const EMPTY = {
  facilityId: null as string | null,
  rounds: '',
  lotNumber: '',
  calibre: '',
  manufacturer: '',
  year: '',
  unNumber: '',
  hazardDivision: '',
  compatibilityGroup: '',
  neqKgPer1000: '',
  source: '',
  overrideReason: '',
};
type Draft = typeof EMPTY;
type TextKey = Exclude<keyof Draft, 'facilityId' | 'calibre' | 'manufacturer' | 'overrideReason'>;

const orNull = (value: string) => value.trim() || null;

function toRequest(d: Draft): Omit<ReceiveInput, 'idempotencyKey'> {
  return {
    facilityId: d.facilityId ?? '',
    rounds: d.rounds.trim() === '' ? 0 : Number(d.rounds),
    lotNumber: d.lotNumber,
    calibre: d.calibre,
    manufacturer: d.manufacturer,
    year: d.year.trim() === '' ? null : Number(d.year),
    unNumber: orNull(d.unNumber),
    hazardDivision: orNull(d.hazardDivision),
    compatibilityGroup: orNull(d.compatibilityGroup.toUpperCase()),
    neqKgPer1000: orNull(d.neqKgPer1000.replace(',', '.')),
    source: orNull(d.source),
    hazardOverride: d.overrideReason.trim() ? { reason: d.overrideReason } : null,
  };
}

/** Rounds received into a facility: a new lot, or more of a lot already held (same lot number). */
export function ReceiveAmmunitionModal(props: { organisationId: string; opened: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const facilities = useFacilities(props.organisationId).data ?? [];
  const catalogue = useCatalogue().data;
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const form = useBookForm(
    (input: ReceiveInput) => registryApi.receive(props.organisationId, input),
    () => {
      setDraft(EMPTY);
      props.onClose();
    },
  );
  const f = form.fields;
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const needsOverride = isApiError(form.error, 'HAZARD_OVERRIDE_REQUIRED') || draft.overrideReason !== '';
  const input = (key: TextKey, label: string, extra = {}) => (
    <TextInput
      label={label}
      value={draft[key]}
      onChange={(e) => set({ [key]: e.currentTarget.value } as Partial<Draft>)}
      error={f[key]}
      {...extra}
    />
  );
  return (
    <BookFormModal
      opened={props.opened}
      title={t('registry.forms.receive.title')}
      size="xl"
      isPending={form.isPending}
      error={form.error}
      onClose={form.close}
      onSubmit={() => form.submit(toRequest(draft))}
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
        {input('rounds', t('registry.forms.receive.rounds'), { required: true, inputMode: 'numeric' })}
        {input('lotNumber', t('registry.forms.receive.lotNumber'), { required: true })}
        <Autocomplete
          label={t('registry.lot.fields.calibre')}
          data={catalogue?.calibres.map((c) => c.name) ?? []}
          value={draft.calibre}
          onChange={(calibre) => set({ calibre })}
          error={f.calibre}
          limit={30}
          required
        />
        <Autocomplete
          label={t('registry.lot.fields.manufacturer')}
          data={catalogue?.manufacturers.map((m) => m.name) ?? []}
          value={draft.manufacturer}
          onChange={(manufacturer) => set({ manufacturer })}
          error={f.manufacturer}
          limit={30}
          required
        />
        {input('year', t('registry.forms.receive.year'), { inputMode: 'numeric' })}
        {input('unNumber', t('registry.forms.receive.unNumber'), { placeholder: '0012', maxLength: 4 })}
        {input('hazardDivision', t('registry.forms.receive.hazardDivision'), { placeholder: '1.4' })}
        {input('compatibilityGroup', t('registry.forms.receive.compatibilityGroup'), {
          placeholder: 'S',
          maxLength: 1,
        })}
        {input('neqKgPer1000', t('registry.forms.receive.neqKgPer1000'), { placeholder: '0.35' })}
        {input('source', t('registry.forms.receive.source'))}
      </SimpleGrid>
      {needsOverride ? (
        <Textarea
          label={t('registry.forms.receive.overrideReason')}
          description={t('registry.forms.receive.overrideHelp')}
          value={draft.overrideReason}
          onChange={(e) => set({ overrideReason: e.currentTarget.value })}
          error={f['hazardOverride.reason']}
          autosize
          minRows={2}
        />
      ) : null}
    </BookFormModal>
  );
}
