import { Select, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AmmunitionLot, LedgerEntry } from '../../../../contracts/registry';
import { CONSUMPTION_REASONS, type ConsumptionReason } from '../../../../core/holdings/holding-entries';
import { entryKindLabel } from '../labels';
import { registryApi } from '../registry-api';
import { useFacilities } from '../registry-queries';
import { BookFormModal } from './book-form-modal';
import { useBookForm } from './use-book-form';

interface LotFormProps {
  readonly lot: AmmunitionLot;
  readonly opened: boolean;
  onClose(): void;
}

const rounds = (value: string) => (value.trim() === '' ? 0 : Number(value));

/** The facilities holding this lot, with their stock, to choose where rounds come from. */
function useStockOptions(lot: AmmunitionLot) {
  const facilities = useFacilities(lot.organisationId).data ?? [];
  return lot.stock.map((s) => {
    const facility = facilities.find((f) => f.id === s.facilityId);
    return { value: s.facilityId, label: `${facility?.code ?? s.facilityId} (${s.rounds})` };
  });
}

function FacilitySelect(props: {
  lot: AmmunitionLot;
  value: string | null;
  onChange(value: string | null): void;
  error?: string;
  all?: boolean;
}) {
  const { t } = useTranslation();
  const stock = useStockOptions(props.lot);
  const facilities = useFacilities(props.lot.organisationId).data ?? [];
  const data = props.all ? facilities.map((f) => ({ value: f.id, label: `${f.code} — ${f.name}` })) : stock;
  return (
    <Select
      label={t('registry.forms.consume.facility')}
      placeholder={t('registry.forms.chooseFacility')}
      data={data}
      value={props.value ?? (data.length === 1 ? data[0]!.value : null)}
      onChange={props.onChange}
      error={props.error}
      required
    />
  );
}

/** Rounds used, with the reason (training, discharge on duty…): ICoC para 63 asks every discharge be accounted for. */
export function ConsumeModal({ lot, opened, onClose }: LotFormProps) {
  const { t } = useTranslation();
  const [facilityId, setFacility] = useState<string | null>(null);
  const [count, setCount] = useState('');
  const [reason, setReason] = useState<ConsumptionReason>('training');
  const [note, setNote] = useState('');
  const only = lot.stock.length === 1 ? lot.stock[0]!.facilityId : null;
  const form = useBookForm(
    (input: {
      facilityId: string;
      rounds: number;
      reason: ConsumptionReason;
      note: string | null;
      idempotencyKey: string;
    }) => registryApi.consume(lot.id, input),
    onClose,
  );
  return (
    <BookFormModal
      opened={opened}
      title={t('registry.forms.consume.title')}
      isPending={form.isPending}
      error={form.error}
      onClose={form.close}
      onSubmit={() =>
        form.submit({
          facilityId: facilityId ?? only ?? '',
          rounds: rounds(count),
          reason,
          note: note.trim() || null,
        })
      }
    >
      <FacilitySelect lot={lot} value={facilityId} onChange={setFacility} error={form.fields.facilityId} />
      <TextInput
        label={t('registry.forms.consume.rounds')}
        value={count}
        inputMode="numeric"
        onChange={(e) => setCount(e.currentTarget.value)}
        error={form.fields.rounds}
        required
      />
      <Select
        label={t('registry.forms.consume.reason')}
        data={CONSUMPTION_REASONS.map((r) => ({ value: r, label: t(`registry.consumptionReasons.${r}`) }))}
        value={reason}
        onChange={(value) => value && setReason(value as ConsumptionReason)}
        allowDeselect={false}
        error={form.fields.reason}
      />
      <Textarea
        label={t('registry.forms.consume.note')}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        error={form.fields.note}
        autosize
        minRows={2}
      />
    </BookFormModal>
  );
}

export function ReturnModal({ lot, opened, onClose }: LotFormProps) {
  const { t } = useTranslation();
  const [facilityId, setFacility] = useState<string | null>(null);
  const [count, setCount] = useState('');
  const [supplier, setSupplier] = useState('');
  const only = lot.stock.length === 1 ? lot.stock[0]!.facilityId : null;
  const form = useBookForm(
    (input: { facilityId: string; rounds: number; supplier: string; idempotencyKey: string }) =>
      registryApi.returnToSupplier(lot.id, input),
    onClose,
  );
  return (
    <BookFormModal
      opened={opened}
      title={t('registry.forms.returnToSupplier.title')}
      isPending={form.isPending}
      error={form.error}
      onClose={form.close}
      onSubmit={() => form.submit({ facilityId: facilityId ?? only ?? '', rounds: rounds(count), supplier })}
    >
      <FacilitySelect lot={lot} value={facilityId} onChange={setFacility} error={form.fields.facilityId} />
      <TextInput
        label={t('registry.forms.consume.rounds')}
        value={count}
        inputMode="numeric"
        onChange={(e) => setCount(e.currentTarget.value)}
        error={form.fields.rounds}
        required
      />
      <TextInput
        label={t('registry.forms.returnToSupplier.supplier')}
        value={supplier}
        onChange={(e) => setSupplier(e.currentTarget.value)}
        error={form.fields.supplier}
        required
      />
    </BookFormModal>
  );
}

/** A quantity recorded wrongly is set right by a new entry naming the wrong one. */
export function CorrectStockModal({
  lot,
  entries,
  entryId,
  opened,
  onClose,
}: LotFormProps & { entries: readonly LedgerEntry[]; entryId: string | null }) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<string | null>(null);
  const [facilityId, setFacility] = useState<string | null>(null);
  const [delta, setDelta] = useState('');
  const [reason, setReason] = useState('');
  const correctsEntryId = chosen ?? entryId ?? entries[0]?.id ?? null;
  const entryFacility = (
    entries.find((e) => e.id === correctsEntryId)?.payload as { facilityId?: string } | undefined
  )?.facilityId;
  const form = useBookForm(
    (input: {
      correctsEntryId: string;
      facilityId: string;
      roundsDelta: number;
      reason: string;
      idempotencyKey: string;
    }) => registryApi.correctStock(lot.id, input),
    onClose,
  );
  return (
    <BookFormModal
      opened={opened}
      title={t('registry.forms.correctStock.title')}
      isPending={form.isPending}
      error={form.error}
      onClose={form.close}
      onSubmit={() =>
        form.submit({
          correctsEntryId: correctsEntryId ?? '',
          facilityId: facilityId ?? entryFacility ?? '',
          roundsDelta: delta.trim() === '' ? 0 : Number(delta),
          reason,
        })
      }
    >
      <Select
        label={t('registry.forms.correct.entry')}
        data={entries.map((e) => ({
          value: e.id,
          label: `${t('registry.timeline.entry', { sequence: e.sequence })} — ${entryKindLabel(t, e.kind)}`,
        }))}
        value={correctsEntryId}
        onChange={setChosen}
        allowDeselect={false}
        error={form.fields.correctsEntryId}
      />
      <FacilitySelect
        lot={lot}
        value={facilityId ?? entryFacility ?? null}
        onChange={setFacility}
        error={form.fields.facilityId}
        all
      />
      <TextInput
        label={t('registry.forms.correctStock.delta')}
        value={delta}
        inputMode="numeric"
        onChange={(e) => setDelta(e.currentTarget.value)}
        error={form.fields.roundsDelta}
        required
      />
      <Textarea
        label={t('registry.forms.correct.reason')}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        error={form.fields.reason}
        autosize
        minRows={2}
        required
      />
    </BookFormModal>
  );
}
