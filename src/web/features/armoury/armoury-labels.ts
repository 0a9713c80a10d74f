import type { TFunction } from 'i18next';
import { FIREARM_STATUSES } from '../../../core/registry/firearm-statuses';
import { FIREARM_TYPES } from '../../../core/registry/firearm-types';
import { ISSUE_REFUSAL_CODES } from '../../../core/armoury/armoury-terms';
import type { IssueRefusal } from '../../../contracts/armoury';
import type { Formatters } from '../../i18n/format';

/** Labels of values that come from the API as codes, in the person's language. */

export function weaponTypeLabel(t: TFunction, type: string): string {
  const known = FIREARM_TYPES.find((k) => k === type);
  return known ? t(`registry.firearmTypes.${known}`) : type;
}

export function firearmStatusLabel(t: TFunction, status: string): string {
  const known = FIREARM_STATUSES.find((k) => k === status);
  return known ? t(`registry.firearmStatuses.${known}`) : status;
}

/** One refusal in plain words, with the fact behind it when there is one (e.g. the expiry date). */
export function refusalText(t: TFunction, format: Formatters, refusal: IssueRefusal): string {
  const code = ISSUE_REFUSAL_CODES.find((c) => c === refusal.code);
  const text = code ? t(`armoury.refusals.${code}`) : refusal.code;
  const facts: string[] = [];
  const { expiredOn, maximum, available, hours, heldBy, since } = refusal.details as Record<string, unknown>;
  // A weapon out: to whom and since when (issue 14, defect 12).
  if (typeof heldBy === 'string' && heldBy && typeof since === 'string' && since)
    facts.push(t('armoury.refusalDetail.heldBy', { name: heldBy, since: format.dateTime(since) }));
  if (typeof expiredOn === 'string' && expiredOn)
    facts.push(t('armoury.refusalDetail.expiredOn', { date: format.date(`${expiredOn}T12:00:00Z`) }));
  // An assignment's length and its cap are hours; a rounds maximum is a count.
  if (typeof hours === 'number' && hours > 0)
    facts.push(t('armoury.refusalDetail.hours', { value: format.number(Math.round(hours)) }));
  if (typeof maximum === 'number')
    facts.push(
      t(typeof hours === 'number' ? 'armoury.refusalDetail.maximumHours' : 'armoury.refusalDetail.maximum', {
        value: maximum,
      }),
    );
  if (typeof available === 'number') facts.push(t('armoury.refusalDetail.available', { value: available }));
  return facts.length ? `${text} (${facts.join(', ')})` : text;
}

/** A date-only value (YYYY-MM-DD) shown as a date, without the time zone moving it a day. */
export function formatDay(format: Formatters, day: string): string {
  return format.date(`${day}T12:00:00Z`);
}
