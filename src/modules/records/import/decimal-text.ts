/**
 * Decimal numbers as text, never as JavaScript floats: quantities keep every digit their source
 * wrote (product principle 7, "totals reproduce their sources to the gram").
 */
import { Decimal } from 'decimal.js';

/**
 * decimal.js with no rounding in practice: `precision` is only a ceiling (an operation costs what its
 * operands' digits cost), so sums and products of imported figures are exact.
 */
export const ExactDecimal = Decimal.clone({
  precision: 1_000_000_000,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -9e15,
  toExpPos: 9e15,
});

/** A numeric literal as a person or a spreadsheet writes it: sign, digits, optional point and exponent. */
const NUMERIC_LITERAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Positional notation keeps `1e999999` from turning into a million characters: anything beyond the
 * range of a double (about 1e±308, plus the digits of a 17-digit mantissa) is not a quantity.
 */
const MAX_DECIMAL_EXPONENT = 400;

/**
 * Excel stores every number as an IEEE 754 double and writes it with 17 significant digits, so 2.53
 * typed by a person is stored as `2.5299999999999998`; Excel shows and guarantees 15.
 */
export const EXCEL_SIGNIFICANT_DIGITS = 15;

/**
 * The positional decimal text of a numeric literal (`5.0000000000000001E-3` →
 * `0.0050000000000000001`, `+010.50` → `10.5`), digits unchanged; null when the text is not a number.
 */
export function plainDecimal(text: string): string | null {
  if (!NUMERIC_LITERAL.test(text)) return null;
  const value = new ExactDecimal(text);
  if (value.isZero()) return '0';
  if (Math.abs(value.e) > MAX_DECIMAL_EXPONENT) return null;
  return value.toFixed();
}

/**
 * The decimal a spreadsheet user sees for a stored double: rounded half-up to 15 significant digits,
 * trailing zeros dropped (`2.5299999999999998` → `2.53`). Any decimal of at most 15 significant
 * digits typed into Excel comes back exactly (a double carries 15 decimal digits faithfully), and the
 * binary noise of computed values (`12.689513000000002`) goes; the change is below 1e-14 relative.
 * Null when the text is not a number.
 */
export function excelDecimal(storedText: string): string | null {
  const plain = plainDecimal(storedText);
  if (plain === null) return null;
  const rounded = new ExactDecimal(plain).toSignificantDigits(
    EXCEL_SIGNIFICANT_DIGITS,
    Decimal.ROUND_HALF_UP,
  );
  return rounded.isZero() ? '0' : rounded.toFixed();
}

/** Exact sum of decimal texts, as positional decimal text (`'0'` for none). */
export function sumDecimals(values: Iterable<string>): string {
  let total = new ExactDecimal(0);
  for (const value of values) total = total.plus(value);
  return total.isZero() ? '0' : total.toFixed();
}
