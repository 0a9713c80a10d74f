import type { LocalizedText } from './localized-text';

/** UN Class 1 hazard divisions, as reused by IATG 01.50 §6.1 (fact sheet §1.1). */
export const HAZARD_DIVISIONS = ['1.1', '1.2', '1.3', '1.4', '1.5', '1.6'] as const;
export type HazardDivision = (typeof HAZARD_DIVISIONS)[number];

/**
 * Meanings restated from the UN Model Regulations division texts (fact sheet §1.1, all [C]:
 * en.wikipedia.org/wiki/Explosives_shipping_classification_system; TM 38-410 for 1.4).
 */
export const HAZARD_DIVISION_MEANINGS: Readonly<Record<HazardDivision, LocalizedText>> = {
  '1.1': {
    es: 'Riesgo de explosión en masa: prácticamente toda la carga reacciona casi al instante.',
    en: 'Mass explosion hazard: virtually the whole load reacts almost at once.',
  },
  '1.2': {
    es: 'Riesgo de proyección de fragmentos, sin riesgo de explosión en masa.',
    en: 'Projection (fragment) hazard, but no mass explosion hazard.',
  },
  '1.3': {
    es: 'Riesgo de incendio con un riesgo menor de onda expansiva, de proyección o de ambos, sin riesgo de explosión en masa.',
    en: 'Fire hazard with a minor blast hazard, a minor projection hazard or both, but no mass explosion hazard.',
  },
  '1.4': {
    es: 'Sin riesgo significativo: los efectos quedan en gran parte dentro del embalaje y no se proyectan fragmentos de tamaño o alcance apreciables.',
    en: 'No significant hazard: effects largely confined to the package, no fragments of appreciable size or range.',
  },
  '1.5': {
    es: 'Sustancias muy poco sensibles que tienen riesgo de explosión en masa.',
    en: 'Very insensitive substances that have a mass explosion hazard.',
  },
  '1.6': {
    es: 'Objetos extremadamente poco sensibles sin riesgo de explosión en masa.',
    en: 'Extremely insensitive articles without a mass explosion hazard.',
  },
};

export function isHazardDivision(value: unknown): value is HazardDivision {
  return typeof value === 'string' && (HAZARD_DIVISIONS as readonly string[]).includes(value);
}
