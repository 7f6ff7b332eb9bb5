import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type {
  AgencyKind,
  AuditOutcome,
  Distribution,
  HandlingCode,
  Language,
  MembershipStatus,
  OrganisationKind,
  Role,
  TokenScope,
} from '../../shared/api-constants.js';

// The closed lists live in one file shared with the web app; re-exported for the server's modules.
export {
  AGENCY_KINDS,
  AUDIT_OUTCOMES,
  DISTRIBUTIONS,
  HANDLING_CODES,
  LANGUAGES,
  MEMBERSHIP_STATUSES,
  ORGANISATION_KINDS,
  ROLES,
  TOKEN_SCOPES,
} from '../../shared/api-constants.js';
export type {
  AgencyKind,
  AuditOutcome,
  Distribution,
  HandlingCode,
  Language,
  MembershipStatus,
  OrganisationKind,
  Role,
  TokenScope,
} from '../../shared/api-constants.js';

/** Timestamps are written as Date or ISO text and read back as Date. */
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Json = ColumnType<unknown, string, string>;

export interface CountryTable {
  code: string;
  name_en: string;
  name_ru: string;
  status: MembershipStatus | null;
  status_since: string | null;
  status_until: string | null;
}

export interface OrganisationTable {
  id: Generated<string>;
  code: string;
  name: string;
  name_ru: string;
  kind: OrganisationKind;
  status: MembershipStatus | null;
  status_since: string | null;
}

