import type { Kysely, Transaction } from 'kysely';
import type { Actor } from '../../../platform/access/actor.js';
import { visibleTo } from '../../../platform/access/policy.js';
import type { Database } from '../../../platform/db/schema.js';
import type { SharingRecordTable } from './sharing.schema.js';

/** The sharing facts of a record the actor may see, or undefined (missing and invisible alike). */
export async function findVisibleRecord(
  tx: Transaction<Database>,
  actor: Actor,
  table: SharingRecordTable,
  id: string,
): Promise<{ id: string; owner_agency_id: string; handling_code: string } | undefined> {
  // FOR UPDATE serialises requests about one record, so that two identical ones cannot both pass
  // the duplicate check.
  switch (table) {
    case 'records':
      return tx
        .selectFrom('records as t')
        .select(['t.id', 't.owner_agency_id', 't.handling_code'])
        .where('t.id', '=', id)
        .where(visibleTo(actor, 't'))
        .forUpdate()
        .executeTakeFirst();
    case 'seizures':
      return tx
        .selectFrom('seizures as t')
        .select(['t.id', 't.owner_agency_id', 't.handling_code'])
        .where('t.id', '=', id)
        .where(visibleTo(actor, 't'))
        .forUpdate()
        .executeTakeFirst();
  }
}

/**
 * Requests the actor's agency is a party to (owner or requester), with the agencies' codes and the
 * record's caption or seizure reference only where `visibleTo` lets the actor see the record (the
 * owner always does). User names are given only for users of the actor's own agency.
 */
export function requestsQuery(db: Kysely<Database>, actor: Actor) {
  return db
    .selectFrom('sharing_requests as sr')
    .innerJoin('agencies as oa', 'oa.id', 'sr.owner_agency_id')
    .innerJoin('agencies as ra', 'ra.id', 'sr.requester_agency_id')
    .leftJoin('agencies as ta', 'ta.id', 'sr.target_agency_id')
    .leftJoin('records as r', (j) =>
      j.onRef('r.id', '=', 'sr.record_id').on('sr.record_table', '=', 'records').on(visibleTo(actor, 'r')),
    )
    .leftJoin('seizures as s', (j) =>
      j.onRef('s.id', '=', 'sr.record_id').on('sr.record_table', '=', 'seizures').on(visibleTo(actor, 's')),
    )
    .leftJoin('users as ru', (j) =>
      j.onRef('ru.id', '=', 'sr.requested_by').on('ru.agency_id', '=', actor.agencyId),
    )
    .leftJoin('users as du', (j) =>
      j.onRef('du.id', '=', 'sr.decided_by').on('du.agency_id', '=', actor.agencyId),
    )
    .selectAll('sr')
    .select([
      'oa.code as owner_agency_code',
      'ra.code as requester_agency_code',
      'ta.code as target_agency_code',
      'r.caption as record_caption',
      'r.schema as record_schema',
      's.reference as seizure_reference',
      'ru.username as requested_by_username',
      'du.username as decided_by_username',
    ])
    .where((eb) =>
      eb.or([
        eb('sr.owner_agency_id', '=', actor.agencyId),
        eb('sr.requester_agency_id', '=', actor.agencyId),
      ]),
    );
}

/** A row of `requestsQuery`. */
export type SharingRequestRow = Awaited<
  ReturnType<ReturnType<typeof requestsQuery>['executeTakeFirstOrThrow']>
>;
