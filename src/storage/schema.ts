import type { ArmouryTables } from './schema-armoury';
import type { AssessmentTables } from './schema-assessment';
import type { HazardTables } from './schema-hazard';
import type { TracingTables } from './schema-tracing';
import type { IncidentTables } from './schema-incidents';
import type { Generated } from 'kysely';

/**
 * Row types of the tables, as Kysely sees them. Timestamps are ISO-8601 UTC strings in both
 * dialects (the PostgreSQL driver is told to return timestamptz that way); flags are 0/1 integers.
 */
export interface OrganisationTable {
  id: string;
  kind: string;
  code: string;
  name: string;
  country_code: string;
  licensed_by_id: string | null;
  requires_totp: number;
  created_at: string;
  deactivated_at: string | null;
}

export interface AppUserTable {
  id: string;
  organisation_id: string;
  email: string;
  display_name: string;
  password_hash: string | null;
  language: string;
  status: string;
  totp_secret: string | null;
  totp_enabled: number;
  /** The RFC 6238 time step of the last accepted code: a code is accepted once (migration 0009). */
  totp_last_step: number | null;
  created_at: string;
  updated_at: string;
}

export interface UserRoleTable {
  user_id: string;
  role: string;
}

export interface SessionTable {
  id: string;
  user_id: string;
  csrf_token: string;
  stage: string;
  created_at: string;
  last_seen_at: string;
  ip: string | null;
  user_agent: string | null;
  /** Wrong second-factor codes in this half-signed-in session (migration 0009). */
  second_factor_failures: number;
}

export interface SignInThrottleTable {
  email_key: string;
  failures: number;
  window_started_at: string | null;
  locked_until: string | null;
}

export interface UserTokenTable {
  id: string;
  user_id: string;
  purpose: string;
  token_hash: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface ApiTokenTable {
  id: string;
  organisation_id: string;
  name: string;
  token_hash: string;
  roles: string;
  created_by_user_id: string | null;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
  /** After this instant the token no longer authenticates (migration 0009). */
  expires_at: string | null;
}

export interface AuditEventTable {
  id: string;
  at: string;
  type: string;
  organisation_id: string | null;
  actor_user_id: string | null;
  subject_user_id: string | null;
  request_id: string | null;
  ip: string | null;
  details: string;
  /** The audit chain (migration 0010): null only for a row written outside it. */
  sequence: number | null;
  previous_hash: string | null;
  hash: string | null;
}

export interface AuditChainTable {
  chain_id: string;
  length: number;
  head_hash: string;
}

export interface LedgerEntryTable {
  global_seq: Generated<number>;
  id: string;
  chain_id: string;
  sequence: number;
  previous_hash: string;
  hash: string;
  recorded_at: string;
  organisation_id: string;
  actor_id: string;
  idempotency_key: string;
  kind: string;
  corrects: string | null;
  /** The payload in canonical JSON, exactly the bytes that were hashed. */
  payload: string;
}

export interface LedgerSubjectTable {
  subject_id: string;
  entry_id: string;
}

export interface LedgerChainTable {
  chain_id: string;
  organisation_id: string;
  length: number;
  head_hash: string;
}

export interface LedgerCheckpointTable {
  id: string;
  chain_id: string;
  length: number;
  head_hash: string;
  issued_at: string;
  key_id: string;
  signature: string;
}

export interface LedgerVerificationTable {
  id: string;
  verified_at: string;
  chains: number;
  entries: number;
  ok: number;
  problem: string | null;
  /** The book verified; null when every chain was. */
  organisation_id: string | null;
}

export interface CatalogueManufacturerTable {
  id: string;
  name: string;
  country_code: string | null;
  aliases: string;
}

export interface CatalogueCalibreTable {
  id: string;
  name: string;
  category: string;
  aliases: string;
}

export interface CatalogueModelTable {
  id: string;
  manufacturer_id: string;
  name: string;
  type: string;
  calibre_id: string | null;
}

export interface FacilityTable {
  id: string;
  organisation_id: string;
  code: string;
  name: string;
  kind: string;
  address: string | null;
  latitude: number | null;
  longitude: number | null;
  licence_number: string | null;
  licence_expires_on: string | null;
  max_neq_kg: number | null;
  security_features: string;
  /** JSON array of {id, sha256}: the facility's photos, in the order added. */
  photos: string;
  last_entry_id: string;
}

export interface FirearmTable {
  id: string;
  organisation_id: string;
  facility_id: string | null;
  type: string;
  manufacturer_id: string;
  model: string;
  model_key: string;
  calibre_id: string;
  serial: string;
  serial_normalised: string;
  country_of_manufacture: string;
  year_of_manufacture: number | null;
  import_country: string | null;
  import_year: number | null;
  component_serials: string;
  permit_number: string | null;
  permit_expires_on: string | null;
  status: string;
  in_transit_to_id: string | null;
  inadequately_marked: number;
  acquired_entry_id: string;
  last_entry_id: string;
}

export interface FirearmMarkingTable {
  id: string;
  firearm_id: string;
  entry_id: string;
  kind: string;
  text: string;
  location: string | null;
  applied_on: string | null;
  applied_by: string | null;
  includes: string;
  photo_id: string | null;
}

export interface AmmunitionLotTable {
  id: string;
  organisation_id: string;
  lot_number: string;
  calibre_id: string;
  manufacturer_id: string;
  year: number | null;
  un_number: string | null;
  hazard_division: string | null;
  compatibility_group: string | null;
  neq_kg_per_1000: number | null;
  last_entry_id: string;
}

export interface AmmunitionStockTable {
  lot_id: string;
  facility_id: string;
  rounds: number;
}

export interface PhotoTable {
  id: string;
  organisation_id: string;
  content_type: string;
  sha256: string;
  byte_length: number;
  data: Buffer;
  created_at: string;
  created_by_user_id: string | null;
}

export interface DB extends HazardTables, AssessmentTables, ArmouryTables, TracingTables, IncidentTables {
  organisation: OrganisationTable;
  app_user: AppUserTable;
  user_role: UserRoleTable;
  session: SessionTable;
  sign_in_throttle: SignInThrottleTable;
  user_token: UserTokenTable;
  api_token: ApiTokenTable;
  audit_event: AuditEventTable;
  audit_chain: AuditChainTable;
  ledger_entry: LedgerEntryTable;
  ledger_subject: LedgerSubjectTable;
  ledger_chain: LedgerChainTable;
  ledger_checkpoint: LedgerCheckpointTable;
  ledger_verification: LedgerVerificationTable;
  catalogue_manufacturer: CatalogueManufacturerTable;
  catalogue_calibre: CatalogueCalibreTable;
  catalogue_model: CatalogueModelTable;
  facility: FacilityTable;
  firearm: FirearmTable;
  firearm_marking: FirearmMarkingTable;
  ammunition_lot: AmmunitionLotTable;
  ammunition_stock: AmmunitionStockTable;
  photo: PhotoTable;
}
