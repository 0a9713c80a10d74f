import type { TFunction } from 'i18next';
import { ROLES, type Role } from '../../../core/access/roles';
import type { Formatters } from '../../i18n/format';

const DETAIL_KEYS = [
  'email',
  'roles',
  'from',
  'to',
  'requiresTotp',
  'name',
  'code',
  'kind',
  'via',
  'secondFactor',
  'until',
  'enrolled',
  'tokenId',
] as const;
type DetailKey = (typeof DETAIL_KEYS)[number];

function isDetailKey(key: string): key is DetailKey {
  return (DETAIL_KEYS as readonly string[]).includes(key);
}

function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

function describeValue(t: TFunction, format: Formatters, key: string, value: unknown): string {
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if (Array.isArray(value))
    return value.map((item) => (isRole(item) ? t(`roles.${item}`) : String(item))).join(', ');
  if (key === 'until' && typeof value === 'string') return format.dateTime(value);
  if (value === null || value === undefined) return '—';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** An event's details as "label: value" lines in the person's language. */
export function describeDetails(
  t: TFunction,
  format: Formatters,
  details: Record<string, unknown>,
): string[] {
  return Object.entries(details).map(([key, value]) => {
    const label = isDetailKey(key) ? t(`audit.detailKeys.${key}`) : key;
    return `${label}: ${describeValue(t, format, key, value)}`;
  });
}
