import type { CompatibilityGroup } from './compatibility-groups';
import type { HazardDivision } from './hazard-divisions';
import type { LocalizedText } from './localized-text';

export interface UnNumberEntry {
  /** Four-digit string, e.g. "0012". */
  readonly unNumber: string;
  /** English is the UN proper shipping name; Spanish is our translation, not the official ADR text. */
  readonly properShippingName: LocalizedText;
  readonly hazardDivision: HazardDivision;
  readonly compatibilityGroup: CompatibilityGroup;
  readonly source: string;
}

const NCASA = 'GitHub Nico-Casarin/ncasa-site assets/js/table.js (UN/49 CFR list transcription)';

const CARTRIDGES_INERT: LocalizedText = {
  es: 'Cartuchos para armas con proyectil inerte, o cartuchos para armas de pequeño calibre',
  en: 'Cartridges for weapons, inert projectile, or Cartridges, small arms',
};
const CARTRIDGES_BLANK: LocalizedText = {
  es: 'Cartuchos para armas, sin bala, o cartuchos para armas de pequeño calibre, sin bala',
  en: 'Cartridges for weapons, blank, or Cartridges, small arms, blank',
};
const CASES_WITH_PRIMER: LocalizedText = {
  es: 'Vainas de cartucho vacías, con fulminante',
  en: 'Cases, cartridge, empty, with primer',
};

/**
 * UN numbers of the ammunition a PSC holds, with their HD/CG. Source: fact sheet §1.5 (all rows [C]);
 * each row names the source the fact sheet gives. Check against the current UN Dangerous Goods List.
 */
export const UN_NUMBERS: readonly UnNumberEntry[] = [
  {
    unNumber: '0012',
    properShippingName: CARTRIDGES_INERT,
    hazardDivision: '1.4',
    compatibilityGroup: 'S',
    source: 'remingtonredbook.com (UN 0012); UN ST/SG/AC.10/C.3/2009/38 (SAAMI); ' + NCASA,
  },
  {
    unNumber: '0014',
    properShippingName: CARTRIDGES_BLANK,
    hazardDivision: '1.4',
    compatibilityGroup: 'S',
    source: 'SAAMI UN paper; ' + NCASA,
  },
  {
    unNumber: '0044',
    properShippingName: { es: 'Cebos tipo cápsula', en: 'Primers, cap type' },
    hazardDivision: '1.4',
    compatibilityGroup: 'S',
    source: 'saami.org transport data sheet UN 0044',
  },
  {
    unNumber: '0055',
    properShippingName: CASES_WITH_PRIMER,
    hazardDivision: '1.4',
    compatibilityGroup: 'S',
    source: 'remingtonredbook.com (UN 0055)',
  },
  {
    unNumber: '0323',
    properShippingName: {
      es: 'Cartuchos para dispositivos de accionamiento',
      en: 'Cartridges, power device',
    },
    hazardDivision: '1.4',
    compatibilityGroup: 'S',
    source: 'SAAMI UN paper; ' + NCASA,
  },
  {
    unNumber: '0326',
    properShippingName: { es: 'Cartuchos para armas, sin bala', en: 'Cartridges for weapons, blank' },
    hazardDivision: '1.1',
    compatibilityGroup: 'C',
    source: NCASA,
  },
  {
    unNumber: '0327',
    properShippingName: CARTRIDGES_BLANK,
    hazardDivision: '1.3',
    compatibilityGroup: 'C',
    source: NCASA,
  },
  {
    unNumber: '0328',
    properShippingName: {
      es: 'Cartuchos para armas con proyectil inerte',
      en: 'Cartridges for weapons, inert projectile',
    },
    hazardDivision: '1.2',
    compatibilityGroup: 'C',
    source: NCASA + '; allfirefighter.com/hazmat/un/0328',
  },
  {
    unNumber: '0338',
    properShippingName: CARTRIDGES_BLANK,
    hazardDivision: '1.4',
    compatibilityGroup: 'C',
    source: NCASA,
  },
  {
    unNumber: '0339',
    properShippingName: CARTRIDGES_INERT,
    hazardDivision: '1.4',
    compatibilityGroup: 'C',
    source: NCASA,
  },
  {
    unNumber: '0345',
    properShippingName: { es: 'Proyectiles inertes con trazador', en: 'Projectiles, inert with tracer' },
    hazardDivision: '1.4',
    compatibilityGroup: 'S',
    source: NCASA,
  },
  {
    unNumber: '0379',
    properShippingName: CASES_WITH_PRIMER,
    hazardDivision: '1.4',
    compatibilityGroup: 'C',
    source: NCASA,
  },
  {
    // Fact sheet §1.5: allfirefighter.com says 1.3C; the usual reading, followed here, is 1.2C.
    unNumber: '0413',
    properShippingName: { es: 'Cartuchos para armas, sin bala', en: 'Cartridges for weapons, blank' },
    hazardDivision: '1.2',
    compatibilityGroup: 'C',
    source: NCASA,
  },
  {
    unNumber: '0417',
    properShippingName: CARTRIDGES_INERT,
    hazardDivision: '1.3',
    compatibilityGroup: 'C',
    source: NCASA,
  },
  {
    unNumber: '0509',
    properShippingName: { es: 'Pólvora sin humo', en: 'Powder, smokeless' },
    hazardDivision: '1.4',
    compatibilityGroup: 'C',
    source: NCASA,
  },
];

const BY_UN_NUMBER: ReadonlyMap<string, UnNumberEntry> = new Map(
  UN_NUMBERS.map((entry) => [entry.unNumber, entry]),
);

/** The entry for a four-digit UN number, or undefined when Custodia does not know it. */
export function findUnNumber(unNumber: string): UnNumberEntry | undefined {
  return BY_UN_NUMBER.get(unNumber);
}
