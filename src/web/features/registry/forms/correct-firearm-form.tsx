import { Autocomplete, Select, SimpleGrid, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LedgerEntry } from '../../../../contracts/registry';
import { FIREARM_TYPES } from '../../../../core/registry/firearm-types';
import { entryKindLabel, typeLabel } from '../labels';
import { registryApi, type FirearmDetail } from '../registry-api';
import { useCatalogue } from '../registry-queries';
import { BookFormModal } from './book-form-modal';
import { useBookForm } from './use-book-form';

type TextField = 'serial' | 'model' | 'countryOfManufacture' | 'importCountry' | 'permitNumber';
const YEAR_FIELDS = ['yearOfManufacture', 'importYear'] as const;
type Draft = Record<
  'type' | 'manufacturer' | 'calibre' | 'permitExpiresOn' | TextField | (typeof YEAR_FIELDS)[number],
  string
>;

function draftOf(f: FirearmDetail): Draft {
  return {
    type: f.type,
    manufacturer: f.manufacturer,
    calibre: f.calibre,
    serial: f.serial,
    model: f.model,
    countryOfManufacture: f.countryOfManufacture,
    importCountry: f.importCountry ?? '',
    permitNumber: f.permitNumber ?? '',
    permitExpiresOn: f.permitExpiresOn ?? '',
    yearOfManufacture: f.yearOfManufacture === null ? '' : String(f.yearOfManufacture),
    importYear: f.importYear === null ? '' : String(f.importYear),
  };
}

/** Only what changed goes to the server; a blank optional field means "not recorded". */
function changesOf(before: Draft, after: Draft): Record<string, string | number | null> {
  const changes: Record<string, string | number | null> = {};
  for (const key of Object.keys(after) as Array<keyof Draft>) {
    if (after[key].trim() === before[key]) continue;
    const value = after[key].trim();
    if ((YEAR_FIELDS as readonly string[]).includes(key)) changes[key] = value === '' ? null : Number(value);
    else if (['importCountry', 'permitNumber', 'permitExpiresOn'].includes(key)) changes[key] = value || null;
    else changes[key] = value;
  }
  return changes;
}

interface CorrectionInput {
  correctsEntryId: string;
  reason: string;
  changes: Record<string, string | number | null>;
  idempotencyKey: string;
}

interface CorrectFirearmProps {
  readonly firearm: FirearmDetail;
  /** The entries of this firearm that a correction may name. */
  readonly entries: readonly LedgerEntry[];
  readonly entryId: string | null;
  readonly opened: boolean;
  onClose(): void;
}

/** A correction of what was recorded wrongly: a new entry that names the one it corrects. */
export function CorrectFirearmModal({ firearm, entries, entryId, opened, onClose }: CorrectFirearmProps) {
  const { t } = useTranslation();
  const catalogue = useCatalogue().data;
  const initial = draftOf(firearm);
  const [draft, setDraft] = useState<Draft>(initial);
  const [reason, setReason] = useState('');
  const [chosen, setChosen] = useState<string | null>(null);
  const correctsEntryId = chosen ?? entryId ?? entries.find((e) => e.kind !== 'correction')?.id ?? null;
  const form = useBookForm(
    (input: CorrectionInput) => registryApi.correctFirearm(firearm.id, input),
    () => {
      setReason('');
      setChosen(null);
      onClose();
    },
  );
  const fields = form.fields;
  const set = (key: keyof Draft) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const text = (key: TextField | (typeof YEAR_FIELDS)[number] | 'permitExpiresOn') => (
    <TextInput
      key={key}
      label={t(`registry.firearm.fields.${key}`)}
      value={draft[key]}
      type={key === 'permitExpiresOn' ? 'date' : 'text'}
      inputMode={(YEAR_FIELDS as readonly string[]).includes(key) ? 'numeric' : undefined}
      onChange={(e) => set(key)(e.currentTarget.value)}
      error={fields[`changes.${key}`]}
    />
  );
  return (
    <BookFormModal
      opened={opened}
      title={t('registry.forms.correct.title')}
      size="xl"
      isPending={form.isPending}
      error={form.error}
      onClose={() => {
        setDraft(initial);
        form.close();
      }}
      onSubmit={() =>
        form.submit({ correctsEntryId: correctsEntryId ?? '', reason, changes: changesOf(initial, draft) })
      }
    >
      <Text size="sm" c="dimmed">
        {t('registry.forms.correct.help')}
      </Text>
      <Select
        label={t('registry.forms.correct.entry')}
        data={entries.map((e) => ({
          value: e.id,
          label: `${t('registry.timeline.entry', { sequence: e.sequence })} — ${entryKindLabel(t, e.kind)}`,
        }))}
        value={correctsEntryId}
        onChange={setChosen}
        allowDeselect={false}
        error={fields.correctsEntryId}
      />
      <Textarea
        label={t('registry.forms.correct.reason')}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        error={fields.reason}
        autosize
        minRows={2}
        required
      />
      <Text size="sm" fw={600}>
        {t('registry.forms.correct.changes')}
      </Text>
      {fields.changes ? (
        <Text size="sm" c="red" role="alert">
          {t('registry.forms.correct.noChanges')}
        </Text>
      ) : null}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('registry.firearm.fields.type')}
          data={FIREARM_TYPES.map((type) => ({ value: type, label: typeLabel(t, type) }))}
          value={draft.type}
          onChange={(value) => value && set('type')(value)}
          allowDeselect={false}
          error={fields['changes.type']}
        />
        <Autocomplete
          label={t('registry.firearm.fields.manufacturer')}
          data={catalogue?.manufacturers.map((m) => m.name) ?? []}
          value={draft.manufacturer}
          onChange={set('manufacturer')}
          error={fields['changes.manufacturer']}
          limit={30}
        />
        <Autocomplete
          label={t('registry.firearm.fields.calibre')}
          data={catalogue?.calibres.map((c) => c.name) ?? []}
          value={draft.calibre}
          onChange={set('calibre')}
          error={fields['changes.calibre']}
          limit={30}
        />
        {text('serial')}
        {text('model')}
        {text('countryOfManufacture')}
        {text('yearOfManufacture')}
        {text('importCountry')}
        {text('importYear')}
        {text('permitNumber')}
        {text('permitExpiresOn')}
      </SimpleGrid>
    </BookFormModal>
  );
}
