/** Types of the Northroute HTTP API v1, as the web client sees them. */

export type Language = 'en' | 'ru';

export const ROLES = [
  'officer',
  'analyst',
  'liaison_officer',
  'operations_coordinator',
  'national_coordinator',
  'agency_admin',
  'platform_admin',
  'viewer',
] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  'records.read',
  'records.write',
  'agencies.manage',
  'agency.settings',
  'users.manage',
  'users.manage.all',
  'tokens.manage',
  'tokens.manage.all',
  'audit.read',
  'audit.read.all',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const AGENCY_KINDS = [
  'drug_control',
  'police',
  'customs',
  'border_guard',
  'security_service',
  'fiu',
  'health_focal_point',
  'precursor_authority',
  'prosecution',
  'regional_centre',
  'donor_implementer',
] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];

export const TOKEN_SCOPES = ['read', 'write', 'match', 'admin'] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

export const AUDIT_OUTCOMES = ['success', 'failure', 'denied'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

export interface User {
  id: string;
  username: string;
  displayName: string;
  agencyId: string;
  agencyCode: string;
  agencyName: string;
  roles: Role[];
  language: Language;
  disabled: boolean;
  totpEnrolled: boolean;
  lockedUntil: string | null;
  lastSignInAt: string | null;
  createdAt: string;
}

export interface Agency {
  id: string;
  code: string;
  name: string;
  nameRu: string;
  kind: AgencyKind;
  countryCode: string | null;
  organisationId: string | null;
  organisationCode: string | null;
  requireTotp: boolean;
  active: boolean;
  createdAt: string;
}

export type SessionStage = 'full' | 'totp_enrolment';

export interface Session {
  user: User;
  agency: Agency;
  csrfToken: string;
  stage: SessionStage;
  permissions: Permission[];
  demo: boolean;
}

export interface Country {
  code: string;
  nameEn: string;
  nameRu: string;
  status: 'member' | 'observer' | 'applicant' | null;
  statusSince: string | null;
  statusUntil: string | null;
}

export interface Organisation {
  id: string;
  code: string;
  name: string;
  nameRu: string;
  kind: string;
  status: string;
  statusSince: string | null;
}

export interface ApiToken {
  id: string;
  name: string;
  userId: string;
  username: string;
  agencyId: string;
  scopes: TokenScope[];
  prefix: string;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
}

export interface AuditEntry {
  seq: number;
  at: string;
  actorId: string | null;
  actorUsername: string | null;
  actorAgencyId: string | null;
  actorAgencyCode: string | null;
  action: string;
  objectType: string | null;
  objectId: string | null;
  outcome: AuditOutcome;
  ip: string | null;
  requestId: string | null;
  details: Record<string, unknown> | null;
}

export interface ListResponse<T> {
  items: T[];
}

export interface AuditPage extends ListResponse<AuditEntry> {
  nextBefore: number | null;
}

export interface TotpSetup {
  secret: string;
  otpauthUri: string;
  qrSvg: string;
}

export interface CreatedToken {
  token: ApiToken;
  secret: string;
}
