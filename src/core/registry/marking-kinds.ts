import type { LocalizedText } from '../hazard/localized-text';

/** The kinds of mark a firearm can carry (issue 3, "Registry"). */
export const MARKING_KINDS = ['manufacture', 'import', 'state', 'psc-secondary'] as const;
export type MarkingKind = (typeof MARKING_KINDS)[number];

export interface MarkingKindDefinition {
  readonly kind: MarkingKind;
  readonly label: LocalizedText;
  readonly source: string;
}

export const MARKING_KIND_DEFINITIONS: Readonly<Record<MarkingKind, MarkingKindDefinition>> = {
  manufacture: {
    kind: 'manufacture',
    label: { es: 'Marcaje de fabricación', en: 'Manufacture marking' },
    source: 'ITI para 8(a); UN Firearms Protocol Art 8(1)(a); ISACS 05.30 (fact sheet §6.1, §6.2, §6.4 [C])',
  },
  import: {
    kind: 'import',
    label: { es: 'Marcaje de importación', en: 'Import marking' },
    source: 'ITI para 8(b); UN Firearms Protocol Art 8(1)(b); ISACS 05.30 (fact sheet §6.1, §6.2, §6.4 [C])',
  },
  state: {
    kind: 'state',
    label: { es: 'Marcaje estatal', en: 'State marking' },
    // Transfer from government stocks is [C] (Protocol Art 8(1)(c)); ITI para 8(c)–(e) is [U] (§6.1).
    source:
      'UN Firearms Protocol Art 8(1)(c) [C]; ISACS 05.30 times of marking [C]; ITI para 8(c)–(e) [U] (fact sheet §6.1, §6.2, §6.4)',
  },
  'psc-secondary': {
    kind: 'psc-secondary',
    label: { es: 'Marcaje secundario de la empresa', en: 'PSC secondary marking' },
    // Not an ITI/ISACS category: the UNLIREC–DCAF practice of laser-marking PSC weapons.
    source:
      'UNLIREC–DCAF secondary marking of PSC firearms (fact sheet §10 [C]); not an ITI or ISACS category',
  },
};

export function isMarkingKind(value: string): value is MarkingKind {
  return (MARKING_KINDS as readonly string[]).includes(value);
}
