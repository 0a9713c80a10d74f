import type { LocalizedText } from '../hazard/localized-text';

/**
 * Where a firearm stands (issue 3, "Registry"). ISACS 05.30 asks records to show status such as in
 * service, lost, stolen or destroyed (fact sheet §6.2, that part of the field list [U]); the finer
 * states are what a PSC armoury needs day to day.
 */
export const FIREARM_STATUSES = [
  'in-store',
  'issued',
  'in-transit',
  'under-maintenance',
  'lost',
  'stolen',
  'seized',
  'deactivated',
  'destroyed',
  // Sold or otherwise handed over outside the registry (disposal by sale): no longer held.
  'transferred-out',
] as const;
export type FirearmStatus = (typeof FIREARM_STATUSES)[number];

/** Spanish in the feminine: the noun understood is "el arma". */
export const FIREARM_STATUS_LABELS: Readonly<Record<FirearmStatus, LocalizedText>> = {
  'in-store': { es: 'En depósito', en: 'In store' },
  issued: { es: 'Entregada', en: 'Issued' },
  'in-transit': { es: 'En tránsito', en: 'In transit' },
  'under-maintenance': { es: 'En mantenimiento', en: 'Under maintenance' },
  lost: { es: 'Extraviada', en: 'Lost' },
  stolen: { es: 'Robada', en: 'Stolen' },
  seized: { es: 'Incautada', en: 'Seized' },
  deactivated: { es: 'Desactivada', en: 'Deactivated' },
  destroyed: { es: 'Destruida', en: 'Destroyed' },
  'transferred-out': {
    es: 'Vendida o entregada fuera del registro',
    en: 'Sold or handed over outside the registry',
  },
};

export function isFirearmStatus(value: string): value is FirearmStatus {
  return (FIREARM_STATUSES as readonly string[]).includes(value);
}
