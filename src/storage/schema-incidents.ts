/** Tables of the incidents capability (migration 0008-incidents). */
export interface IncidentTable {
  id: string;
  organisation_id: string;
  /** `<ORGANISATION CODE>-INC-<YYYY>-<NNNN>`, the national reference. */
  reference: string;
  year: number;
  sequence: number;
  kind: string;
  status: string;
  occurred_at: string | null;
  discovered_at: string;
  place: string;
  facility_id: string | null;
  circumstances: string;
  injuries: string | null;
  damage: string | null;
  measures_taken: string | null;
  police_report_number: string | null;
  notifications_made: string | null;
  created_by: string;
  created_at: string;
  regulator_notified_at: string;
  /** The clock rule in force when the incident was filed (a later change of settings does not move it). */
  notify_within_hours: number;
  follow_up_within_days: number;
  clock_country_code: string;
  follow_up_report: string | null;
  follow_up_submitted_at: string | null;
  acknowledged_at: string | null;
  outcome: string | null;
  outcome_at: string | null;
  closing_note: string | null;
  closed_at: string | null;
  /** none | pending | delivered | failed: the regulator's webhook on filing. */
  webhook_status: string;
  webhook_attempts: number;
  webhook_last_error: string | null;
  webhook_next_attempt_at: string | null;
}

export interface IncidentFirearmTable {
  incident_id: string;
  firearm_id: string;
  role: string;
  /** The firearm-reported-missing entry written for it, if any. */
  entry_id: string | null;
}

export interface IncidentAmmunitionTable {
  incident_id: string;
  lot_id: string;
  rounds: number;
}

export interface IncidentPersonTable {
  id: string;
  incident_id: string;
  position: number;
  name: string;
  role: string;
  personnel_id: string | null;
  injured: number;
  injury_description: string | null;
}

export interface IncidentMessageTable {
  id: string;
  incident_id: string;
  position: number;
  kind: string;
  body: string;
  author_id: string;
  author_organisation_id: string;
  created_at: string;
}

export interface DiscrepancyDispositionTable {
  discrepancy_id: string;
  source: string;
  organisation_id: string;
  incident_id: string | null;
  reason: string | null;
  decided_at: string;
  decided_by: string;
}

export interface NotificationTable {
  id: string;
  user_id: string;
  kind: string;
  incident_id: string;
  created_at: string;
  read_at: string | null;
}

export interface IncidentClockSettingTable {
  country_code: string;
  notify_within_hours: number;
  follow_up_within_days: number;
  is_default: number;
  source: string | null;
  updated_at: string | null;
  updated_by: string | null;
}

export interface IncidentWebhookSettingTable {
  regulator_id: string;
  webhook_url: string | null;
  webhook_secret: string | null;
  updated_at: string;
}

export interface IncidentTables {
  incident: IncidentTable;
  incident_firearm: IncidentFirearmTable;
  incident_ammunition: IncidentAmmunitionTable;
  incident_person: IncidentPersonTable;
  incident_message: IncidentMessageTable;
  discrepancy_disposition: DiscrepancyDispositionTable;
  notification: NotificationTable;
  incident_clock_setting: IncidentClockSettingTable;
  incident_webhook_setting: IncidentWebhookSettingTable;
}
