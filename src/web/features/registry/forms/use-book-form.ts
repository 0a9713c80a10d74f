import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { EntryWritten } from '../registry-api';
import { registryFieldErrors } from '../registry-errors';
import { useBookWrite } from '../registry-queries';

/**
 * A form's write: one idempotency key per opening, the field errors by path, and on success a
 * notice and a fresh key (the next opening is a new operation).
 */
export function useBookForm<Input extends { idempotencyKey: string }>(
  write: (input: Input) => Promise<EntryWritten>,
  onDone: () => void,
) {
  const { t } = useTranslation();
  const mutation = useBookWrite(write);
  const fields = registryFieldErrors(t, mutation.error);
  function submit(input: Omit<Input, 'idempotencyKey'>) {
    mutation.mutate(input, {
      onSuccess: (written) => {
        notifications.show({
          color: 'green',
          message: written.replayed ? t('registry.forms.replayed') : t('registry.forms.saved'),
        });
        mutation.renewKey();
        onDone();
      },
    });
  }
  function close() {
    mutation.renewKey();
    onDone();
  }
  return { submit, close, fields, error: mutation.error, isPending: mutation.isPending };
}
