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
  /** The version of the payload's shape (src/events); 1 for every event written before versions. */
  payload_version: number;
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

export interface CountersTable {
  scope: string;
  value: number;
}

export interface GdEntriesTable {
  id: string;
  station_code: string;
  gd_date: string;
  entry_no: number;
  entry_at: string;
  kind: string;
  text: string;
  officer: string | null;
  ref_type: string | null;
  ref_id: string | null;
  corrects_id: string | null;
  created_by: string;
}

export interface PersonsTable {
  id: string;
  owner_unit: string;
  name: string;
  aliases: string;
  relative_name: string | null;
  relative_kind: string | null;
  gender: string;
  age: number | null;
  birth_date: string | null;
  juvenile: number;
  addresses: string;
  phones: string;
  id_documents: string;
  description: string;
  photo_sha256: string | null;
  created_at: string;
  created_by: string;
  updated_at: string;
  district: string | null;
}

export interface PersonNameKeysTable {
  key: string;
  person_id: string;
}

export interface PersonSameMarksTable {
  id: string;
  person_a: string;
  person_b: string;
  reason: string;
  marked_by: string;
  marked_at: string;
  withdrawn_by: string | null;
  withdrawn_at: string | null;
  withdraw_reason: string | null;
}

export interface ComplaintsTable {
  id: string;
  station_code: string;
  ack_no: string;
  received_at: string;
  mode: string;
  complainant_id: string;
  description: string;
  place: string;
  occurred_from: string | null;
  occurred_to: string | null;
  sections: string;
  max_years: number | null;
  /** 1 when a section alleged is a sexual offence: the complainant is withheld (BNS 72). */
  sensitive: number;
  assigned_to: string | null;
  assigned_at: string | null;
  status: string;
  closure: string | null;
  closure_note: string | null;
  closed_at: string | null;
  fir_id: string | null;
  gd_entry_id: string;
  created_by: string;
  updated_at: string;
}

export interface NcReportsTable {
  id: string;
  station_code: string;
  year: number;
  nc_no: number;
  received_at: string;
  informant_id: string;
  substance: string;
  place: string;
  occurred_from: string | null;
  occurred_to: string | null;
  sections: string;
  /** The Magistrate's court the informant was referred to. */
  court_code: string;
  gd_entry_id: string;
  /** The fortnightly diary it was forwarded in. */
  diary_id: string | null;
  /** The FIR registered when the Magistrate ordered investigation (BNSS 174(2)). */
  fir_id: string | null;
  order_date: string | null;
  order_court_code: string | null;
  order_reference: string | null;
  converted_at: string | null;
  created_by: string;
  updated_at: string;
}

export interface NcDiariesTable {
  id: string;
  station_code: string;
  period_start: string;
  period_end: string;
  court_code: string;
  reference: string | null;
  report_ids: string;
  forwarded_at: string;
  forwarded_by: string;
}

export interface MissingPersonsTable {
  id: string;
  station_code: string;
  number: string;
  year: number;
  seq: number;
  reported_at: string;
  person_id: string;
  informant_id: string;
  informant_relation: string | null;
  sex: string;
  /** Age when last seen. */
  age: number;
  /** 1: under 18 when last seen — registered as an FIR of kidnapping (fir_id). */
  child: number;
  description: string;
  last_seen_at: string;
  last_seen_place: string;
  latitude: number | null;
  longitude: number | null;
  contacts: string;
  circumstances: string | null;
  status: string;
  status_at: string | null;
  status_note: string | null;
  fir_id: string | null;
  alert_id: string | null;
  gd_entry_id: string;
  created_by: string;
  updated_at: string;
}

/** Open missing-person reports and unidentified bodies by their blocking keys and compared features (migration 022). */
export interface MatchIndexTable {
  /** A missing-person report, an unidentified body, or a found person (migration 023). */
  kind: 'missing' | 'body' | 'found';
  id: string;
  station_code: string;
  district_code: string | null;
  state_code: string;
  sex: string;
  age_from: number | null;
  age_to: number | null;
  /** Band of the age (a report) or of the range's middle (a body), ageBandYears wide; -1 when too vague to block on. */
  age_band: number;
  /** Last seen (a report) or found (a body). */
  at: string;
  height_cm: number | null;
  build: string | null;
  complexion: string | null;
  latitude: number | null;
  longitude: number | null;
  /** The marks and clothes as compared (MatchFeatures), JSON. */
  features: string;
}

