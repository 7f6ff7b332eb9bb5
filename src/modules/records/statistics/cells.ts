/**
 * The two kinds of figures statistics are made of, read per country–year–drug cell: statistical
 * records (official annual figures such as UNODC's) and the drug lines of individual seizures. Both
 * queries count what the actor may see OR what its owner shares for statistics only, and select
 * quantities only (sums and counts, never a row's details): an aggregate may count a record that a
 * detail query (`visibleTo` alone) would not show.
 */
import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import type { Actor } from '../../../platform/access/actor.js';
import { visibleTo } from '../../../platform/access/policy.js';
import type { Database } from '../../../platform/db/schema.js';

/** Which figures to read: a country, a range of years (inclusive) and a set of drug codes. */
export interface CellFilter {
  actor: Actor | null;
  country?: string;
  yearFrom?: number;
  yearTo?: number;
  /** Undefined: every drug. */
  drugCodes?: readonly string[];
}

/** The figures of one statistical record set (one source, one owner) in one cell. */
export interface StatisticalCell {
  country: string;
  year: number;
  /** The drug code, or the reported name of a row no vocabulary term matches. */
  drug: string;
  source: string;
  /** Distinguishes two imports of the same source by different agencies; never shown. */
  owner: string;
  /** Exact sum of the known figures ("0" when none is known). */
  kilograms: string;
  unknown: number;
  figures: number;
}

/** The drug lines of individual seizures in one cell. */
export interface SeizureCell {
  country: string;
  year: number;
  drug: string;
  /** Exact sum of the converted lines ("0" when none converts). */
  kilograms: string;
  lines: number;
  /** Lines reported without a quantity. */
  noQuantity: number;
  /** Lines with a quantity but no kilogram rule (never guessed). */
  unconverted: number;
}

/** What an aggregate may count: figures the actor may see or shared for statistics only (all for the operator). */
function countable(actor: Actor | null, alias: string): Expression<SqlBool> {
  if (!actor) return sql<SqlBool>`true`;
  return sql<SqlBool>`(${visibleTo(actor, alias)} or ${sql.ref(`${alias}.statistics_only`)})`;
}

/**
 * Statistical figures by cell and record set. A UNODC "reported total" row (`aggregate`) already
 * contains the other rows of its group, country and year, so it is left out where such rows exist;
 * where the group was reported only as a total, it is the group's one figure and counts (as its own
 * drug, e.g. `cocaine_reported_total`).
 */
export async function statisticalCells(db: Kysely<Database>, f: CellFilter): Promise<StatisticalCell[]> {
  const actor = f.actor;
  let q = db
    .selectFrom('statistical_records as sr')
    .select([
      'sr.country',
      'sr.year',
      sql<string>`coalesce(sr.drug_code, sr.reported_name)`.as('drug'),
      'sr.source',
      'sr.owner_agency_id as owner',
      sql<string>`coalesce(sum(sr.kilograms), 0)::text`.as('kilograms'),
      sql<number>`(count(*) filter (where sr.kilograms is null))::int`.as('unknown'),
      sql<number>`count(*)::int`.as('figures'),
    ])
    .where((eb) =>
      eb.or([
        eb('sr.aggregate', '=', false),
        sql<boolean>`not exists (
          select 1 from statistical_records d
          where not d.aggregate and d.country = sr.country and d.year = sr.year
            and d.reported_group = sr.reported_group and d.source = sr.source
            and d.owner_agency_id = sr.owner_agency_id and ${countable(actor, 'd')}
        )`,
      ]),
    )
    .where(countable(actor, 'sr'))
    .groupBy([
      'sr.country',
      'sr.year',
      sql`coalesce(sr.drug_code, sr.reported_name)`,
      'sr.source',
      'sr.owner_agency_id',
    ]);
  if (f.country) q = q.where('sr.country', '=', f.country);
  if (f.yearFrom !== undefined) q = q.where('sr.year', '>=', f.yearFrom);
  if (f.yearTo !== undefined) q = q.where('sr.year', '<=', f.yearTo);
  if (f.drugCodes) {
    if (f.drugCodes.length === 0) return [];
    q = q.where('sr.drug_code', 'in', [...f.drugCodes]);
  }
  const rows = await q.execute();
  return rows.map((r) => ({ ...r, country: r.country.trim() }));
}

/**
 * Seizure drug lines by cell: the seizure's country and the year it occurred (a partial date keeps
 * its year), the line's drug. Kilograms are the lines' exact kilogram equivalents.
 */
export async function seizureCells(db: Kysely<Database>, f: CellFilter): Promise<SeizureCell[]> {
  const year = sql<number>`extract(year from s.occurred_on)::int`;
  let q = db
    .selectFrom('seizure_drug_lines as l')
    .innerJoin('seizures as s', 's.id', 'l.seizure_id')
    .select([
      's.country',
      year.as('year'),
      'l.drug_code as drug',
      sql<string>`coalesce(sum(l.kg_equivalent), 0)::text`.as('kilograms'),
      sql<number>`count(*)::int`.as('lines'),
      sql<number>`(count(*) filter (where l.quantity is null))::int`.as('noQuantity'),
      sql<number>`(count(*) filter (where l.quantity is not null and l.kg_equivalent is null))::int`.as(
        'unconverted',
      ),
    ])
    .groupBy(['s.country', year, 'l.drug_code']);
  const actor = f.actor;
  q = q.where(countable(actor, 's'));
  if (f.country) q = q.where('s.country', '=', f.country);
  // Whole years as a date range, so the index on occurred_on serves the filter.
  if (f.yearFrom !== undefined) q = q.where('s.occurred_on', '>=', `${f.yearFrom}-01-01`);
  if (f.yearTo !== undefined) q = q.where('s.occurred_on', '<', `${f.yearTo + 1}-01-01`);
  if (f.drugCodes) {
    if (f.drugCodes.length === 0) return [];
    q = q.where('l.drug_code', 'in', [...f.drugCodes]);
  }
  const rows = await q.execute();
  return rows.map((r) => ({ ...r, country: r.country.trim() }));
}
