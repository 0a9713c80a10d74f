import type { LocalizedText } from '../hazard/localized-text';

/** The firearm types a record can name (issue 3, "Registry"). */
export const FIREARM_TYPES = [
  'revolver',
  'pistol',
  'rifle',
  'carbine',
  'shotgun',
  'submachine-gun',
  'assault-rifle',
  'light-machine-gun',
  'other',
] as const;
export type FirearmType = (typeof FIREARM_TYPES)[number];

/**
 * The two categories of the 1997 UN Panel of Governmental Experts on Small Arms (A/52/298, para 26),
 * on which the ITI definitions (para 4) build: small arms are broadly designed for individual use,
 * light weapons for use by several persons serving as a crew (fact sheet §9.1 [C]).
 */
export const UN_SALW_CATEGORIES = ['small-arm', 'light-weapon'] as const;
export type UnSalwCategory = (typeof UN_SALW_CATEGORIES)[number];

export const UN_SALW_CATEGORY_LABELS: Readonly<Record<UnSalwCategory, LocalizedText>> = {
  'small-arm': { es: 'Arma pequeña', en: 'Small arm' },
  'light-weapon': { es: 'Arma ligera', en: 'Light weapon' },
};

export interface FirearmTypeDefinition {
  readonly type: FirearmType;
  /** Spanish labels are Custodia's wording, not quoted from the Spanish ITI text. */
  readonly label: LocalizedText;
  /** Null when the type alone does not tell (an "other" weapon is classified by a person). */
  readonly unCategory: UnSalwCategory | null;
  /** The group of the UN list the type falls in, as the fact sheet quotes it; null when none does. */
  readonly unListGroup: string | null;
  /** True when the fact sheet's category list (§9.1 [C]) names the type; false when Custodia infers it. */
  readonly isNamedInUnList: boolean;
  readonly source: string;
}

const UN_PANEL = 'UN Panel of Governmental Experts 1997 (A/52/298 para 26); ITI para 4; fact sheet §9.1 [C]';

export const FIREARM_TYPE_DEFINITIONS: Readonly<Record<FirearmType, FirearmTypeDefinition>> = {
  revolver: {
    type: 'revolver',
    label: { es: 'Revólver', en: 'Revolver' },
    unCategory: 'small-arm',
    unListGroup: 'revolvers and self-loading pistols',
    isNamedInUnList: true,
    source: UN_PANEL,
  },
  pistol: {
    type: 'pistol',
    label: { es: 'Pistola', en: 'Pistol' },
    unCategory: 'small-arm',
    unListGroup: 'revolvers and self-loading pistols',
    isNamedInUnList: true,
    source: UN_PANEL,
  },
  rifle: {
    type: 'rifle',
    label: { es: 'Fusil', en: 'Rifle' },
    unCategory: 'small-arm',
    unListGroup: 'rifles and carbines',
    isNamedInUnList: true,
    source: UN_PANEL,
  },
  carbine: {
    type: 'carbine',
    label: { es: 'Carabina', en: 'Carbine' },
    unCategory: 'small-arm',
    unListGroup: 'rifles and carbines',
    isNamedInUnList: true,
    source: UN_PANEL,
  },
  shotgun: {
    // Not named in the UN list as the fact sheet gives it (§9.1). The list is open ("inter alia" in the
    // ITI wording, not itself in the fact sheet) and a shotgun is designed for individual use, which
    // is the small-arm criterion: Custodia's reading, not a quoted classification.
    type: 'shotgun',
    label: { es: 'Escopeta', en: 'Shotgun' },
    unCategory: 'small-arm',
    unListGroup: null,
    isNamedInUnList: false,
    source: `${UN_PANEL} (criterion "designed for individual use"; shotguns not named in the list)`,
  },
  'submachine-gun': {
    type: 'submachine-gun',
    label: { es: 'Subametralladora', en: 'Submachine gun' },
    unCategory: 'small-arm',
    unListGroup: 'sub-machine guns',
    isNamedInUnList: true,
    source: UN_PANEL,
  },
  'assault-rifle': {
    type: 'assault-rifle',
    label: { es: 'Fusil de asalto', en: 'Assault rifle' },
    unCategory: 'small-arm',
    unListGroup: 'assault rifles',
    isNamedInUnList: true,
    source: UN_PANEL,
  },
  'light-machine-gun': {
    type: 'light-machine-gun',
    label: { es: 'Ametralladora ligera', en: 'Light machine gun' },
    unCategory: 'small-arm',
    unListGroup: 'light machine guns',
    isNamedInUnList: true,
    source: UN_PANEL,
  },
  other: {
    type: 'other',
    label: { es: 'Otra', en: 'Other' },
    unCategory: null,
    unListGroup: null,
    isNamedInUnList: false,
    source: 'Custodia: the category of an "other" weapon is not implied by its type',
  },
};

export function isFirearmType(value: string): value is FirearmType {
  return (FIREARM_TYPES as readonly string[]).includes(value);
}

// Other ways people write a type in English and Spanish, besides the code and the two labels.
const FIREARM_TYPE_ALIASES: Readonly<Record<FirearmType, readonly string[]>> = {
  revolver: [],
  pistol: ['self-loading pistol', 'semi-automatic pistol', 'pistola semiautomática'],
  rifle: ['rifle'],
  carbine: [],
  shotgun: ['pump shotgun', 'escopeta de corredera', 'escopeta de repetición'],
  'submachine-gun': ['SMG', 'sub-machine gun', 'subfusil', 'metralleta'],
  'assault-rifle': [],
  'light-machine-gun': ['LMG'],
  other: ['otro'],
};

function typeKey(written: string): string {
  return written
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

const TYPE_BY_KEY: ReadonlyMap<string, FirearmType> = new Map(
  FIREARM_TYPES.flatMap((type) =>
    [
      type,
      FIREARM_TYPE_DEFINITIONS[type].label.es,
      FIREARM_TYPE_DEFINITIONS[type].label.en,
      ...FIREARM_TYPE_ALIASES[type],
    ].map((spelling) => [typeKey(spelling), type] as const),
  ),
);

/**
 * The type a spelling names: the code ("submachine-gun"), either label ("Escopeta", "Submachine
 * gun") or a common alias ("SMG", "metralleta"), with case, accents, spaces and hyphens folded.
 */
export function findFirearmType(written: string): FirearmType | undefined {
  return TYPE_BY_KEY.get(typeKey(written));
}
