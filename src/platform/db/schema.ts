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
}

export type AgencyRow = Selectable<AgencyTable>;
export type UserRow = Selectable<UserTable>;
export type NewUser = Insertable<UserTable>;
export type UserUpdate = Updateable<UserTable>;
export type SessionRow = Selectable<SessionTable>;
export type ApiTokenRow = Selectable<ApiTokenTable>;
export type AuditRow = Selectable<AuditLogTable>;