/** An officer's confirmation or rejection of a missing-person report and body as the same person (migration 022). */
export interface MatchDecisionsTable {
  missing_person_id: string;
  unnatural_death_id: string;
  decision: 'confirmed' | 'rejected';
  reason: string;
  score: number | null;
  decided_by: string;
  decided_unit: string;
  decided_at: string;
}

/** An officer's confirmation or rejection of a missing-person report and a found person as the same person (migration 023). */
export interface FoundMatchDecisionsTable {
  missing_person_id: string;
  found_person_id: string;
  decision: 'confirmed' | 'rejected';
  reason: string;
  score: number | null;
  decided_by: string;
  decided_unit: string;
  decided_at: string;
}

/** The found-persons register (migration 023): persons found alive whose identity or family is unknown. */
export interface FoundPersonsTable {
  id: string;
  station_code: string;
  number: string;
  year: number;
  seq: number;
  registered_at: string;
  found_at: string;
  /** When the police took charge of the person: a child's production before the CWC (JJ Act s. 31) is due within 24 hours of it. */
  received_at: string;
  found_place: string;
  sex: string;
  /** The age the person gives or is known to have, when any. */
  age: number | null;
  age_from: number | null;
  age_to: number | null;
  child: number;
  description: string;
  person_id: string | null;
  found_by: string;
  condition: string | null;
  circumstances: string | null;
  /** The latest placement (FoundPlacement), JSON. */
  placement: string | null;
  cwc_produced_at: string | null;
  /** found | identified | restored */
  status: string;
  outcome_at: string | null;
  restored_to: string | null;
  outcome_note: string | null;
  missing_person_id: string | null;
  gd_entry_id: string;
  created_by: string;
  updated_at: string;
}

/** The unnatural-death / unidentified-body register (migration 020); the description's matching fields are columns, as for missing persons. */
export interface UnnaturalDeathsTable {
  id: string;
  station_code: string;
  number: string;
  year: number;
  seq: number;
  registered_at: string;
  /** When the station was told: the inquest clock (BNSS 194(2)) runs from it. */
  informed_at: string;
  found_at: string;
  found_place: string;
  latitude: number | null;
  longitude: number | null;
  sex: string;
  age_from: number | null;
  age_to: number | null;
  height_cm: number | null;
  description: string;
  informant_id: string;
  photos: string;
  belongings: string | null;
  apparent_cause: string | null;
  circumstances: string | null;
  /** unidentified | identified */
  status: string;
  inquest: string | null;
  inquest_forwarded_at: string | null;
  post_mortem: string | null;
  identified_at: string | null;
  identified_person_id: string | null;
  missing_person_id: string | null;
  identification_note: string | null;
  gd_entry_id: string;
  created_by: string;
  updated_at: string;
}

/** Lost article reports (migration 021): a citizen's report of articles lost, numbered per station and year. */
export interface LostReportsTable {
  id: string;
  station_code: string;
  number: string;
  year: number;
  seq: number;
  reported_at: string;
  informant_id: string;
  lost_at: string;
  lost_place: string;
  /** JSON: the articles as entered. */
  articles: string;
  circumstances: string | null;
  gd_entry_id: string;
  /** The FIR registered when the loss turned out to be a theft. */
  fir_id: string | null;
  converted_at: string | null;
  created_by: string;
  updated_at: string;
}

/** Property found or handed in at a station, not tied to an FIR (migration 021), with its chain of custody on the row. */
export interface FoundPropertyTable {
  id: string;
  station_code: string;
  number: string;
  year: number;
  seq: number;
  registered_at: string;
  found_at: string;
  found_place: string;
  received_at: string;
  handed_in_by: string | null;
  article: string;
  perishable: number;
  remarks: string | null;
  /** unclaimed | returned | disposed */
  status: string;
  /** JSON: the custody movements, in order. */
  moves: string;
  magistrate_report: string | null;
  proclaimed_on: string | null;
  claim: string | null;
  claimant_id: string | null;
  lost_report_id: string | null;
  claimed_at: string | null;
  disposal: string | null;
  disposed_at: string | null;
  gd_entry_id: string;
  created_by: string;
  updated_at: string;
}

/** Handsets of lost reports and found property by IMEI (migration 021). */
export interface LostPropertyImeisTable {
  record_type: string;
  record_id: string;
  item: number;
  imei: string;
}

