/**
 * The rule that combines official statistical figures with individual seizures without counting
 * anything twice (docs/records-design.md, "Statistics"). Pure functions over the cells of cells.ts.
 *
 * For each country–year–drug cell:
 * - A statistical record set (one source imported by one agency, e.g. UNODC annual figures) that
 *   has a figure for the cell is an official total that already includes the individual seizures of
 *   that country and year. The cell takes it — even when the figure is blank (unknown stays unknown;
 *   the seizures are not substituted for it) — and reports the seizure sum beside it as a consistency
 *   figure, never added.
 * - Several sets with a figure for the same cell (the same file imported by two agencies, or two
 *   sources) are alternative reports of one total: the first by source name, then owner, is taken,
 *   and the cell is flagged inconsistent when the others disagree with it.
 * - Without any statistical figure the cell is the sum of the seizures' converted drug lines; lines
 *   without a quantity or without a kilogram rule are counted as unknown, never as zero.
 * - Seizures also flag a cell inconsistent when their known sum exceeds a fully known official total
 *   that claims to contain them.
 * - A substance that statistics report under another term (`reportedAs`: raw opium as opium) joins
 *   that term's cell when the cell has a statistical figure; otherwise it stays a cell of its own.
 *   The seizure cells arrive already so (`countedDrug` in cells.ts), because the seizure list's
 *   drill-down must select the seizures of a figure by the very same rule, in SQL.
 */
import { Exact, formatExact } from '../vocabularies/exact-decimal.js';
import type { SeizureCell, StatisticalCell } from './cells.js';

/** What a cell's figure is made of. */
export type CellBasis = 'statistical' | 'seizures';

/** The name seizure reports go by in a figure's sources. */
export const SEIZURES_SOURCE = 'seizures';

/** One country–year–drug cell after the rule. */
export interface CombinedCell {
  country: string;
  year: number;
  drug: string;
  basis: CellBasis;
  /** Exact kilograms of the known figures of the basis. */
  kilograms: string;
  /** Figures of the basis without a quantity (blank statistical figures, unknown or unconverted lines). */
  unknown: number;
  figures: number;
  sources: string[];
  /** The seizures in the cell, whatever the basis: the consistency figure beside an official total. */
  seizureKilograms: string;
  seizureLines: number;
  seizureNoQuantity: number;
  seizureUnconverted: number;
  inconsistent: boolean;
}

const keyOf = (country: string, year: number, drug: string) => JSON.stringify([country, year, drug]);

interface SeizureSum {
  kilograms: Exact;
  lines: number;
  noQuantity: number;
  unconverted: number;
}

/** Applies the rule to every cell that has a statistical figure, seizures, or both. */
export function combineCells(statistical: StatisticalCell[], seizures: SeizureCell[]): CombinedCell[] {
  const sets = new Map<string, StatisticalCell[]>();
  for (const s of statistical) {
    const key = keyOf(s.country, s.year, s.drug);
    sets.set(key, [...(sets.get(key) ?? []), s]);
  }
  const seized = new Map<string, SeizureSum>();
  for (const c of seizures) {
    const key = keyOf(c.country, c.year, c.drug);
    const sum = seized.get(key) ?? { kilograms: new Exact(0), lines: 0, noQuantity: 0, unconverted: 0 };
    sum.kilograms = sum.kilograms.plus(new Exact(c.kilograms));
    sum.lines += c.lines;
    sum.noQuantity += c.noQuantity;
    sum.unconverted += c.unconverted;
    seized.set(key, sum);
  }

  const cells: CombinedCell[] = [];
  for (const key of new Set([...sets.keys(), ...seized.keys()])) {
    const [country, year, drug] = JSON.parse(key) as [string, number, string];
    const s = seized.get(key);
    const seizure = {
      seizureKilograms: formatExact(s?.kilograms ?? new Exact(0)),
      seizureLines: s?.lines ?? 0,
      seizureNoQuantity: s?.noQuantity ?? 0,
      seizureUnconverted: s?.unconverted ?? 0,
    };
    const official = sets.get(key);
    if (!official) {
      cells.push({
        country,
        year,
        drug,
        basis: 'seizures',
        kilograms: seizure.seizureKilograms,
        unknown: seizure.seizureNoQuantity + seizure.seizureUnconverted,
        figures: seizure.seizureLines,
        sources: [SEIZURES_SOURCE],
        ...seizure,
        inconsistent: false,
      });
      continue;
    }
    const [chosen, ...others] = [...official].sort(
      (a, b) => a.source.localeCompare(b.source) || a.owner.localeCompare(b.owner),
    );
    const figure = new Exact(chosen!.kilograms);
    const disagree = others.some(
      (o) => !new Exact(o.kilograms).equals(figure) || o.unknown !== chosen!.unknown,
    );
    const exceeded = chosen!.unknown === 0 && s !== undefined && s.kilograms.greaterThan(figure);
    cells.push({
      country,
      year,
      drug,
      basis: 'statistical',
      kilograms: formatExact(figure),
      unknown: chosen!.unknown,
      figures: chosen!.figures,
      sources: [chosen!.source],
      ...seizure,
      inconsistent: disagree || exceeded,
    });
  }
  return cells;
}
