/**
 * Cell text to typed values for seizure rows: dates (ISO, `31.12.2024`, `12/31/2024`, partial),
 * times, exact decimals, coordinates and yes/no. Each parser returns the value, or a reason in
 * English that the caller turns into a problem naming row and column.
 */
import { plainDecimal } from './decimal-text.js';

/** A parsed value or why it could not be parsed. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (reason: string): Parsed<never> => ({ ok: false, reason });

const pad = (n: string) => n.padStart(2, '0');

function isCalendarDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * A seizure date as `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (a partial date keeps its precision). XLSX dates
 * arrive as ISO text (a time part is dropped); `DD.MM.YYYY` is the region's own way; slashes follow
 * `order`. Years before 1900 or after next year are refused as typing errors.
 */
export function parseDate(text: string, order: 'dmy' | 'mdy'): Parsed<string> {
  const value = text.trim();
  let y: string | undefined;
  let m: string | undefined;
  let d: string | undefined;
  let match: RegExpExecArray | null;
  if ((match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?$/.exec(value))) [, y, m, d] = match;
  else if ((match = /^(\d{4})-(\d{1,2})$/.exec(value))) [, y, m] = match;
  else if ((match = /^(\d{4})$/.exec(value))) [, y] = match;
  else if ((match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value))) [, d, m, y] = match;
  else if ((match = /^(\d{1,2})\.(\d{4})$/.exec(value))) [, m, y] = match;
  else if ((match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value))) {
    [, d, m, y] = order === 'dmy' ? match : [match[0], match[2], match[1], match[3]];
  } else return fail(`"${value}" is not a date (write 2024-05-31, 31.05.2024, 2024-05 or 2024).`);
  const year = Number(y);
  const maxYear = new Date().getUTCFullYear() + 1;
  if (year < 1900 || year > maxYear) return fail(`the year ${year} is outside 1900–${maxYear}.`);
  if (m === undefined) return ok(String(year));
  const month = Number(m);
  if (month < 1 || month > 12) return fail(`"${value}" has no month ${month}.`);
  if (d === undefined) return ok(`${y}-${pad(m)}`);
  if (!isCalendarDate(year, month, Number(d))) return fail(`"${value}" is not a calendar date.`);
  return ok(`${y}-${pad(m)}-${pad(d)}`);
}

/** A time of day as `HH:MM` (seconds dropped); XLSX times arrive as `13:45:00`. */
export function parseTime(text: string): Parsed<string> {
  const match = /^(?:\d{4}-\d{2}-\d{2}[T ])?(\d{1,2})[:.](\d{2})(?::\d{2}(?:\.\d+)?)?$/.exec(text.trim());
  if (!match || Number(match[1]) > 23 || Number(match[2]) > 59) {
    return fail(`"${text.trim()}" is not a time (HH:MM).`);
  }
  return ok(`${pad(match[1]!)}:${match[2]}`);
}

/** A non-negative exact decimal; "1,5" (a decimal comma) is read as 1.5, thousands separators are refused. */
export function parseQuantity(text: string): Parsed<string> {
  const value = text.trim();
  const commaDecimal = /^\d+,\d+$/.test(value) ? value.replace(',', '.') : value;
  const plain = plainDecimal(commaDecimal);
  if (plain === null) {
    return fail(
      `"${value}" is not a number (write it with a point or comma as the decimal separator and no thousands separators).`,
    );
  }
  if (plain.startsWith('-')) return fail(`${plain} is negative; a quantity cannot be.`);
  if (!/^\d{1,30}(\.\d{1,30})?$/.test(plain)) {
    return fail(`${plain} has more than 30 digits before or after the point.`);
  }
  return ok(plain);
}

/** A percentage of purity, 0–100. */
export function parsePercent(text: string): Parsed<string> {
  const parsed = parseQuantity(text.replace(/%\s*$/, ''));
  if (!parsed.ok) return parsed;
  if (Number(parsed.value) > 100) return fail(`${parsed.value} is above 100 %.`);
  return parsed;
}

/** A coordinate in decimal degrees within ±limit. */
export function parseCoordinate(text: string, limit: 90 | 180): Parsed<number> {
  const value = text.trim().replace(',', '.');
  const plain = plainDecimal(value);
  const n = plain === null ? Number.NaN : Number(plain);
  if (!Number.isFinite(n)) return fail(`"${text.trim()}" is not a coordinate in decimal degrees.`);
  if (Math.abs(n) > limit) return fail(`${n} is outside −${limit}…${limit}.`);
  return ok(n);
}

const YES = new Set(['yes', 'y', 'true', '1', 'да', 'д', 'x', '+', 'arrested', 'задержан', 'арестован']);
const NO = new Set(['no', 'n', 'false', '0', 'нет', 'н', '-', 'not arrested', 'не задержан']);

/** Yes or no, in English or Russian. */
export function parseYesNo(text: string): Parsed<boolean> {
  const value = text.trim().toLowerCase();
  if (YES.has(value)) return ok(true);
  if (NO.has(value)) return ok(false);
  return fail(`"${text.trim()}" is neither yes nor no.`);
}

/** A cell that lists several values: "AF, TJ; KG", "Афганистан → Таджикистан". */
export function splitList(text: string): string[] {
  return text
    .split(/\s*(?:[,;|/]|→|->|–|—|\s-\s)\s*/)
    .map((v) => v.trim())
    .filter((v) => v !== '');
}