export interface FirsTable {
  id: string;
  station_code: string;
  district_code: string;
  year: number;
  fir_no: number;
  registered_at: string;
  occurred_from: string;
  occurred_to: string | null;
  info_received_at: string;
  gd_entry_id: string;
  info_type: string;
  origin: string;
  law_code: string;
  sections: string;
  principal: string;
  crime_head: string | null;
  max_years: number | null;
  sensitive: number;
  status: string;
  io_user_id: string | null;
  officer_in_charge: string;
  complaint_id: string | null;
  zero_of_station: string | null;
  transferred_to_fir: string | null;
  transferred_from_fir: string | null;
  efir_signed_at: string | null;
  version: number;
  content: string;
  created_by: string;
  updated_at: string;
  /** A zero FIR sent to a station served by another node, until that station registers it. */
  transferred_to_station: string | null;
}

export interface FirVersionsTable {
  fir_id: string;
  version: number;
  event_id: string;
  at: string;
  author: string;
  reason: string;
  content: string;
}

export interface RecordPersonsTable {
  record_type: string;
  record_id: string;
  person_id: string;
  role: string;
}

/** The protected persons on a station's records: candidates for redacting its free text (migration 016). */
export interface StationProtectedPersonsTable {
  station_code: string;
  person_id: string;
}

export interface AttachmentsTable {
  sha256: string;
  mime: string;
  size: number;
  owner_unit: string;
  created_at: string;
  created_by: string;
}

/** Record search (migration 005). The FIR full-text tables differ by engine: see src/search/fulltext.ts. */
/** Handsets among FIR property by IMEI (migration 019): one row per IMEI of a property. */
export interface ImeiIndexTable {
  fir_id: string;
  item: number;
  imei: string;
  details: string;
}

export interface VehicleIndexTable {
  fir_id: string;
  item: number;
  registration: string | null;
  registration_rev: string | null;
  engine_no: string | null;
  engine_rev: string | null;
  chassis_no: string | null;
  chassis_rev: string | null;
  details: string;
}

export interface PhoneIndexTable {
  phone: string;
  person_id: string;
  owner_unit: string;
}

export interface FirSectionIndexTable {
  fir_id: string;
  act: string;
  section: string;
  section_base: string;
}

/** The law catalogue (migration 002): master data, seeded from reference/law, corrected by events. */
export interface LawActsTable {
  code: string;
  name: string;
  year: number | null;
  kind: string;
  state_code: string | null;
  source: string;
}

export interface LawSectionsTable {
  act: string;
  section: string;
  title: string;
  title_hi: string | null;
  chapter: string | null;
  max_punishment: string;
  max_years: number | null;
  cognizable: string;
  bailable: string;
  triable_by: string | null;
  /** JSON array of { act, section }. */
  equivalents: string;
  sensitive: number;
  crime_head: string | null;
  version: number;
  source: string;
  ordinal: number;
  updated_at: string;
  updated_by: string;
}

export interface LawSectionVersionsTable {
  event_id: string;
  act: string;
  section: string;
  version: number;
  /** JSON { field: { from, to } }. */
  changes: string;
  reason: string;
  source: string;
  changed_by: string;
  changed_at: string;
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
  audit_remote: AuditRemoteTable;
  audit_remote_heads: AuditRemoteHeadsTable;
  settings: SettingsTable;
  counters: CountersTable;
  gd_entries: GdEntriesTable;
  persons: PersonsTable;
  person_name_keys: PersonNameKeysTable;
  person_same_marks: PersonSameMarksTable;
  complaints: ComplaintsTable;
  nc_reports: NcReportsTable;
  nc_diaries: NcDiariesTable;
  missing_persons: MissingPersonsTable;
  unnatural_deaths: UnnaturalDeathsTable;
  lost_reports: LostReportsTable;
  found_property: FoundPropertyTable;
  lost_property_imeis: LostPropertyImeisTable;
  match_index: MatchIndexTable;
  match_decisions: MatchDecisionsTable;
  found_persons: FoundPersonsTable;
  found_match_decisions: FoundMatchDecisionsTable;
  firs: FirsTable;
  fir_versions: FirVersionsTable;
  record_persons: RecordPersonsTable;
  station_protected_persons: StationProtectedPersonsTable;
  attachments: AttachmentsTable;
  vehicle_index: VehicleIndexTable;
  imei_index: ImeiIndexTable;
  phone_index: PhoneIndexTable;
  fir_section_index: FirSectionIndexTable;
  law_acts: LawActsTable;
  law_sections: LawSectionsTable;
  law_section_versions: LawSectionVersionsTable;
  sync_nodes: SyncNodesTable;
  sync_nonces: SyncNoncesTable;
  event_addresses: EventAddressesTable;
  sync_upstream: SyncUpstreamTable;
  sync_acks: SyncAcksTable;
  blobs: BlobsTable;
  sync_blobs_up: SyncBlobsUpTable;
  alerts: AlertsTable;
  case_files: CaseFilesTable;
  case_diary_entries: CaseDiaryEntriesTable;
  seizures: SeizuresTable;
  property_items: PropertyItemsTable;
  property_moves: PropertyMovesTable;
  case_crime_details: CaseCrimeDetailsTable;
  case_mo_codes: CaseMoCodesTable;
  final_reports: FinalReportsTable;
  case_milestones: CaseMilestonesTable;
  court_cases: CourtCasesTable;
  court_hearings: CourtRecordsTable;
  court_disposals: CourtRecordsTable;
  court_appeals: CourtRecordsTable;
  arrests: ArrestsTable;
  custody_periods: CustodyPeriodsTable;
  absconders: AbscondersTable;
}

