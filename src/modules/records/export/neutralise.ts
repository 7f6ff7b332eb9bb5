import { Exact } from '../vocabularies/exact-decimal.js';

/**
 * Leading characters that make a spreadsheet treat a cell as a formula (OWASP "CSV injection"):
 * `=`, `+`, `-`, `@`, tab and carriage return.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell made safe for a spreadsheet: a value that would start a formula gets a leading
 * apostrophe, which Excel and LibreOffice read as "this is text" and do not show.
 */
export function neutraliseText(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** A plain decimal number as PostgreSQL `numeric::text` writes it (sign, digits, optional point). */
const DECIMAL = /^-?\d+(\.\d+)?$/;

/** True if the text is a plain decimal number (so it is written as a number, not neutralised). */
export function isDecimalText(value: string): boolean {
  return DECIMAL.test(value);
}

/**
 * The value of a numeric cell for a spreadsheet: a JavaScript number when the decimal text survives
 * the conversion exactly (quantities as typed), otherwise the decimal text itself, so that no digit
 * is lost to floating point (principle 7: statistics are exact).
 */
export function spreadsheetNumber(value: string): number | string {
  if (!isDecimalText(value)) return neutraliseText(value);
  const n = Number(value);
  return Number.isFinite(n) && new Exact(n).eq(new Exact(value)) ? n : value;
}
