import type { Kysely } from 'kysely';
import type { Database, MembershipStatus } from '../db/schema.js';
import type { Actor, ActorAuth } from './actor.js';

/**
 * Loads the actor behind a session or token: the user, his agency, its country and its standing in
 * the regional centre. Null for a disabled user or an inactive agency — they have no access at all.
 */
export async function loadActor(
  db: Kysely<Database>,
  userId: string,
  auth: ActorAuth,
): Promise<Actor | null> {
  const row = await db
    .selectFrom('users')
    .innerJoin('agencies', 'agencies.id', 'users.agency_id')
    .leftJoin('countries', 'countries.code', 'agencies.country_code')
    .leftJoin('organisations', 'organisations.id', 'agencies.organisation_id')
    .select([
      'users.id',
      'users.username',
      'users.agency_id',
      'users.roles',
      'users.disabled',
      'agencies.country_code',
      'agencies.active',
      'agencies.kind',
      'countries.status as country_status',
      'organisations.status as organisation_status',
    ])
    .where('users.id', '=', userId)
    .executeTakeFirst();
  if (!row || row.disabled || !row.active) return null;
  return {
    userId: row.id,
    username: row.username,
    agencyId: row.agency_id,
    countryCode: row.country_code?.trim() ?? null,
    membership: membershipOf(row.kind, row.country_status, row.organisation_status),
    roles: row.roles,
    auth,
  };
}

/**
 * An agency's standing in the regional centre: the centre's own agencies count as members; others
 * take their country's status, or their organisation's.
 */
export function membershipOf(
  kind: string,
  countryStatus: MembershipStatus | null,
  organisationStatus: MembershipStatus | null,
): MembershipStatus | null {
  if (kind === 'regional_centre') return 'member';
  return countryStatus ?? organisationStatus ?? null;
}
