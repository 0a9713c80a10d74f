import { Alert, Select, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Firearm } from '../../../../contracts/registry';
import { DISPOSAL_METHODS, type DisposalMethod } from '../../../../core/holdings/holding-entries';
import { registryApi } from '../registry-api';
import { BookFormModal } from './book-form-modal';
import { useBookForm } from './use-book-form';

interface DisposalInput {
  method: DisposalMethod;
  certificateReference: string;
  recipient: string | null;
  idempotencyKey: string;
}

/** Sale, deactivation or destruction, with its certificate. */
export function DisposeFirearmModal(props: { firearm: Firearm; opened: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const [method, setMethod] = useState<DisposalMethod>('destruction');
  const [certificateReference, setCertificate] = useState('');
  const [recipient, setRecipient] = useState('');
  const form = useBookForm(
    (input: DisposalInput) => registryApi.dispose(props.firearm.id, input),
    props.onClose,
  );
  return (
    <BookFormModal
      opened={props.opened}
      title={t('registry.forms.dispose.title')}
      isPending={form.isPending}
      error={form.error}
      onClose={form.close}
      onSubmit={() => form.submit({ method, certificateReference, recipient: recipient.trim() || null })}
    >
      <Alert color="yellow" variant="light">
        {t('registry.forms.dispose.warning')}
      </Alert>
      <Select
        label={t('registry.forms.dispose.method')}
        data={DISPOSAL_METHODS.map((m) => ({ value: m, label: t(`registry.disposalMethods.${m}`) }))}
        value={method}
        onChange={(value) => value && setMethod(value as DisposalMethod)}
        allowDeselect={false}
        error={form.fields.method}
      />
      <TextInput
        label={t('registry.forms.dispose.certificate')}
        value={certificateReference}
        onChange={(e) => setCertificate(e.currentTarget.value)}
        error={form.fields.certificateReference}
        required
      />
      {method === 'sale' ? (
        <TextInput
          label={t('registry.forms.dispose.recipient')}
          value={recipient}
          onChange={(e) => setRecipient(e.currentTarget.value)}
          error={form.fields.recipient}
        />
      ) : null}
    </BookFormModal>
  );
}
