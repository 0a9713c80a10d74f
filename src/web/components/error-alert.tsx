import { Alert, Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorMessage } from './error-message';

interface ErrorAlertProps {
  readonly error: unknown;
  readonly onRetry?: () => void;
}

/** A failed request, translated by its error code; announced to screen readers. */
export function ErrorAlert({ error, onRetry }: ErrorAlertProps) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <Alert color="red" variant="light" title={t('common.errorTitle')} role="alert" mb="md">
      {errorMessage(t, error)}
      {onRetry ? (
        <Button variant="subtle" color="red" size="compact-sm" ml="sm" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      ) : null}
    </Alert>
  );
}
