import type { Kysely } from 'kysely';
import type { ApiTokenRow, Database, UserRow } from '../db/schema.js';

/** A user as the API shows it: never the password hash or the TOTP secret. */
export interface UserView {
  id: string;
  username: string;
  displayName: string;
  agencyId: string;
  agencyCode: string;
  agencyName: string;
  roles: string[];
  language: string;
  disabled: boolean;
  totpEnrolled: boolean;
  lockedUntil: string | null;
  lastSignInAt: string | null;
  createdAt: string;
}

/** Users joined with their agency's code and name. */
export function usersQuery(db: Kysely<Database>) {
  return db
    .selectFrom('users')
    .innerJoin('agencies', 'agencies.id', 'users.agency_id')
    .selectAll('users')
    .select(['agencies.code as agency_code', 'agencies.name as agency_name']);
}

/** User row to API shape. */
export function presentUser(row: UserRow & { agency_code: string; agency_name: string }): UserView {
  const locked = row.locked_until && row.locked_until > new Date() ? row.locked_until.toISOString() : null;
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    agencyId: row.agency_id,
    agencyCode: row.agency_code,
    agencyName: row.agency_name,
    roles: row.roles,
    language: row.language,
    disabled: row.disabled,
    totpEnrolled: row.totp_enrolled_at !== null,
    lockedUntil: locked,
    lastSignInAt: row.last_sign_in_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
  };
}

/** API token row to API shape (never the hash). */
export function presentToken(row: ApiTokenRow & { username: string }) {
  return {
    id: row.id,
    name: row.name,
    userId: row.user_id,
    username: row.username,
    agencyId: row.agency_id,
    scopes: row.scopes,
    prefix: row.prefix,
    createdAt: row.created_at.toISOString(),
    expiresAt: row.expires_at.toISOString(),
    revokedAt: row.revoked_at?.toISOString() ?? null,
    lastUsedAt: row.last_used_at?.toISOString() ?? null,
  };
}
