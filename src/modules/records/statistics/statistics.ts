/**
 * Statistics tables: exact totals by country, year, drug group and drug over statistical records
 * and individual seizures combined by the rule of combine.ts, with the previous period and the
 * change. Numeric sums in SQL, decimal arithmetic here: no floating point anywhere.
 */
import type { Kysely } from 'kysely';
import type { Actor } from '../../../platform/access/actor.js';
import type { Database } from '../../../platform/db/schema.js';
import { DRUGS, drugTerm } from '../vocabularies/drugs.js';
import { Exact, formatExact } from '../vocabularies/exact-decimal.js';
import { seizureCells, statisticalCells } from './cells.js';
import { combineCells, type CombinedCell } from './combine.js';
import { STAT_DIMENSIONS, type StatDimension } from './statistics.schema.js';

export { STAT_DIMENSIONS, type StatDimension };

/** What a line's figure is made of: official figures, seizures, or some cells of each. */
export type LineBasis = 'statistical' | 'seizures' | 'mixed';

/** One line of a statistics table: its keys, its exact total, where it comes from, and the previous period. */
export interface StatLine {
  keys: Partial<Record<StatDimension, string>>;
  /** Exact kilograms of the known figures; "0" when every figure is unknown. */
  kilograms: string;
  /** Figures without a quantity: counted, never added as zero. */
  unknownCount: number;
  figureCount: number;
  basis: LineBasis;
  /** The statistical sources used, and `seizures` when seizure reports make (part of) the figure. */
  sources: string[];
  /** Every seizure of the line's cells, used or not: beside an official figure, the consistency check. */
  seizureKilograms: string;
  seizureLines: number;
  seizureNoQuantityLines: number;
  seizureUnconvertedLines: number;
  /** Official figures that disagree with each other, or seizures exceeding the official total. */
  inconsistent: boolean;
  /** The same line one period earlier (the year before, or the period of the same length before). */
  previousKilograms: string | null;
  previousUnknownCount: number | null;
  change: string | null;
  /** One decimal; null when there is no previous figure or it is zero. */
  changePercent: string | null;
}

/** Inclusive range of years. */
export interface YearRange {
  from: number;
  to: number;
}

/** A whole statistics answer: the lines, their grand total and the periods compared. */
export interface StatReport {
  by: StatDimension[];
  period: Partial<YearRange>;
  /** Set when lines are compared with an earlier period of the same length (no `year` dimension). */
  previousPeriod: YearRange | null;
  lines: StatLine[];
  total: StatLine;
}

/** What to count and how to break it down. Without an actor (the operator's command line) everything counts. */
export interface StatInput {
  by: readonly StatDimension[];
  actor: Actor | null;
  country?: string;
  yearFrom?: number;
  yearTo?: number;
  drugGroup?: string;
  drug?: string;
}

/** The drug codes whose figures can end up in a filtered cell (a term and what it is reported as). */
function drugCodesFor(input: StatInput): string[] | undefined {
  if (!input.drug && !input.drugGroup) return undefined;
  const wanted = DRUGS.filter(
    (t) => (!input.drug || t.code === input.drug) && (!input.drugGroup || t.group === input.drugGroup),
  ).map((t) => t.code as string);
  const codes = new Set(wanted);
  for (const t of DRUGS) {
    const reportedAs = (t as { reportedAs?: string }).reportedAs;
    if (reportedAs && codes.has(t.code)) codes.add(reportedAs);
    if (reportedAs && wanted.includes(reportedAs)) codes.add(t.code);
  }
  return [...codes];
}

const groupOf = (drug: string) => drugTerm(drug)?.group ?? 'unmapped';

interface Accumulator {
  keys: Partial<Record<StatDimension, string>>;
  kilograms: Exact;
  unknown: number;
  figures: number;
  bases: Set<string>;
  sources: Set<string>;
  seizureKilograms: Exact;
  seizureLines: number;
  noQuantity: number;
  unconverted: number;
  inconsistent: boolean;
}

function keysOf(cell: CombinedCell, dims: readonly StatDimension[]): Partial<Record<StatDimension, string>> {
  const value: Record<StatDimension, string> = {
    country: cell.country,
    year: String(cell.year),
    group: groupOf(cell.drug),
    drug: cell.drug,
  };
  return Object.fromEntries(dims.map((d) => [d, value[d]]));
}

/** Cells summed exactly into lines by the chosen dimensions. */
function groupCells(
  cells: readonly CombinedCell[],
  dims: readonly StatDimension[],
): Map<string, Accumulator> {
  const lines = new Map<string, Accumulator>();
  for (const cell of cells) {
    const keys = keysOf(cell, dims);
    const id = JSON.stringify(keys);
    const a = lines.get(id) ?? {
      keys,
      kilograms: new Exact(0),
      unknown: 0,
      figures: 0,
      bases: new Set<string>(),
      sources: new Set<string>(),
      seizureKilograms: new Exact(0),
      seizureLines: 0,
      noQuantity: 0,
      unconverted: 0,
      inconsistent: false,
    };
    a.kilograms = a.kilograms.plus(new Exact(cell.kilograms));
    a.unknown += cell.unknown;
    a.figures += cell.figures;
    a.bases.add(cell.basis);
    for (const s of cell.sources) a.sources.add(s);
    a.seizureKilograms = a.seizureKilograms.plus(new Exact(cell.seizureKilograms));
    a.seizureLines += cell.seizureLines;
    a.noQuantity += cell.seizureNoQuantity;
    a.unconverted += cell.seizureUnconverted;
    a.inconsistent ||= cell.inconsistent;
    lines.set(id, a);
  }
  return lines;
}

