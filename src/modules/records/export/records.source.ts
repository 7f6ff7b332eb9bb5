import { sql, type Transaction } from 'kysely';
import type { Actor } from '../../../platform/access/actor.js';
import { visibleTo } from '../../../platform/access/policy.js';
import type { Database } from '../../../platform/db/schema.js';
import { num, text, type Row } from './columns.js';
import type { ExportRecordsQuery } from './export.schema.js';
import { exportable, withheldCounts, type ExportPurpose } from './export.rules.js';
import type { FtmEntity } from './ftm-lines.js';
import type { ExportSource } from './source.js';

type Tx = Transaction<Database>;
type Filter = Pick<ExportRecordsQuery, 'schema' | 'q' | 'ownerAgencyId'>;

/** The records list's filter over `records`, with the visibility rule. */
function matching(tx: Tx, actor: Actor, filter: Filter) {
  let q = tx.selectFrom('records').where(visibleTo(actor, 'records'));
  if (filter.schema) q = q.where('records.schema', '=', filter.schema);
  if (filter.ownerAgencyId) q = q.where('records.owner_agency_id', '=', filter.ownerAgencyId);
  if (filter.q) {
    q = q.where('records.caption', 'ilike', `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  }
  return q;
}

async function loadPage(
  tx: Tx,
  actor: Actor,
  filter: Filter,
  purpose: ExportPurpose,
  after: { at: string; id: string } | null,
  limit: number,
) {
  let q = matching(tx, actor, filter)
    .where(exportable(actor, 'records', purpose))
    .innerJoin('agencies as owner', 'owner.id', 'records.owner_agency_id')
    .selectAll('records')
    .select('owner.code as owner_agency_code')
    // The cursor as text: a JavaScript Date would drop the microseconds and repeat rows across pages.
    .select(sql<string>`records.created_at::text`.as('cursor_at'))
    .orderBy('records.created_at')
    .orderBy('records.id')
    .limit(limit);
  if (after) {
    q = q.where(
      sql<boolean>`(records.created_at, records.id) > (${after.at}::timestamptz, ${after.id}::uuid)`,
    );
  }
  return q.execute();
}
type RecordItem = Awaited<ReturnType<typeof loadPage>>[number];

const COLUMNS = [
  text('id'),
  text('schema'),
  text('caption'),
  text('properties'),
  text('owner_agency'),
  text('distribution'),
  text('handling_code'),
  text('handling_restriction'),
  text('evaluation'),
  text('source'),
  text('external_id'),
  num('version'),
  text('created_at'),
  text('updated_at'),
];

function recordRow(r: RecordItem): Row {
  return [
    r.id,
    r.schema,
    r.caption,
    // FtM properties as JSON ({"name":["…"]}): one column whatever the schema.
    JSON.stringify(r.properties),
    r.owner_agency_code,
    r.distribution,
    r.handling_code,
    r.handling_restriction,
    r.eval_source && r.eval_info ? `${r.eval_source}${r.eval_info}` : null,
    r.source,
    r.external_id,
    String(r.version),
    r.created_at.toISOString(),
    r.updated_at.toISOString(),
  ];
}

/** Entities and links the actor may export: standard FtM entities. */
export function recordsSource(
  actor: Actor,
  filter: Filter,
  purpose: ExportPurpose,
): ExportSource<RecordItem> {
  return {
    objectType: 'record',
    sheetName: 'Records',
    columns: COLUMNS,
    async tally(tx) {
      const w = withheldCounts(actor, 'records', purpose);
      const row = await matching(tx, actor, filter)
        .select([sql<number>`count(*)::int`.as('visible'), w.h2.as('h2'), w.h1.as('h1')])
        .executeTakeFirstOrThrow();
      return { count: row.visible - row.h2 - row.h1, h2: row.h2, h1: row.h1 };
    },
    async *pages(tx, pageSize) {
      let after: { at: string; id: string } | null = null;
      for (;;) {
        const items = await loadPage(tx, actor, filter, purpose, after, pageSize);
        if (items.length === 0) return;
        yield { items, related: new Map() };
        if (items.length < pageSize) return;
        const last = items[items.length - 1]!;
        after = { at: last.cursor_at, id: last.id };
      }
    },
    id: (r) => r.id,
    rows: (r) => [recordRow(r)],
    entities: (r): FtmEntity[] => [
      { id: r.id, schema: r.schema, properties: r.properties as Record<string, string[]> },
    ],
  };
}
