import { sql, type Transaction } from 'kysely';
import type { Actor } from '../../../platform/access/actor.js';
import { visibleTo } from '../../../platform/access/policy.js';
import type { Database } from '../../../platform/db/schema.js';
import type { SeizureFilter } from '../seizures/seizures.schema.js';
import { num, text, type Row } from './columns.js';
import { exportable, withheldCounts, type ExportPurpose } from './export.rules.js';
import { ftmProperties, type FtmEntity } from './ftm-lines.js';
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

const evaluation = (h: Header) => (h.eval_source && h.eval_info ? `${h.eval_source}${h.eval_info}` : null);

const COLUMNS = [
  text('seizure_id'),
  text('reference'),
  text('occurred_on'),
  text('date_precision'),
  text('occurred_time'),
  text('country'),
  text('region'),
  text('locality'),
  num('latitude'),
  num('longitude'),
  text('place_kind'),
  text('border_crossing'),
  text('seizing_agency'),
  text('transport_mode'),
  text('concealment'),
  text('route'),
  text('parties'),
  text('operation_reference'),
  text('narrative'),
  num('total_kg'),
  num('unconverted_lines'),
  num('line'),
  text('drug'),
  text('form'),
  num('quantity'),
  text('unit'),
  num('density_kg_per_litre'),
  num('unit_mass_grams'),
  num('kg_equivalent'),
  text('kg_rule'),
  num('purity_percent'),
  text('packaging'),
  text('markings'),
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

/** One row per drug line, the seizure's own columns repeated (what a pivot table wants). */
function seizureRows(s: ExportSeizure): Row[] {
  const h = s.header;
  const route = s.route
    .map((l) => `${l.role}:${l.country.trim()}${l.place ? ` (${l.place})` : ''}`)
    .join('; ');
  const parties = s.parties
    .map((p) => `${p.role ?? p.schema}: ${p.caption}${p.arrested ? ' (arrested)' : ''}`)
    .join('; ');
  return s.lines.map((l) => [
    h.id,
    h.reference,
    h.occurred_on,
    h.date_precision,
    h.occurred_time,
    h.country.trim(),
    h.region,
    h.locality,
    h.latitude,
    h.longitude,
    h.place_kind,
    h.border_crossing,
    h.seizing_agency_code,
    h.transport_mode,
    h.concealment.join('; '),
    route,
    parties,
    h.operation_reference,
    h.narrative,
    h.total_kg,
    String(h.unconverted_lines),
    String(l.position),
    l.drug_code,
    l.form,
    l.quantity,
    l.unit,
    l.density_kg_per_litre,
    l.unit_mass_grams,
    l.kg_equivalent,
    l.kg_rule,
    l.purity_percent,
    l.packaging,
    l.markings,
    h.owner_agency_code,
    h.distribution,
    h.handling_code,
    h.handling_restriction,
    evaluation(h),
    h.source,
    h.external_id,
    String(h.version),
    h.created_at.toISOString(),
    h.updated_at.toISOString(),
  ]);
}

/**
 * A seizure as FtM entities: Northroute's extension schema `Seizure`, its drug lines
 * (`SeizureDrugLine`) and route legs (`SeizureRouteLeg`) referring to it, and one `SeizureParty` link
 * per party pointing at the person's or vehicle's record (exported beside it as a standard entity).
 */
function seizureEntities(s: ExportSeizure): FtmEntity[] {
  const h = s.header;
  const seizure: FtmEntity = {
    id: h.id,
    schema: 'Seizure',
    properties: ftmProperties({
      reference: h.reference,
      date:
        h.date_precision === 'year'
          ? h.occurred_on.slice(0, 4)
          : h.date_precision === 'month'
            ? h.occurred_on.slice(0, 7)
            : h.occurred_on,
      time: h.occurred_time,
      country: h.country.trim().toLowerCase(),
      region: h.region,
      locality: h.locality,
      latitude: h.latitude,
      longitude: h.longitude,
      placeKind: h.place_kind,
      borderCrossing: h.border_crossing,
      seizingAgency: h.seizing_agency_code,
      transportMode: h.transport_mode,
      concealment: h.concealment,
      summary: h.narrative,
      operationReference: h.operation_reference,
      totalKg: h.total_kg,
      unconvertedLines: h.unconverted_lines,
      drug: [...new Set(s.lines.map((l) => l.drug_code))],
      routeCountry: [...new Set(s.route.map((l) => l.country.trim().toLowerCase()))],
      involved: [...new Set(s.parties.map((p) => p.record_id))],
      publisher: h.owner_agency_code,
      handlingCode: h.handling_code,
      handlingRestriction: h.handling_restriction,
      evaluation: evaluation(h),
      modifiedAt: h.updated_at.toISOString(),
    }),
  };
  const lines = s.lines.map<FtmEntity>((l) => ({
    id: `${h.id}.drug.${l.position}`,
    schema: 'SeizureDrugLine',
    properties: ftmProperties({
      seizure: [h.id],
      position: l.position,
      drug: l.drug_code,
      form: l.form,
      quantity: l.quantity,
      unit: l.unit,
      densityKgPerLitre: l.density_kg_per_litre,
      unitMassGrams: l.unit_mass_grams,
      kgEquivalent: l.kg_equivalent,
      kgRule: l.kg_rule,
      kgFactor: l.kg_factor,
      purityPercent: l.purity_percent,
      packaging: l.packaging,
      markings: l.markings,
    }),
  }));
  const legs = s.route.map<FtmEntity>((l) => ({
    id: `${h.id}.route.${l.position}`,
    schema: 'SeizureRouteLeg',
    properties: ftmProperties({
      seizure: [h.id],
      position: l.position,
      role: l.role,
      country: l.country.trim().toLowerCase(),
      place: l.place,
    }),
  }));
  const parties = s.parties.map<FtmEntity>((p) => ({
    id: `${h.id}.party.${p.position}`,
    schema: 'SeizureParty',
    properties: ftmProperties({
      seizure: [h.id],
      party: [p.record_id],
      role: p.role,
      arrested: p.arrested === null ? null : String(p.arrested),
    }),
  }));
  return [seizure, ...lines, ...legs, ...parties];
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
    columns: COLUMNS,
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