export interface AgencyTable {
  id: Generated<string>;
  code: string;
  name: string;
  name_ru: string;
  kind: AgencyKind;
  country_code: string | null;
  organisation_id: string | null;
  require_totp: Generated<boolean>;
  active: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface UserTable {
  id: Generated<string>;
  agency_id: string;
  username: string;
  display_name: string;
  password_hash: string;
  roles: Role[];
  language: Generated<Language>;
  disabled: Generated<boolean>;
  /** A demonstration account: may skip the second factor while the server runs in demo mode. */
  demo: Generated<boolean>;
  totp_secret: string | null;
  totp_enrolled_at: Timestamp | null;
  totp_last_step: number | null;
  failed_attempts: Generated<number>;
  locked_until: Timestamp | null;
  last_sign_in_at: Timestamp | null;
  password_changed_at: Timestamp;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface SessionTable {
  id: Generated<string>;
  token_hash: string;
  user_id: string;
  agency_id: string;
  stage: 'full' | 'totp_enrolment';
  csrf_token: string;
  created_at: CreatedAt;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
  ip: string | null;
  user_agent: string | null;
}

export interface ApiTokenTable {
  id: Generated<string>;
  user_id: string;
  agency_id: string;
  name: string;
  prefix: string;
  token_hash: string;
  scopes: TokenScope[];
  created_at: CreatedAt;
  created_by: string | null;
  expires_at: Timestamp;
  revoked_at: Timestamp | null;
  last_used_at: Timestamp | null;
}

export interface AuditLogTable {
  seq: number;
  at: Timestamp;
  actor_id: string | null;
  actor_username: string | null;
  actor_agency_id: string | null;
  action: string;
  object_type: string | null;
  object_id: string | null;
  /** The agency that owns the object acted on, so its administrators see actions on their objects. */
  object_agency_id: string | null;
  outcome: AuditOutcome;
  ip: string | null;
  request_id: string | null;
  details: Json | null;
  prev_hash: string;
  hash: string;
}

export interface SettingTable {
  key: string;
  value: Json;
}

/** The sharing columns every operational table carries (read by `visibleTo`). */
export interface SharingColumns {
  owner_agency_id: string;
  owner_country: string | null;
  distribution: Distribution;
  distribution_agencies: ColumnType<string[], string[] | undefined, string[]>;
  handling_code: HandlingCode;
  handling_restriction: string | null;
  eval_source: 'A' | 'B' | 'C' | 'X' | null;
  eval_info: number | null;
  statistics_only: Generated<boolean>;
}

export interface RecordTable extends SharingColumns {
  id: Generated<string>;
  schema: string;
  caption: string;
  properties: ColumnType<unknown, string | undefined, string>;
  source: string | null;
  external_id: string | null;
  version: Generated<number>;
  created_by: string | null;
  created_at: CreatedAt;
  updated_by: string | null;
  updated_at: Timestamp;
}

/** One entry of a record's history: field → [before, after]. */
export interface RecordVersionTable {
  record_table: string;
  record_id: string;
  version: number;
  owner_agency_id: string;
  changed_by: string | null;
  changed_at: CreatedAt;
  changes: ColumnType<unknown, string, never>;
}

export interface RecordGrantTable {
  record_table: string;
  record_id: string;
  grantee_agency_id: string;
  kind: 'read' | 'reshare' | 'export';
  owner_agency_id: string;
  approved_by: string | null;
  approved_at: CreatedAt;
}

export interface ImportBatchTable {
  id: Generated<string>;
  owner_agency_id: string;
  profile: string;
  file_name: string;
  file_sha256: string;
  rows_read: number;
  inserted: number;
  updated: number;
  unchanged: number;
  problems: ColumnType<unknown, string, string>;
  created_by: string | null;
  created_at: CreatedAt;
  /** What the batch writes: `statistical_records`, `seizures`, `records`. */
  target: Generated<string>;
  status: Generated<'running' | 'committed' | 'failed'>;
  mapping: ColumnType<unknown, string | null | undefined, string | null>;
  /** Rows of the file committed so far: a resumed import starts after them. */
  rows_committed: Generated<number>;
  finished_at: Timestamp | null;
}

export interface StatisticalRecordTable extends SharingColumns {
  id: Generated<string>;
  natural_key: string;
  source: string;
  country: string;
  year: number;
  drug_code: string | null;
  reported_group: string;
  reported_subgroup: string;
  reported_name: string;
  aggregate: Generated<boolean>;
  /** Exact decimal text (numeric); null = unknown. */
  kilograms: string | null;
  provenance: ColumnType<unknown, string, string>;
  import_batch_id: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

/** A seizure report's header; lines, route legs and parties hang off it. */
export interface SeizureTable extends SharingColumns {
  id: Generated<string>;
  reference: string;
  /** ISO date; with `date_precision` 'month' or 'year' only that much was reported. */
  occurred_on: ColumnType<string, string, string>;
  date_precision: Generated<'day' | 'month' | 'year'>;
  /** 'HH:MM' local time, when reported. */
  occurred_time: string | null;
  country: string;
  region: string | null;
  locality: string | null;
  /** Exact decimal text. */
  latitude: string | null;
  longitude: string | null;
  place_kind: string | null;
  border_crossing: string | null;
  seizing_agency_id: string;
  transport_mode: string | null;
  concealment: ColumnType<string[], string[] | undefined, string[]>;
  narrative: string | null;
  operation_reference: string | null;
  /** Exact decimal text: the sum of the converted lines; null when none converts. */
  total_kg: string | null;
  unconverted_lines: Generated<number>;
  source: string | null;
  external_id: string | null;
  import_batch_id: string | null;
  version: Generated<number>;
  created_by: string | null;
  created_at: CreatedAt;
  updated_by: string | null;
  updated_at: Timestamp;
}

export interface SeizureDrugLineTable {
  id: Generated<string>;
  seizure_id: string;
  position: number;
  drug_code: string;
  form: string | null;
  /** Exact decimal text as reported; null = unknown. */
  quantity: string | null;
  unit: string;
  density_kg_per_litre: string | null;
  unit_mass_grams: string | null;
  /** Exact decimal text; null = unconverted (never guessed). */
  kg_equivalent: string | null;
  kg_rule: string | null;
  kg_factor: string | null;
  purity_percent: string | null;
  packaging: string | null;
  markings: string | null;
  owner_agency_id: string;
}

export interface SeizureRouteTable {
  seizure_id: string;
  position: number;
  role: 'origin' | 'departure' | 'transit' | 'destination';
  country: string;
  place: string | null;
  owner_agency_id: string;
}

export interface SeizurePartyTable {
  seizure_id: string;
  position: number;
  record_id: string;
  role: string | null;
  arrested: boolean | null;
  owner_agency_id: string;
}

export interface SharingRequestTable {
  id: Generated<string>;
  record_table: string;
  record_id: string;
  owner_agency_id: string;
  requester_agency_id: string;
  requested_by: string;
  kind: 'read' | 'reshare' | 'export';
  target_agency_id: string | null;
  reason: string;
  status: Generated<'pending' | 'approved' | 'refused' | 'withdrawn'>;
  decided_by: string | null;
  decided_at: Timestamp | null;
  decision_note: string | null;
  created_at: CreatedAt;
}

export interface NotificationTable {
  id: Generated<string>;
  agency_id: string;
  user_id: string | null;
  kind: string;
  object_type: string;
  object_id: string;
  details: ColumnType<unknown, string | undefined, string>;
  created_at: CreatedAt;
  read_at: Timestamp | null;
}

export interface ImportMappingTable {
  id: Generated<string>;
  owner_agency_id: string;
  name: string;
  target: string;
  mapping: ColumnType<unknown, string, string>;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

/** Every table Northroute knows, for Kysely's type checking. */
export interface Database {
  countries: CountryTable;
  organisations: OrganisationTable;
  agencies: AgencyTable;
  users: UserTable;
  sessions: SessionTable;
  api_tokens: ApiTokenTable;
  audit_log: AuditLogTable;
  settings: SettingTable;
  records: RecordTable;
  record_grants: RecordGrantTable;
  record_versions: RecordVersionTable;
  import_batches: ImportBatchTable;
  statistical_records: StatisticalRecordTable;
  seizures: SeizureTable;
  seizure_drug_lines: SeizureDrugLineTable;
  seizure_route: SeizureRouteTable;
  seizure_parties: SeizurePartyTable;
  sharing_requests: SharingRequestTable;
  notifications: NotificationTable;
  import_mappings: ImportMappingTable;
}

export type AgencyRow = Selectable<AgencyTable>;
export type UserRow = Selectable<UserTable>;
export type NewUser = Insertable<UserTable>;
export type UserUpdate = Updateable<UserTable>;
export type SessionRow = Selectable<SessionTable>;
export type ApiTokenRow = Selectable<ApiTokenTable>;
export type AuditRow = Selectable<AuditLogTable>;
