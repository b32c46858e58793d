import type { Generated } from 'kysely';

/**
 * Table shapes shared by SQLite and PostgreSQL. Times are ISO-8601 UTC strings and flags are
 * 0/1 integers on both engines, so rows read back the same and hash the same everywhere.
 */
export interface EventsTable {
  local_pos: Generated<number>;
  origin_unit: string;
  seq: number;
  id: string;
  type: string;
  entity_id: string;
  payload: string;
  actor: string;
  at: string;
  prev_hash: string;
  hash: string;
}

export interface EventHeadsTable {
  origin_unit: string;
  seq: number;
  hash: string;
}

export interface UnitsTable {
  code: string;
  kind: string;
  parent_code: string | null;
  path: string;
  depth: number;
  name_en: string;
  name_hi: string;
  category: string | null;
  demo: number;
  phone: string | null;
  address_en: string | null;
  created_at: string;
  updated_at: string;
}

export interface UsersTable {
  id: string;
  username: string;
  display_name: string;
  role: string;
  unit_code: string;
  language: string;
  status: string;
  password_hash: string;
  must_change_password: number;
  totp_secret: string | null;
  totp_enrolled_at: string | null;
  created_at: string;
  created_by: string;
  updated_at: string;
}

export interface LoginStateTable {
  user_id: string;
  failed_count: number;
  window_started_at: string | null;
  locked_until: string | null;
  last_totp_step: number | null;
}

export interface SessionsTable {
  id_hash: string;
  user_id: string;
  stage: string;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  ip: string;
  user_agent: string;
  ended_at: string | null;
  totp_secret_pending: string | null;
}

export interface ApiTokensTable {
  id: string;
  user_id: string;
  token_hash: string;
  label: string;
  created_at: string;
  created_by: string;
  expires_at: string | null;
  revoked_at: string | null;
  last_used_at: string | null;
}

export interface AuditLogTable {
  seq: number;
  id: string;
  at: string;
  actor_id: string | null;
  actor_username: string | null;
  actor_unit: string | null;
  action: string;
  target_type: string | null;
  target_id: string | null;
  target_unit: string | null;
  outcome: string;
  ip: string | null;
  detail: string;
  prev_hash: string;
  hash: string;
}

export interface AuditHeadTable {
  id: number;
  seq: number;
  hash: string;
}

export interface SettingsTable {
  key: string;
  value: string;
}

export interface Database {
  events: EventsTable;
  event_heads: EventHeadsTable;
  units: UnitsTable;
  users: UsersTable;
  login_state: LoginStateTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  audit_log: AuditLogTable;
  audit_head: AuditHeadTable;
  settings: SettingsTable;
}
