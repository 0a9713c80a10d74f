import type { TFunction } from 'i18next';

/** A sign code in words, e.g. "fire-division-4" → "Fire division 4". */
export function signLabel(t: TFunction, code: string): string {
  if (code.startsWith('fire-division-')) return t('hazard.signs.names.fireDivision', { n: code.slice(-1) });
  if (code.startsWith('class-1-')) return t('hazard.signs.names.placard', { code: code.slice(8) });
  if (code === 'apply-no-water' || code === 'wear-breathing-apparatus' || code === 'chemical-hazard')
    return t(`hazard.signs.names.${code}`);
  return code;
}
