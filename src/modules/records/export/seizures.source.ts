import { sql, type Transaction } from 'kysely';
import type { Actor } from '../../../platform/access/actor.js';
import { visibleTo } from '../../../platform/access/policy.js';
import type { Database } from '../../../platform/db/schema.js';
import type { SeizureFilter } from '../seizures/seizures.schema.js';
import { exportable, withheldCounts, type ExportPurpose } from './export.rules.js';
import type { FtmEntity } from './ftm-lines.js';
import { SEIZURE_COLUMNS, seizureEntities, seizureRows } from './seizure-items.js';
import { seizureFilter } from '../seizures/seizures.repository.js';
import type { ExportSource } from './source.js';

type Tx = Transaction<Database>;

function headerQuery(tx: Tx, actor: Actor, filter: SeizureFilter, purpose: ExportPurpose) {
  return tx
    .selectFrom('seizures as s')
    .where(seizureFilter(actor, filter))
    .where(exportable(actor, 's', purpose));
}

async function loadHeaders(
  tx: Tx,
  actor: Actor,
  filter: SeizureFilter,
  purpose: ExportPurpose,
  after: { on: string; id: string } | null,
  limit: number,
) {
  let q = headerQuery(tx, actor, filter, purpose)
    .innerJoin('agencies as owner', 'owner.id', 's.owner_agency_id')
    .innerJoin('agencies as seizing', 'seizing.id', 's.seizing_agency_id')
    .select([
      's.id',
      's.reference',
      sql<string>`s.occurred_on::text`.as('occurred_on'),
      's.date_precision',
      's.occurred_time',
      's.country',
      's.region',
      's.locality',
      sql<string | null>`s.latitude::text`.as('latitude'),
      sql<string | null>`s.longitude::text`.as('longitude'),
      's.place_kind',
      's.border_crossing',
      'seizing.code as seizing_agency_code',
      's.transport_mode',
      's.concealment',
      's.narrative',
      's.operation_reference',
      sql<string | null>`s.total_kg::text`.as('total_kg'),
      's.unconverted_lines',
      'owner.code as owner_agency_code',
      's.distribution',
      's.handling_code',
      's.handling_restriction',
      's.eval_source',
      's.eval_info',
      's.source',
      's.external_id',
      's.version',
      's.created_at',
      's.updated_at',
    ])
    .orderBy('s.occurred_on')
    .orderBy('s.id')
    .limit(limit);
  if (after) q = q.where(sql<boolean>`(s.occurred_on, s.id) > (${after.on}::date, ${after.id}::uuid)`);
  return q.execute();
}
type Header = Awaited<ReturnType<typeof loadHeaders>>[number];

async function loadLines(tx: Tx, ids: string[]) {
  return tx
    .selectFrom('seizure_drug_lines')
    .select([
      'seizure_id',
      'position',
      'drug_code',
      'form',
      sql<string | null>`quantity::text`.as('quantity'),
      'unit',
      sql<string | null>`density_kg_per_litre::text`.as('density_kg_per_litre'),
      sql<string | null>`unit_mass_grams::text`.as('unit_mass_grams'),
      sql<string | null>`kg_equivalent::text`.as('kg_equivalent'),
      'kg_rule',
      sql<string | null>`kg_factor::text`.as('kg_factor'),
      sql<string | null>`purity_percent::text`.as('purity_percent'),
      'packaging',
      'markings',
    ])
    .where('seizure_id', 'in', ids)
    .orderBy('seizure_id')
    .orderBy('position')
    .execute();
}
type Line = Awaited<ReturnType<typeof loadLines>>[number];

async function loadRoute(tx: Tx, ids: string[]) {
  return tx
    .selectFrom('seizure_route')
    .select(['seizure_id', 'position', 'role', 'country', 'place'])
    .where('seizure_id', 'in', ids)
    .orderBy('seizure_id')
    .orderBy('position')
    .execute();
}
type Leg = Awaited<ReturnType<typeof loadRoute>>[number];

/**
 * Parties whose record the actor may see AND may export: a party record hidden from the actor, or
 * withheld by the export rules, is left out of the seizure altogether (its id included).
 */
async function loadParties(tx: Tx, actor: Actor, purpose: ExportPurpose, ids: string[]) {
  return tx
    .selectFrom('seizure_parties as p')
    .innerJoin('records', 'records.id', 'p.record_id')
    .select([
      'p.seizure_id',
      'p.position',
      'p.role',
      'p.arrested',
      'records.id as record_id',
      'records.schema',
      'records.caption',
      'records.properties',
    ])
    .where('p.seizure_id', 'in', ids)
    .where(visibleTo(actor, 'records'))
    .where(exportable(actor, 'records', purpose))
    .orderBy('p.seizure_id')
    .orderBy('p.position')
    .execute();
}
type Party = Awaited<ReturnType<typeof loadParties>>[number];

/** A seizure as the export reads it: header, drug lines, route legs, exportable parties. */
export interface ExportSeizure {
  header: Header;
  lines: Line[];
  route: Leg[];
  parties: Party[];
}

function groupBy<T extends { seizure_id: string }>(rows: T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) out.set(r.seizure_id, [...(out.get(r.seizure_id) ?? []), r]);
  return out;
}

/** The seizures the actor may export under the seizure list's filter. */
export function seizuresSource(
  actor: Actor,
  filter: SeizureFilter,
  purpose: ExportPurpose,
): ExportSource<ExportSeizure> {
  return {
    objectType: 'seizure',
    sheetName: 'Seizures',
    columns: SEIZURE_COLUMNS,
    async tally(tx) {
      const w = withheldCounts(actor, 's', purpose);
      const row = await tx
        .selectFrom('seizures as s')
        .where(seizureFilter(actor, filter))
        .select([sql<number>`count(*)::int`.as('visible'), w.h2.as('h2'), w.h1.as('h1')])
        .executeTakeFirstOrThrow();
      return { count: row.visible - row.h2 - row.h1, h2: row.h2, h1: row.h1 };
    },
    async *pages(tx, pageSize) {
      let after: { on: string; id: string } | null = null;
      for (;;) {
        const headers = await loadHeaders(tx, actor, filter, purpose, after, pageSize);
        if (headers.length === 0) return;
        const ids = headers.map((h) => h.id);
        const [lines, route, parties] = await Promise.all([
          loadLines(tx, ids).then(groupBy),
          loadRoute(tx, ids).then(groupBy),
          loadParties(tx, actor, purpose, ids).then(groupBy),
        ]);
        const related = new Map<string, FtmEntity>();
        const items = headers.map((header) => {
          const own = parties.get(header.id) ?? [];
          for (const p of own) {
            related.set(p.record_id, {
              id: p.record_id,
              schema: p.schema,
              properties: p.properties as Record<string, string[]>,
            });
          }
          return {
            header,
            lines: lines.get(header.id) ?? [],
            route: route.get(header.id) ?? [],
            parties: own,
          };
        });
        yield { items, related };
        if (headers.length < pageSize) return;
        const last = headers[headers.length - 1]!;
        after = { on: last.occurred_on, id: last.id };
      }
    },
    id: (s) => s.header.id,
    rows: seizureRows,
    entities: seizureEntities,
    relatedIds: (s) => s.parties.map((p) => p.record_id),
  };
}