/** The case file (migration 012). */
export interface CaseFilesTable {
  fir_id: string;
  station_code: string;
  /** The unit investigating the case after a transfer; null: the FIR's own station. */
  investigating_unit: string | null;
  acting_user_id: string | null;
  acting_since: string | null;
  updated_at: string;
}

/** The case diary, BNSS 192 (migration 012): statements is JSON. */
export interface CaseDiaryEntriesTable {
  id: string;
  fir_id: string;
  station_code: string;
  entry_no: number;
  began_at: string;
  closed_at: string | null;
  places: string;
  text: string;
  statements: string;
  written_by: string;
  written_at: string;
}

/** Seizure memos, IIF-4 (migration 014): witnesses is JSON. */
export interface SeizuresTable {
  id: string;
  fir_id: string;
  station_code: string;
  seized_at: string;
  place: string;
  search_of: string | null;
  seized_from: string | null;
  witnesses: string;
  video_sha256: string | null;
  video_size: number | null;
  video_description: string | null;
  video_forwarded_at: string | null;
  video_magistrate: string | null;
  remarks: string | null;
  recorded_by: string;
  recorded_at: string;
}

/** The property room's items (migration 014): where each is now; device is JSON. */
export interface PropertyItemsTable {
  id: string;
  seizure_id: string;
  fir_id: string;
  station_code: string;
  year: number;
  item_no: number;
  description: string;
  category: string;
  quantity: string;
  seal_no: string | null;
  place_found: string | null;
  value: number | null;
  device: string | null;
  place: string;
  destination: string | null;
  since: string;
  moves: number;
  statement_at: string | null;
  statement_ref: string | null;
  disposal_order_at: string | null;
  disposal_order_ref: string | null;
  /** The FIR's property (index, 0 the first) this item is, recovered (migration 019). */
  recovers_property: number | null;
}

/** The chain of custody (migration 014): handed_by and received_by are JSON parties. */
export interface PropertyMovesTable {
  id: string;
  item_id: string;
  fir_id: string;
  station_code: string;
  seq: number;
  kind: string;
  place: string;
  at: string;
  handed_by: string;
  received_by: string;
  destination: string | null;
  reference: string | null;
  order_ref: string | null;
  note: string | null;
  recorded_by: string;
  recorded_at: string;
}

/** Arrest and court-surrender memos, IIF-3 (migration 013): the objects are JSON. */
export interface ArrestsTable {
  id: string;
  fir_id: string;
  station_code: string;
  district_code: string;
  person_id: string;
  accused_code: string;
  kind: string;
  outcome: string;
  arrested_at: string;
  place: string;
  court: string | null;
  grounds: string | null;
  person_informed: string | null;
  attesting_witness: string | null;
  handcuff: string | null;
  magistrate_permission: string | null;
  senior_permission: string | null;
  infirm: number;
  age_at_arrest: number | null;
  gd_entry_id: string;
  arrested_by: string;
  recorded_at: string;
  production: string | null;
  produced_at: string | null;
}

/** The remand and custody ledger (migration 013): until_at null while the period lasts. */
export interface CustodyPeriodsTable {
  id: string;
  arrest_id: string;
  fir_id: string;
  station_code: string;
  person_id: string;
  kind: string;
  from_at: string;
  until_at: string | null;
  /** 0 for the bail the police gave at the arrest; 1 for what a court ordered. */
  by_court: number;
  court: string | null;
  order_ref: string | null;
  recorded_by: string;
  recorded_at: string;
}

/** Accused declared absconding by the IO (migration 013). */
export interface AbscondersTable {
  id: string;
  fir_id: string;
  station_code: string;
  person_id: string;
  since: string;
  note: string;
  declared_by: string;
  declared_at: string;
}

