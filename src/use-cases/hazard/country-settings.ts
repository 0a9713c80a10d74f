import type { CountryHazardSettings } from '../../core/hazard/country-hazard-settings';
import {
  CAPTION_LANGUAGES,
  defaultCountryHazardSettings,
  VIOLATION_MODES,
} from '../../core/hazard/country-hazard-settings';
import type { FireDivisionMapping } from '../../core/hazard/fire-division';
import { FIRE_DIVISIONS } from '../../core/hazard/fire-division';
import { HAZARD_DIVISIONS } from '../../core/hazard/hazard-divisions';
import type { Queryable } from '../../storage/database';
import { findCountrySettingRow } from './hazard-store';

function parseMapping(text: string, fallback: FireDivisionMapping): FireDivisionMapping {
  try {
    const value = JSON.parse(text) as Record<string, unknown>;
    const complete = HAZARD_DIVISIONS.every((hd) =>
      (FIRE_DIVISIONS as readonly unknown[]).includes(value[hd]),
    );
    return complete ? (value as FireDivisionMapping) : fallback;
  } catch {
    return fallback;
  }
}

/**
 * A country's hazard settings: its row in hazard_country_setting over the defaults to confirm. A value
 * the row holds that Custodia does not know (a mode, a language, an incomplete mapping) falls back to
 * the default rather than failing every receipt.
 */
export async function loadCountryHazardSettings(
  db: Queryable,
  countryCode: string,
): Promise<CountryHazardSettings> {
  const defaults = defaultCountryHazardSettings(countryCode);
  const row = await findCountrySettingRow(db, countryCode);
  if (!row) return defaults;
  const mode = VIOLATION_MODES.find((m) => m === row.violation_mode);
  const language = CAPTION_LANGUAGES.find((l) => l === row.caption_language);
  return {
    countryCode,
    mixingRuleSetId: row.mixing_rule_set_id,
    violationMode: mode ?? defaults.violationMode,
    fireDivisionMapping: parseMapping(row.fire_division_mapping, defaults.fireDivisionMapping),
    qdFactorTableId: row.qd_factor_table_id,
    captionLanguage: language ?? defaults.captionLanguage,
    isConfirmed: Number(row.is_confirmed) === 1,
    note: row.note,
  };
}
