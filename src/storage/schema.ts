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
}

export interface DB {
  organisation: OrganisationTable;
  app_user: AppUserTable;
  user_role: UserRoleTable;
  session: SessionTable;
  sign_in_throttle: SignInThrottleTable;
  user_token: UserTokenTable;
  api_token: ApiTokenTable;
  audit_event: AuditEventTable;
}
