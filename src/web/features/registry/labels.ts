import type { TFunction } from 'i18next';
import { isFirearmStatus } from '../../../core/registry/firearm-statuses';
import { FIREARM_TYPES, type FirearmType } from '../../../core/registry/firearm-types';
import { isMarkingKind } from '../../../core/registry/marking-kinds';
import { registryEs } from '../../i18n/registry.es';

// Labels of the registry's coded values; an unknown code (a newer server) shows as written.

const isFirearmType = (value: string): value is FirearmType =>
  (FIREARM_TYPES as readonly string[]).includes(value);

export function typeLabel(t: TFunction, type: string): string {
  return isFirearmType(type) ? t(`registry.firearmTypes.${type}`) : type;
}

export function statusLabel(t: TFunction, status: string): string {
  return isFirearmStatus(status) ? t(`registry.firearmStatuses.${status}`) : status;
}

export function markingLabel(t: TFunction, kind: string): string {
  return isMarkingKind(kind) ? t(`registry.markingKinds.${kind}`) : kind;
}

type EntryKind = Exclude<keyof typeof registryEs.timeline.kinds, 'other'>;
const isEntryKind = (kind: string): kind is EntryKind =>
  kind !== 'other' && kind in registryEs.timeline.kinds;

/** A ledger entry's kind; kinds added by later capabilities show their code until they get a label. */
export function entryKindLabel(t: TFunction, kind: string): string {
  return isEntryKind(kind)
    ? t(`registry.timeline.kinds.${kind}`)
    : t('registry.timeline.kinds.other', { kind });
}
