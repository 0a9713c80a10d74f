/**
 * Tables of the armoury-operations capability (migration 0006-armoury). None references the
 * registry projection tables (facility, firearm, ammunition_lot): `ledger rebuild` empties and
 * refills those, while these rows stay. Flags are 0/1 integers; dates YYYY-MM-DD text.
 */

export interface ArmourySettingsTable {
  organisation_id: string;
  max_rounds_per_weapon: number | null;
  qualification_validity_months: number | null;
  max_assignment_hours: number | null;
  default_shift_hours: number | null;
  webhook_url: string | null;
  webhook_secret: string | null;
  updated_at: string;
}

export interface OperatingAuthorisationTable {
  organisation_id: string;
  number: string;
  issued_by_id: string;
  valid_from: string;
  valid_until: string;
  updated_at: string;
  updated_by_user_id: string | null;
}

export interface PersonnelTable {
  id: string;
  organisation_id: string;
  national_id: string;
  /** Upper case, letters and digits only: what a typed or scanned id is matched on. */
  national_id_key: string;
  full_name: string;
  role: string;
  status: string;
  photo_id: string | null;
  user_id: string | null;
  licence_number: string | null;
  licence_authority: string | null;
  licence_is_armed: number | null;
  licence_expires_on: string | null;
  badge_code: string;
  created_at: string;
  updated_at: string;
}

export interface PersonnelQualificationTable {
  id: string;
  personnel_id: string;
  organisation_id: string;
  course: string;
  weapon_type: string;
  weapon_model: string | null;
  qualified_on: string;
  result: string;
  valid_until: string;
  created_at: string;
}

export interface ArmouryClientTable {
  id: string;
  organisation_id: string;
  name: string;
  tax_id: string | null;
  contact: string | null;
  created_at: string;
}

export interface ArmourySiteTable {
  id: string;
  organisation_id: string;
  client_id: string;
  name: string;
  address: string | null;
  latitude: number | null;
  longitude: number | null;
  created_at: string;
}

export interface ArmouryPostTable {
  id: string;
  organisation_id: string;
  site_id: string;
  name: string;
  /** JSON array of firearm types. */
  authorised_weapon_types: string;
  max_rounds_per_weapon: number | null;
  created_at: string;
}

export interface ArmouryIssueTable {
  id: string;
  organisation_id: string;
  facility_id: string;
  firearm_id: string;
  personnel_id: string;
  post_id: string | null;
  shift: string | null;
  lot_id: string | null;
  rounds_issued: number;
  issued_at: string;
  issued_by: string;
  expected_return_at: string;
  extended_reason: string | null;
  extended_authorised_by: string | null;
  issue_entry_id: string;
  override_entry_id: string | null;
  /** 'out' until returned; a partial unique index allows one 'out' issue per weapon. */
  status: string;
  returned_at: string | null;
  returned_by: string | null;
  rounds_returned: number | null;
  shortfall_reason: string | null;
  return_note: string | null;
  condition: string | null;
  return_entry_id: string | null;
}

export interface ArmouryDiscrepancyTable {
  id: string;
  organisation_id: string;
  issue_id: string;
  kind: string;
  lot_id: string | null;
  rounds_missing: number;
  reason: string | null;
  note: string | null;
  status: string;
  created_at: string;
  entry_id: string;
}

export interface ArmouryAlertTable {
  id: string;
  organisation_id: string;
  kind: string;
  issue_id: string;
  created_at: string;
  acknowledged_at: string | null;
  acknowledged_by: string | null;
  webhook_status: string;
  webhook_attempts: number;
  webhook_last_error: string | null;
  webhook_next_attempt_at: string | null;
}

export interface MaintenanceJobTable {
  id: string;
  organisation_id: string;
  firearm_id: string;
  facility_id: string | null;
  kind: string;
  status: string;
  note: string | null;
  opened_at: string;
  opened_by: string;
  open_entry_id: string;
  closed_at: string | null;
  closed_by: string | null;
  result: string | null;
  outcome: string | null;
  close_entry_id: string | null;
}

export interface CountPolicyTable {
  id: string;
  organisation_id: string;
  facility_id: string;
  kind: string;
  created_at: string;
}

export interface CountSessionTable {
  id: string;
  organisation_id: string;
  facility_id: string;
  kind: string;
  trigger: string;
  is_blind: number;
  status: string;
  counter_user_id: string;
  second_counter_name: string | null;
  started_at: string;
  submitted_at: string | null;
  closed_at: string | null;
  weapons_counted: number | null;
  /** JSON: what the book held when counting was submitted. */
  expected: string | null;
  close_entry_id: string | null;
}

export interface CountItemTable {
  id: string;
  count_id: string;
  kind: string;
  code: string;
  firearm_id: string | null;
  lot_id: string | null;
  rounds: number | null;
  counted_at: string;
}

export interface CountDiscrepancyTable {
  id: string;
  count_id: string;
  organisation_id: string;
  kind: string;
  firearm_id: string | null;
  scanned_code: string | null;
  lot_id: string | null;
  expected: number | null;
  counted: number | null;
  status: string;
  resolution: string | null;
  note: string | null;
  resolved_at: string | null;
  resolved_by: string | null;
  entry_id: string | null;
}

/** Opaque QR identifiers of weapons (badges keep theirs on the personnel row). */
export interface FirearmTagTable {
  code: string;
  firearm_id: string;
  organisation_id: string;
  created_at: string;
}

export interface ArmouryTables {
  armoury_settings: ArmourySettingsTable;
  operating_authorisation: OperatingAuthorisationTable;
  personnel: PersonnelTable;
  personnel_qualification: PersonnelQualificationTable;
  armoury_client: ArmouryClientTable;
  armoury_site: ArmourySiteTable;
  armoury_post: ArmouryPostTable;
  armoury_issue: ArmouryIssueTable;
  armoury_discrepancy: ArmouryDiscrepancyTable;
  armoury_alert: ArmouryAlertTable;
  maintenance_job: MaintenanceJobTable;
  count_policy: CountPolicyTable;
  count_session: CountSessionTable;
  count_item: CountItemTable;
  count_discrepancy: CountDiscrepancyTable;
  firearm_tag: FirearmTagTable;
}
