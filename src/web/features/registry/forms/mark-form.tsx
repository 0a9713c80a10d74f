import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { registryApi, type FirearmDetail } from '../registry-api';
import { BookFormModal } from './book-form-modal';
import { emptyMarking, markingInput, MarkingFields, type MarkingDraft } from './marking-fields';
import { useBookForm } from './use-book-form';

/** Record a mark applied to the weapon (e.g. the company's secondary marking). */
export function MarkFirearmModal(props: { firearm: FirearmDetail; opened: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<MarkingDraft>(emptyMarking());
  const form = useBookForm(
    (input: { marking: ReturnType<typeof markingInput>; idempotencyKey: string }) =>
      registryApi.mark(props.firearm.id, input),
    () => {
      setDraft(emptyMarking());
      props.onClose();
    },
  );
  return (
    <BookFormModal
      opened={props.opened}
      title={t('registry.forms.mark.title')}
      size="lg"
      isPending={form.isPending}
      error={form.error}
      onClose={form.close}
      onSubmit={() => form.submit({ marking: markingInput(draft) })}
    >
      <MarkingFields
        value={draft}
        onChange={setDraft}
        errors={form.fields}
        prefix="marking"
        organisationId={props.firearm.organisationId}
      />
    </BookFormModal>
  );
}
