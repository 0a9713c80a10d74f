import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import { isApiError } from '../../api-client';
import { incidentsEs } from '../../i18n/incidents.es';

type ExplainedField = keyof typeof incidentsEs.fieldErrors;
const isExplained = (field: string): field is ExplainedField => field in incidentsEs.fieldErrors;

/**
 * The message to show at each field named in a 400's details.fields, keyed by the field's path as
 * the API writes it (`discoveredAt`, `persons.1.name`). The rule is explained in the person's
 * language from the last named segment of the path; a list's own problem also marks the list.
 */
export function incidentFieldErrors(t: TFunction, error: unknown): Record<string, string> {
  if (!isApiError(error)) return {};
  const result: Record<string, string> = {};
  for (const problem of error.fields) {
    const segments = problem.path.split('.').filter((s) => s !== '' && !/^\d+$/.test(s));
    const field = segments[segments.length - 1] ?? problem.path;
    const message = isExplained(field)
      ? t(`incidents.fieldErrors.${field}`)
      : t('incidents.fieldErrors.invalid');
    result[problem.path] ??= message;
    const list = segments[0];
    if (list && list !== problem.path && isExplained(list))
      result[list] ??= t(`incidents.fieldErrors.${list}`);
  }
  return result;
}

/** A datetime-local input's value (the device's time) as an ISO instant, or null when empty or invalid. */
export function localToIso(value: string): string | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** An instant as a datetime-local input's value, in the device's time zone, to the minute. */
export function isoToLocal(iso: string): string {
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A short confirmation in the corner; its close button is named (an icon alone names nothing). */
export function showDone(t: TFunction, message: string): void {
  notifications.show({ color: 'green', message, closeButtonProps: { 'aria-label': t('common.close') } });
}
