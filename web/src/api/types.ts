/** Types of the Northroute HTTP API v1, as the web client sees them. */

// The closed lists come from the one file the server uses too.
export {
  AGENCY_KINDS,
  AUDIT_OUTCOMES,
  PERMISSIONS,
  ROLES,
  TOKEN_SCOPES,
} from '../../../src/shared/api-constants';
export type {
  AgencyKind,
  AuditOutcome,
  Language,
  Permission,
  Role,
  TokenScope,
} from '../../../src/shared/api-constants';
import type {
  AgencyKind,
  AuditOutcome,
  Language,
  Permission,
  Role,
  TokenScope,
} from '../../../src/shared/api-constants';

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
