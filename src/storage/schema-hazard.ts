import type { Generated, Insertable, Selectable } from 'kysely';

/** Tables of the hazard-signs capability (migration 0003-hazard). */
export interface HazardTables {
  hazard_country_setting: HazardCountrySettingTable;
  hazard_sign_posting: HazardSignPostingTable;
}

/** A country's hazard choices; a country without a row uses the defaults in core (country-hazard-settings.ts). */
export interface HazardCountrySettingTable {
  country_code: string;
  mixing_rule_set_id: string;
  /** 'refuse' | 'warn-override' */
  violation_mode: string;
  /** JSON object HD → FD, e.g. {"1.1":1,…}. */
  fire_division_mapping: string;
  qd_factor_table_id: string;
  caption_language: string;
  /** 0 while the values are defaults to confirm with the national authority. */
  is_confirmed: number;
  note: string | null;
  updated_at: string;
}

/** Signs delivered and posted at a facility; rows are only ever added. */
export interface HazardSignPostingTable {
  /** Order of recording (autoincrement). */
  seq: Generated<number>;
  id: string;
  organisation_id: string;
  facility_id: string;
  /** JSON array of sign codes, e.g. ["fire-division-4","class-1-1.4S"]. */
  signs: string;
  posted_on: string;
  note: string | null;
  delivered_by: string | null;
  recorded_by: string;
  recorded_at: string;
}

export type SignPostingRow = Selectable<HazardSignPostingTable>;
export type NewSignPostingRow = Insertable<HazardSignPostingTable>;
