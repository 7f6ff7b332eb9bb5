import { sql, type Kysely } from 'kysely';
import type { Actor } from '../../../platform/access/actor.js';
import { visibleTo } from '../../../platform/access/policy.js';
import type { Database } from '../../../platform/db/schema.js';
import { Exact, formatExact } from '../vocabularies/exact-decimal.js';
import { drugTerm } from '../vocabularies/drugs.js';

/** Dimensions a statistics table can be broken down by. */
export const STAT_DIMENSIONS = ['country', 'year', 'group', 'drug'] as const;
export type StatDimension = (typeof STAT_DIMENSIONS)[number];

/** One line of a statistics table: the group's keys, its exact total and how it compares with the previous year. */
export interface StatLine {
  keys: Partial<Record<StatDimension, string>>;
  /** Exact kilograms of the known figures; "0" when every figure is unknown. */
  kilograms: string;
  /** Figures reported without a quantity: counted, never added as zero. */
  unknownCount: number;
  figureCount: number;
  /** Only when broken down by year: the same group one year earlier. */
  previousKilograms: string | null;
  change: string | null;
  changePercent: string | null;
  sources: string[];
}

/**
 * Totals of statistical records by the chosen dimensions, exact to the last digit (numeric sums in
 * SQL, decimal arithmetic for changes). UNODC "reported total" rows are left out: they already
 * contain the other rows of their country and year, and adding them would count those twice.
 * With an actor, only figures the actor may see — or that their owner shares as statistics only —
 * count; without one (the operator's command line) every figure counts.
 */
export async function statisticsTable(
  db: Kysely<Database>,
  input: {
    by: readonly StatDimension[];
    actor: Actor | null;
    country?: string;
    yearFrom?: number;
    yearTo?: number;
  },
): Promise<StatLine[]> {
  const dims = STAT_DIMENSIONS.filter((d) => input.by.includes(d));
  const column = {
    country: sql`country`,
    year: sql`year::text`,
    group: sql`coalesce(drug_code, reported_name)`,
    drug: sql`coalesce(drug_code, reported_name)`,
  };
  let q = db
    .selectFrom('statistical_records')
    .select([
      sql<string>`coalesce(sum(kilograms), 0)::text`.as('kilograms'),
      sql<number>`(count(*) filter (where kilograms is null))::int`.as('unknown_count'),
      sql<number>`count(*)::int`.as('figure_count'),
      sql<string[]>`array_agg(distinct source)`.as('sources'),
    ])
    .where('aggregate', '=', false);
  for (const d of dims) q = q.select(sql<string>`${column[d]}`.as(`k_${d}`)).groupBy(sql`${column[d]}`);
  if (input.actor) {
    q = q.where((eb) =>
      eb.or([visibleTo(input.actor!, 'statistical_records'), eb('statistics_only', '=', true)]),
    );
  }
  if (input.country) q = q.where('country', '=', input.country);
  // The year before the first one is read too, so that the first year has its comparison.
  if (input.yearFrom !== undefined) {
    q = q.where('year', '>=', input.yearFrom - (dims.includes('year') ? 1 : 0));
  }
  if (input.yearTo !== undefined) q = q.where('year', '<=', input.yearTo);
  const rows = (await q.execute()) as unknown as Record<string, unknown>[];

  // The drug group is derived from the drug's vocabulary term, then totals are regrouped exactly.
  const lines = new Map<string, StatLine>();
  for (const row of rows) {
    const keys: Partial<Record<StatDimension, string>> = {};
    for (const d of dims) {
      const value = String(row[`k_${d}`]);
      keys[d] = d === 'group' ? (drugTerm(value)?.group ?? 'unmapped') : value;
    }
    const id = JSON.stringify(keys);
    const line = lines.get(id) ?? {
      keys,
      kilograms: '0',
      unknownCount: 0,
      figureCount: 0,
      previousKilograms: null,
      change: null,
      changePercent: null,
      sources: [],
    };
    line.kilograms = formatExact(new Exact(line.kilograms).plus(new Exact(String(row.kilograms))));
    line.unknownCount += Number(row.unknown_count);
    line.figureCount += Number(row.figure_count);
    line.sources = [...new Set([...line.sources, ...(row.sources as string[])])].sort();
    lines.set(id, line);
  }
  if (dims.includes('year')) {
    for (const line of lines.values()) {
      const previous = lines.get(JSON.stringify({ ...line.keys, year: String(Number(line.keys.year) - 1) }));
      if (!previous) continue;
      const now = new Exact(line.kilograms);
      const before = new Exact(previous.kilograms);
      line.previousKilograms = previous.kilograms;
      line.change = formatExact(now.minus(before));
      line.changePercent = before.isZero() ? null : now.minus(before).div(before).times(100).toFixed(1);
    }
  }
  return [...lines.values()]
    .filter(
      (l) => input.yearFrom === undefined || !dims.includes('year') || Number(l.keys.year) >= input.yearFrom,
    )
    .sort((a, b) =>
      JSON.stringify(dims.map((d) => a.keys[d])).localeCompare(JSON.stringify(dims.map((d) => b.keys[d]))),
    );
}
