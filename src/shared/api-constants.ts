/**
 * The closed lists that the server and the web app must agree on. Pure data with no imports, so the
 * browser bundle can use this file as it is: one definition, no copy to drift.
 */

/** The roles a user may hold (several at once). */
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

/** Every permission a role can grant (the grants themselves are in src/platform/access/policy.ts). */
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
  'sharing.decide',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** Kinds of agency, from the source documents. */
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

export const MEMBERSHIP_STATUSES = ['member', 'observer', 'applicant'] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

export const ORGANISATION_KINDS = [
  'intergovernmental',
  'regional',
  'police_cooperation',
  'donor',
  'other',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const LANGUAGES = ['en', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];

export const TOKEN_SCOPES = ['read', 'write', 'match', 'admin'] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

export const AUDIT_OUTCOMES = ['success', 'failure', 'denied'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

/** Who may see a record (PRODUCT.md principle 1). */
export const DISTRIBUTIONS = [
  'own_agency',
  'own_country',
  'named_agencies',
  'all_members',
  'members_and_observers',
] as const;
export type Distribution = (typeof DISTRIBUTIONS)[number];

export const HANDLING_CODES = ['H0', 'H1', 'H2', 'H3'] as const;
export type HandlingCode = (typeof HANDLING_CODES)[number];

/**
 * The FollowTheMoney schemata an agency may record as entities or links. Seizures, drug lines and
 * routes are Northroute's own record types (docs/records-design.md).
 */
export const RECORD_SCHEMATA = [
  'Person',
  'Organization',
  'Company',
  'Vehicle',
  'Passport',
  'Identification',
  'Address',
  'BankAccount',
  'CryptoWallet',
  'Associate',
  'Family',
  'Membership',
  'Ownership',
  'UnknownLink',
  'Trip',
  'Call',
  'Payment',
] as const;
export type RecordSchema = (typeof RECORD_SCHEMATA)[number];
