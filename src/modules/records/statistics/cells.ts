/**
 * The two kinds of figures statistics are made of, read per country–year–drug cell: statistical
 * records (official annual figures such as UNODC's) and the drug lines of individual seizures. Both
 * queries count what the actor may see OR what its owner shares for statistics only, and select
 * quantities only (sums and counts, never a row's details): an aggregate may count a record that a
 * detail query (`visibleTo` alone) would not show.
 */
import { sql, type Expression, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type { Actor } from '../../../platform/access/actor.js';
import { visibleTo } from '../../../platform/access/policy.js';
import type { Database } from '../../../platform/db/schema.js';
import { DRUGS, type DrugTerm } from '../vocabularies/drugs.js';

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
  /** The drug the lines count as (`countedDrug`: raw opium joins opium where opium has an official figure). */
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
 * Whether a statistical record counts in the actor's aggregates. A UNODC "reported total" row
 * (`aggregate`) already contains the other rows of its group, country and year, so it counts only
 * where no such row does; where the group was reported only as a total, it is the group's one figure.
 */
function countedFigure(actor: Actor | null, alias: string): Expression<SqlBool> {
  const col = (name: string) => sql.ref(`${alias}.${name}`);
  const detail = `${alias}_detail`;
  const dcol = (name: string) => sql.ref(`${detail}.${name}`);
  return sql<SqlBool>`(${countable(actor, alias)} and (not ${col('aggregate')} or not exists (
    select 1 from statistical_records as ${sql.id(detail)}
    where not ${dcol('aggregate')} and ${dcol('country')} = ${col('country')} and ${dcol('year')} = ${col('year')}
      and ${dcol('reported_group')} = ${col('reported_group')} and ${dcol('source')} = ${col('source')}
      and ${dcol('owner_agency_id')} = ${col('owner_agency_id')} and ${countable(actor, detail)}
  )))`;
}

/** Whether a country–year–drug cell has a statistical figure that counts for the actor. */
function hasFigure(
  actor: Actor | null,
  country: Expression<string>,
  year: Expression<number>,
  drug: string,
): Expression<SqlBool> {
  return sql<SqlBool>`exists (
    select 1 from statistical_records as fig
    where fig.country = ${country} and fig.year = ${year}
      and coalesce(fig.drug_code, fig.reported_name) = ${drug} and ${countedFigure(actor, 'fig')}
  )`;
}

/** Each substance that statistics report under another term, with that term (`reportedAs`). */
const REPORTED_AS = (DRUGS as readonly DrugTerm[]).flatMap((t) =>
  t.reportedAs ? [[t.code, t.reportedAs] as const] : [],
);

/** The drug codes whose lines may count as `drug`: itself and the substances reported as it. */
export function drugsCountedAs(drug: string): string[] {
  return [drug, ...REPORTED_AS.filter(([, as]) => as === drug).map(([code]) => code)];
}

/**
 * The drug a seizure line counts as in statistics — rule 4 of docs/records-design.md, "Statistics",
 * and its one definition: a substance reported under another term (`reportedAs`: raw opium as opium)
 * joins that term's cell when that cell has a statistical figure counted for the actor and its own
 * cell has none; otherwise it stays itself. A SQL expression over the seizure alias `seizure` and the
 * drug line alias `line`, so that the figures (`seizureCells`) and the seizures behind them (the
 * seizure list's `statisticsDrug` filter) are selected by the same rule.
 */
export function countedDrug(actor: Actor | null, seizure: string, line: string): RawBuilder<string> {
  const code = sql.ref<string>(`${line}.drug_code`);
  if (REPORTED_AS.length === 0) return sql<string>`${code}`;
  const country = sql.ref<string>(`${seizure}.country`);
  const year = sql<number>`extract(year from ${sql.ref(`${seizure}.occurred_on`)})::int`;
  // The statistical look-ups run only for lines of a substance that is reported as another.
  const branches = REPORTED_AS.map(
    ([own, as]) =>
      sql`when ${sql.lit(own)} then (case when ${hasFigure(actor, country, year, as)} and not ${hasFigure(actor, country, year, own)} then ${sql.lit(as)} else ${code} end)`,
  );
  return sql<string>`(case ${code} ${sql.join(branches, sql` `)} else ${code} end)`;
}

/** Statistical figures by cell and record set, as `countedFigure` counts them. */
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
    .where(countedFigure(actor, 'sr'))
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
 * its year), the drug the line counts as (`countedDrug`). Kilograms are the lines' exact kilogram
 * equivalents.
 */
export async function seizureCells(db: Kysely<Database>, f: CellFilter): Promise<SeizureCell[]> {
  const actor = f.actor;
  let lines = db
    .selectFrom('seizure_drug_lines as l')
    .innerJoin('seizures as s', 's.id', 'l.seizure_id')
    .select([
      's.country',
      sql<number>`extract(year from s.occurred_on)::int`.as('year'),
      countedDrug(actor, 's', 'l').as('drug'),
      'l.quantity',
      'l.kg_equivalent',
    ])
    .where(countable(actor, 's'));
  if (f.country) lines = lines.where('s.country', '=', f.country);
  // Whole years as a date range, so the index on occurred_on serves the filter.
  if (f.yearFrom !== undefined) lines = lines.where('s.occurred_on', '>=', `${f.yearFrom}-01-01`);
  if (f.yearTo !== undefined) lines = lines.where('s.occurred_on', '<', `${f.yearTo + 1}-01-01`);
  if (f.drugCodes) {
    if (f.drugCodes.length === 0) return [];
    lines = lines.where('l.drug_code', 'in', [...f.drugCodes]);
  }
  // Grouped outside: the counted drug carries parameters (the actor's), which GROUP BY cannot match.
  const rows = await db
    .selectFrom(lines.as('c'))
    .select([
      'c.country',
      'c.year',
      'c.drug',
      sql<string>`coalesce(sum(c.kg_equivalent), 0)::text`.as('kilograms'),
      sql<number>`count(*)::int`.as('lines'),
      sql<number>`(count(*) filter (where c.quantity is null))::int`.as('noQuantity'),
      sql<number>`(count(*) filter (where c.quantity is not null and c.kg_equivalent is null))::int`.as(
        'unconverted',
      ),
    ])
    .groupBy(['c.country', 'c.year', 'c.drug'])
    .execute();
  return rows.map((r) => ({ ...r, country: r.country.trim() }));
}
