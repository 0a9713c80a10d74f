import type { TFunction } from 'i18next';
import { isApiError } from '../api-client';

/** A failure in the person's language, chosen by the API's error code (never the server's English text). */
export function errorMessage(t: TFunction, error: unknown): string {
  if (!isApiError(error)) return t('errors.UNEXPECTED');
  if (error.code === 'SIGN_IN_LOCKED') {
    const seconds = (error.details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
    const minutes = typeof seconds === 'number' ? Math.max(1, Math.ceil(seconds / 60)) : null;
    if (minutes !== null) return t('errors.SIGN_IN_LOCKED_FOR', { count: minutes });
  }
  return t(`errors.${error.code}`);
}
