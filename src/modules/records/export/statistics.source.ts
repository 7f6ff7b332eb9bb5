import { sql, type Transaction } from 'kysely';
import type { Actor } from '../../../platform/access/actor.js';
import { visibleTo } from '../../../platform/access/policy.js';
import type { Database } from '../../../platform/db/schema.js';
import { drugTerm } from '../vocabularies/drugs.js';
import { num, text, type Row } from './columns.js';
import type { ExportStatisticsQuery } from './export.schema.js';
import { exportable, withheldCounts, type ExportPurpose } from './export.rules.js';
import type { ExportSource } from './source.js';

type Tx = Transaction<Database>;
type Filter = Omit<ExportStatisticsQuery, 'format' | 'purpose'>;

/**
 * Statistical records matching the filter that the actor may see. Only `visibleTo`: a figure its
 * owner shares as statistics only counts in the actor's totals but is never exported as a row.
 */
function matching(tx: Tx, actor: Actor, filter: Filter) {
  let q = tx.selectFrom('statistical_records as sr').where(visibleTo(actor, 'sr'));
  if (filter.country) q = q.where('sr.country', '=', filter.country);
  if (filter.yearFrom !== undefined) q = q.where('sr.year', '>=', filter.yearFrom);
  if (filter.yearTo !== undefined) q = q.where('sr.year', '<=', filter.yearTo);
  if (filter.drug) q = q.where('sr.drug_code', '=', filter.drug);
  if (filter.source) q = q.where('sr.source', '=', filter.source);
  return q;
}

async function loadPage(
  tx: Tx,
  actor: Actor,
  filter: Filter,
  purpose: ExportPurpose,
  after: { country: string; year: number; name: string; id: string } | null,
  limit: number,
) {
  let q = matching(tx, actor, filter)
    .where(exportable(actor, 'sr', purpose))
    .innerJoin('agencies as owner', 'owner.id', 'sr.owner_agency_id')
    .select([
      'sr.id',
      'sr.country',
      'sr.year',
      'sr.drug_code',
      'sr.reported_group',
      'sr.reported_subgroup',
      'sr.reported_name',
      'sr.aggregate',
      sql<string | null>`sr.kilograms::text`.as('kilograms'),
      'sr.source',
      'sr.provenance',
      'owner.code as owner_agency_code',
      'sr.handling_code',
      'sr.distribution',
    ])
    .orderBy('sr.country')
    .orderBy('sr.year')
    .orderBy('sr.reported_name')
    .orderBy('sr.id')
    .limit(limit);
  if (after) {
    q = q.where(
      sql<boolean>`(sr.country, sr.year, sr.reported_name, sr.id) > (${after.country}, ${after.year}, ${after.name}, ${after.id}::uuid)`,
    );
  }
  return q.execute();
}
type StatItem = Awaited<ReturnType<typeof loadPage>>[number];

const COLUMNS = [
  text('id'),
  text('country'),
  num('year'),
  text('drug'),
  text('drug_group'),
  text('reported_group'),
  text('reported_subgroup'),
  text('reported_name'),
  text('reported_total'),
  num('kilograms'),
  text('source'),
  text('file'),
  text('sheet'),
  num('row'),
  text('owner_agency'),
  text('distribution'),
  text('handling_code'),
];

function statRow(r: StatItem): Row {
  const p = (r.provenance ?? {}) as { file?: string; sheet?: string | null; row?: number };
  return [
    r.id,
    r.country.trim(),
    String(r.year),
    r.drug_code,
    r.drug_code ? (drugTerm(r.drug_code)?.group ?? null) : null,
    r.reported_group,
    r.reported_subgroup,
    r.reported_name,
    // A UNODC "reported total" row already contains the others of its country and year.
    r.aggregate ? 'yes' : 'no',
    // Blank = unknown (never written as 0).
    r.kilograms,
    r.source,
    p.file ?? null,
    p.sheet ?? null,
    p.row === undefined ? null : String(p.row),
    r.owner_agency_code,
    r.distribution,
    r.handling_code,
  ];
}

/** Statistical records (country–year–drug figures) the actor may export, with their provenance. */
export function statisticsSource(
  actor: Actor,
  filter: Filter,
  purpose: ExportPurpose,
): ExportSource<StatItem> {
  return {
    objectType: 'statistical_record',
    sheetName: 'Statistics',
    columns: COLUMNS,
    async tally(tx) {
      const w = withheldCounts(actor, 'sr', purpose);
      const row = await matching(tx, actor, filter)
        .select([sql<number>`count(*)::int`.as('visible'), w.h2.as('h2'), w.h1.as('h1')])
        .executeTakeFirstOrThrow();
      return { count: row.visible - row.h2 - row.h1, h2: row.h2, h1: row.h1 };
    },
    async *pages(tx, pageSize) {
      let after: { country: string; year: number; name: string; id: string } | null = null;
      for (;;) {
        const items = await loadPage(tx, actor, filter, purpose, after, pageSize);
        if (items.length === 0) return;
        yield { items, related: new Map() };
        if (items.length < pageSize) return;
        const last = items[items.length - 1]!;
        after = { country: last.country, year: last.year, name: last.reported_name, id: last.id };
      }
    },
    id: (r) => r.id,
    rows: (r) => [statRow(r)],
  };
}
