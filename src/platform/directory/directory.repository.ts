import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

/** Agencies with their organisation's code, as one reusable query. */
export function agenciesQuery(db: Kysely<Database>) {
  return db
    .selectFrom('agencies')
    .leftJoin('organisations', 'organisations.id', 'agencies.organisation_id')
    .selectAll('agencies')
    .select('organisations.code as organisation_code');
}

/** One agency by id, or undefined. */
export function findAgency(db: Kysely<Database>, id: string) {
  return agenciesQuery(db).where('agencies.id', '=', id).executeTakeFirst();
}
