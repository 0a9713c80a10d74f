import { DEFAULT_FIRE_DIVISION_MAPPING } from './fire-division';
import type { FireDivisionMapping } from './fire-division';
import type { HazardRules } from './hazard-rules';
import type { MixingRuleSet } from './mixing-rule-set';
import { EXAMPLE_SUPPLEMENTARY_SIGNS_BY_GROUP } from './supplementary-signs';
import { UN_TRANSPORT_MIXING_RULES } from './un-transport-mixing-rules';

/** What happens when a receipt would break a hazard rule: refused, or allowed only with a supervisor's override. */
export const VIOLATION_MODES = ['refuse', 'warn-override'] as const;
export type ViolationMode = (typeof VIOLATION_MODES)[number];

/** Languages a sign caption can be printed in, beside English (architecture: es, en, pt, fr). */
export const CAPTION_LANGUAGES = ['es', 'en', 'pt'] as const;
export type CaptionLanguage = (typeof CAPTION_LANGUAGES)[number];

/**
 * The hazard choices a country makes (architecture guide: what a country may decide differently is
 * configuration with a default). Stored per country in `hazard_country_setting`; a country without a
 * row gets the defaults below. `isConfirmed` stays false until the national authority confirms them.
 */
export interface CountryHazardSettings {
  readonly countryCode: string;
  readonly mixingRuleSetId: string;
  readonly violationMode: ViolationMode;
  readonly fireDivisionMapping: FireDivisionMapping;
  readonly qdFactorTableId: string;
  readonly captionLanguage: CaptionLanguage;
  readonly isConfirmed: boolean;
  readonly note: string | null;
}

/** Rule sets a country can select by id. The IATG 01.50 §7.1 storage table joins this list once obtained. */
export const MIXING_RULE_SETS: Readonly<Record<string, MixingRuleSet>> = {
  [UN_TRANSPORT_MIXING_RULES.id]: UN_TRANSPORT_MIXING_RULES,
};

// countries.md: Spanish in the six UNLIREC–DCAF countries and Colombia, Portuguese in Brazil. The
// sheet records no national rule on storage compatibility, fire divisions or QD for any of them.
const PORTUGUESE_COUNTRIES = new Set(['BR']);

/**
 * DEFAULTS TO CONFIRM — not a national rule. Every country starts with the UN transport mixing rules
 * (fact sheet §11.2), refusal of any violation (the conservative choice), the believed FD mapping
 * (§2, [U]/[P]) and the example QD table (§3, [U]); only the caption language follows the country.
 */
export function defaultCountryHazardSettings(countryCode: string): CountryHazardSettings {
  return {
    countryCode,
    mixingRuleSetId: UN_TRANSPORT_MIXING_RULES.id,
    violationMode: 'refuse',
    fireDivisionMapping: DEFAULT_FIRE_DIVISION_MAPPING,
    qdFactorTableId: 'example-aastp-1',
    captionLanguage: PORTUGUESE_COUNTRIES.has(countryCode) ? 'pt' : 'es',
    isConfirmed: false,
    note: 'Defaults to confirm with the national authority (fact sheet §2, §3, §11).',
  };
}

/** The rules a country's settings select; an unknown rule-set id falls back to the UN transport rules. */
export function hazardRulesOf(settings: CountryHazardSettings): HazardRules {
  return {
    mixingRuleSet: MIXING_RULE_SETS[settings.mixingRuleSetId] ?? UN_TRANSPORT_MIXING_RULES,
    fireDivisionMapping: settings.fireDivisionMapping,
    supplementarySignsByGroup: EXAMPLE_SUPPLEMENTARY_SIGNS_BY_GROUP,
  };
}
