/**
 * Exact decimal arithmetic for quantities (decimal.js, never JS floating point). Reported values
 * (quantity, density, unit mass) have at most 30 digits on each side of the point, so a kilogram
 * equivalent has at most 63 on each side; computed kilograms accepted back (sums, reversal) have at
 * most 100. No operation on such values needs more than a few hundred significant digits, so with a
 * precision of 1000 nothing this module family computes is ever rounded.
 */
import DecimalImport from 'decimal.js';
import type { Decimal as DecimalClass } from 'decimal.js';

// decimal.js ships CommonJS typings, which NodeNext reads as the module object; at run time the
// default export of its ES module build is the constructor itself.
const DecimalCtor = DecimalImport as unknown as typeof DecimalClass;

/** Decimal constructor configured so that quantity arithmetic is exact (see the module comment). */
export const Exact = DecimalCtor.clone({ precision: 1000, rounding: DecimalCtor.ROUND_HALF_EVEN });
/** An exact decimal value. */
export type Exact = InstanceType<typeof Exact>;

/** Digits allowed on each side of the point: for reported values, and for computed kilograms. */
const FORMS = {
  reported: { digits: 30, pattern: /^\d{1,30}(\.\d{1,30})?$/ },
  computed: { digits: 100, pattern: /^\d{1,100}(\.\d{1,100})?$/ },
} as const;

/** Thrown for a malformed quantity, density or unit mass; `field` names the input at fault. */
export class QuantityError extends RangeError {
  readonly field: string;

  constructor(field: string, message: string) {
    super(message);
    this.name = 'QuantityError';
    this.field = field;
  }
}

/**
 * Parses a non-negative decimal string ("12.345"): digits with an optional point, no sign, exponent,
 * spaces or digit grouping; at most 30 digits on each side of the point for a reported value, 100 for
 * computed kilograms.
 */
export function parseExact(value: string, field: string, kind: 'reported' | 'computed' = 'reported'): Exact {
  const form = FORMS[kind];
  if (!form.pattern.test(value)) {
    throw new QuantityError(
      field,
      `${field} must be a decimal number such as "12.345", with at most ${form.digits} digits on each side of the point; got "${value}"`,
    );
  }
  return new Exact(value);
}

/** The plain decimal string of a value: no exponent, no trailing zeros ("1000", "0.3"). */
export function formatExact(value: Exact): string {
  return value.toFixed();
}
