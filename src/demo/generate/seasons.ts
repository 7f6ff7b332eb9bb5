/**
 * When seizures happen: month profiles and year trends. The opium harvest of northern Afghanistan
 * runs from spring into summer, so opiate seizures on the Northern route peak from May to October;
 * wild cannabis in the Chui valley is harvested from August to October; synthetic drugs grow year
 * on year (002:35, darknet sales); Afghan opiates fall after the 2022 cultivation ban.
 */
import type { Random } from './random.js';

/** Relative weight of each month, January first. */
export type MonthProfile = readonly number[];

export const OPIATE_MONTHS: MonthProfile = [0.5, 0.5, 0.6, 0.8, 1.2, 1.5, 1.6, 1.5, 1.3, 1.2, 0.9, 0.6];
export const CANNABIS_MONTHS: MonthProfile = [0.15, 0.15, 0.2, 0.25, 0.35, 0.6, 1.2, 3.5, 4.5, 3.5, 0.8, 0.3];
export const FLAT_MONTHS: MonthProfile = [0.9, 0.9, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0.95];

/** How a kind of seizure grows or shrinks over the years (a weight per year). */
export type YearTrend = (year: number) => number;

export const OPIATE_TREND: YearTrend = (y) => (y <= 2022 ? 1 : y === 2023 ? 0.6 : 0.4);
export const SYNTHETIC_TREND: YearTrend = (y) => 0.2 + (y - 2014) * 0.2;
export const FLAT_TREND: YearTrend = () => 1;

/** The period the demo covers: from January 2014 to the end of November 2026 (fixed, so runs repeat). */
export const FIRST_YEAR = 2014;
export const LAST_YEAR = 2026;
const LAST_MONTH_OF_LAST_YEAR = 11;

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysIn(year: number, month: number): number {
  return month === 2 && year % 4 === 0 ? 29 : DAYS[month - 1]!;
}

/** A year in [from, to] by the trend. */
export function pickYear(rng: Random, trend: YearTrend, from = FIRST_YEAR, to = LAST_YEAR): number {
  const years: [number, number][] = [];
  for (let y = Math.max(from, FIRST_YEAR); y <= Math.min(to, LAST_YEAR); y++) years.push([y, trend(y)]);
  return years.length > 0 ? rng.weighted(years) : LAST_YEAR;
}

/** A date in `year` by the month profile: "YYYY-MM-DD", or "YYYY-MM" / "YYYY" for the few reports that give only that. */
export function pickDate(rng: Random, year: number, months: MonthProfile): { date: string; month: number } {
  const last = year === LAST_YEAR ? LAST_MONTH_OF_LAST_YEAR : 12;
  const month = rng.weighted(months.slice(0, last).map((w, i) => [i + 1, w] as const));
  const mm = String(month).padStart(2, '0');
  const roll = rng.next();
  if (roll < 0.01) return { date: String(year), month };
  if (roll < 0.05) return { date: `${year}-${mm}`, month };
  return { date: `${year}-${mm}-${String(rng.int(1, daysIn(year, month))).padStart(2, '0')}`, month };
}
