import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { registryErrorMessage } from './registry-errors';

/** A failed registry request, with the book's refusals named; announced to screen readers. */
export function RegistryErrorAlert({ error }: { readonly error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <Alert color="red" variant="light" title={t('common.errorTitle')} role="alert" mb="md">
      {registryErrorMessage(t, error)}
    </Alert>
  );
}