function toLine(a: Accumulator | undefined, previous: Accumulator | undefined): StatLine {
  const now = a?.kilograms ?? new Exact(0);
  const before = previous?.kilograms;
  const bases = [...(a?.bases ?? [])];
  return {
    keys: a?.keys ?? {},
    kilograms: formatExact(now),
    unknownCount: a?.unknown ?? 0,
    figureCount: a?.figures ?? 0,
    basis: bases.length === 1 ? (bases[0] as LineBasis) : bases.length === 0 ? 'seizures' : 'mixed',
    sources: [...(a?.sources ?? [])].sort(),
    seizureKilograms: formatExact(a?.seizureKilograms ?? new Exact(0)),
    seizureLines: a?.seizureLines ?? 0,
    seizureNoQuantityLines: a?.noQuantity ?? 0,
    seizureUnconvertedLines: a?.unconverted ?? 0,
    inconsistent: a?.inconsistent ?? false,
    previousKilograms: before ? formatExact(before) : null,
    previousUnknownCount: previous ? previous.unknown : null,
    change: before ? formatExact(now.minus(before)) : null,
    changePercent: before && !before.isZero() ? now.minus(before).div(before).times(100).toFixed(1) : null,
  };
}

/** Orders lines by their keys; years as numbers. */
function compareLines(dims: readonly StatDimension[]) {
  return (a: StatLine, b: StatLine): number => {
    for (const d of dims) {
      const x = a.keys[d] ?? '';
      const y = b.keys[d] ?? '';
      const c = d === 'year' ? Number(x) - Number(y) : x.localeCompare(y);
      if (c !== 0) return c;
    }
    return 0;
  };
}

/**
 * The statistics report. With a `year` dimension each line is compared with the year before (read
 * even when it lies before `yearFrom`); without one, and with both ends of the period given, with the
 * period of the same length just before it.
 */
export async function statisticsReport(db: Kysely<Database>, input: StatInput): Promise<StatReport> {
  const dims = STAT_DIMENSIONS.filter((d) => input.by.includes(d));
  const byYear = dims.includes('year');
  const { yearFrom, yearTo } = input;
  const previousPeriod: YearRange | null =
    !byYear && yearFrom !== undefined && yearTo !== undefined
      ? { from: yearFrom - (yearTo - yearFrom + 1), to: yearFrom - 1 }
      : null;
  const readFrom = previousPeriod
    ? previousPeriod.from
    : yearFrom !== undefined && byYear
      ? yearFrom - 1
      : yearFrom;
  const filter = {
    actor: input.actor,
    country: input.country,
    yearFrom: readFrom,
    yearTo,
    drugCodes: drugCodesFor(input),
  };
  const statistical = await statisticalCells(db, filter);
  const seizures = await seizureCells(db, filter);
  const cells = combineCells(statistical, seizures).filter(
    (c) =>
      (!input.drug || c.drug === input.drug) && (!input.drugGroup || groupOf(c.drug) === input.drugGroup),
  );
  const current = cells.filter((c) => yearFrom === undefined || c.year >= yearFrom);
  const earlier = previousPeriod ? cells.filter((c) => c.year <= previousPeriod.to) : [];

  let lines: StatLine[];
  if (byYear) {
    const all = groupCells(cells, dims);
    lines = [...all.values()]
      .filter((a) => yearFrom === undefined || Number(a.keys.year) >= yearFrom)
      .map((a) => toLine(a, all.get(JSON.stringify({ ...a.keys, year: String(Number(a.keys.year) - 1) }))));
  } else {
    const before = groupCells(earlier, dims);
    lines = [...groupCells(current, dims).entries()].map(([id, a]) =>
      toLine(a, previousPeriod ? before.get(id) : undefined),
    );
  }
  const totalNow = groupCells(current, []).get('{}');
  const totalBefore = previousPeriod ? groupCells(earlier, []).get('{}') : undefined;
  return {
    by: dims,
    period: {
      ...(yearFrom !== undefined ? { from: yearFrom } : {}),
      ...(yearTo !== undefined ? { to: yearTo } : {}),
    },
    previousPeriod,
    lines: lines.sort(compareLines(dims)),
    total: toLine(totalNow, totalBefore),
  };
}

/** The lines of `statisticsReport` alone (the command line and older callers). */
export async function statisticsTable(db: Kysely<Database>, input: StatInput): Promise<StatLine[]> {
  return (await statisticsReport(db, input)).lines;
}