/** Sync (migration 006). */
export interface SyncNodesTable {
  id: string;
  unit_code: string;
  label: string;
  status: string;
  public_key: string | null;
  enrol_lookup: string | null;
  enrol_secret: string | null;
  enrol_expires_at: string | null;
  created_at: string;
  created_by: string;
  enrolled_at: string | null;
  enrolled_from: string | null;
  revoked_at: string | null;
  revoked_by: string | null;
  revoke_reason: string | null;
  last_seen_at: string | null;
  last_push_at: string | null;
  last_pull_at: string | null;
  last_error: string | null;
  last_error_at: string | null;
  events_received: Generated<number>;
  bytes_received: Generated<number>;
  reported: string | null;
}

export interface SyncNoncesTable {
  node_id: string;
  nonce: string;
  expires_at: string;
}

export interface EventAddressesTable {
  id: Generated<number>;
  local_pos: number;
  unit_path: string;
  broadcast: number;
  origin_path: string;
}

export interface SyncUpstreamTable {
  id: number;
  url: string;
  node_id: string;
  upstream_unit: string;
  upstream_key: string;
  enrolled_at: string;
  push_floor: Generated<number>;
  pull_cursor: Generated<number>;
  initial_pull_done: Generated<number>;
  clock_offset_ms: Generated<number>;
  last_attempt_at: string | null;
  last_success_at: string | null;
  last_push_at: string | null;
  last_pull_at: string | null;
  last_error: string | null;
  last_error_at: string | null;
  last_error_refused: Generated<number>;
  consecutive_failures: Generated<number>;
  events_pushed: Generated<number>;
  events_pulled: Generated<number>;
  bytes_up: Generated<number>;
  bytes_down: Generated<number>;
  audit_chain: string | null;
  audit_acked: Generated<number>;
}

/** A station node's audit entry, as its upstream keeps it. */
export interface AuditRemoteTable extends AuditLogTable {
  chain_id: string;
  node_id: string;
  origin_unit: string;
}

export interface AuditRemoteHeadsTable {
  chain_id: string;
  node_id: string;
  origin_unit: string;
  seq: number;
  hash: string;
  updated_at: string;
}

export interface SyncAcksTable {
  origin_unit: string;
  seq: number;
}

export interface BlobsTable {
  sha256: string;
  size: number;
  stored_at: string;
}

export interface SyncBlobsUpTable {
  sha256: string;
  done_at: string;
}

export interface AlertsTable {
  id: string;
  kind: string;
  title: string;
  details: string;
  photo_sha256: string | null;
  target_unit: string;
  target_path: string;
  issuer_unit: string;
  issued_by: string;
  issued_at: string;
  expires_at: string | null;
  status: string;
  withdrawn_at: string | null;
  withdrawn_by: string | null;
  withdraw_reason: string | null;
}

/** The latest crime details (IIF-2) of a case; `details` is the event's payload. */
export interface CaseCrimeDetailsTable {
  fir_id: string;
  station_code: string;
  version: number;
  details: string;
  recorded_by: string;
  recorded_at: string;
}

/** One modus operandi code of a case's latest crime details, for "cases like this one". */
export interface CaseMoCodesTable {
  fir_id: string;
  mo_code: string;
  station_code: string;
  crime_head: string;
  occurred_at: string;
}

export interface FinalReportsTable {
  id: string;
  fir_id: string;
  station_code: string;
  report_no: number;
  law: string;
  kind: string;
  body: string;
  /** submitted (awaiting review), returned (with remarks), filed (forwarded to the court). */
  status: string;
  review_level: string | null;
  submitted_by: string;
  submitted_at: string;
  reviewed_by: string | null;
  reviewed_at: string | null;
  review_remarks: string | null;
  filed_at: string | null;
}

/** Steps that meet a clock: victim_informed (BNSS 193(3)(ii)), forensic_visit (BNSS 176(3)). */
export interface CaseMilestonesTable {
  id: string;
  fir_id: string;
  station_code: string;
  kind: string;
  at: string;
  detail: string;
  recorded_by: string;
  recorded_at: string;
}

export interface CourtCasesTable {
  fir_id: string;
  station_code: string;
  court_code: string;
  court_case_no: string;
  registered_on: string;
  recorded_by: string;
  recorded_at: string;
}

/** A hearing, disposal or appeal: its date and its content as the event gave it. */
export interface CourtRecordsTable {
  id: string;
  fir_id: string;
  station_code: string;
  on_date: string;
  body: string;
  recorded_by: string;
  recorded_at: string;
}
