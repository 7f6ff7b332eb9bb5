/**
 * Kilogram equivalents of drug-line quantities: exact, explicit and reversible (PRODUCT.md
 * principle 7, "Statistics are exact"). The rules, also in README.md ("kilogram-equivalent rules"):
 *
 * 1. Mass units (kg, g, mg, t) convert exactly: quantity × the unit's kilograms (rule `mass_unit`).
 * 2. Volume units (l, ml) convert only with a density: one stated on the line (`line_density`,
 *    kg per litre), otherwise one stated by the drug term with its source (`drug_density`).
 *    Without either the quantity stays unconverted. UNODC's "1 kg per litre" convention is never
 *    applied by default.
 * 3. Counted units (tablets, capsules, ampoules, plants, doses, units) convert only with a mass per
 *    unit: one stated on the line (`line_unit_mass`, grams per unit), otherwise a default the drug
 *    term carries for that unit (`drug_unit_mass`), which it may carry only where UNODC documents
 *    one — no term does today. Otherwise the quantity stays unconverted.
 * 4. Unconverted means `kgEquivalent: null` with `reason: 'no_rule'`: never zero, never a guess.
 * 5. The original quantity and unit are kept; `factor` is the exact kilograms per reported unit,
 *    so kgEquivalent = quantity × factor and quantity = kgEquivalent ÷ factor, both exact.
 * 6. All arithmetic is decimal (exact-decimal.ts); values are decimal strings ("12.345"), at most
 *    30 digits each side of the point as reported, 100 as computed kilograms.
 */
import type { DrugTerm } from './drug-term.js';
import { Exact, QuantityError, formatExact, parseExact } from './exact-decimal.js';
import { UNITS, type UnitCode, type UnitTerm } from './units.js';

export { QuantityError } from './exact-decimal.js';

/** The quantity part of a drug line, as reported. */
export interface QuantityLine {
  /** Decimal string, as reported ("12.5"). */
  readonly quantity: string;
  readonly unit: UnitCode;
  /** Density stated on the line (measured or labelled), kilograms per litre; volume units only. */
  readonly densityKgPerLitre?: string | null;
  /** Mass of one counted unit stated on the line, in grams; counted units only. */
  readonly unitMassGrams?: string | null;
}

/** Which rule produced a kilogram equivalent. */
export type KgRule = 'mass_unit' | 'line_density' | 'drug_density' | 'line_unit_mass' | 'drug_unit_mass';

/** A converted quantity: the kilograms, the rule, and the exact factor that reverses it. */
export interface KgConverted {
  readonly kgEquivalent: string;
  readonly rule: KgRule;
  /** Exact kilograms per reported unit: kgEquivalent = quantity × factor. */
  readonly factor: string;
  /** Where a drug term's rule comes from; null for mass units and line-stated rules. */
  readonly ruleSource: string | null;
  readonly quantity: string;
  readonly unit: UnitCode;
}

/** A quantity that stays unconverted because no rule applies. */
export interface KgUnconverted {
  readonly kgEquivalent: null;
  readonly rule: null;
  readonly reason: 'no_rule';
  readonly quantity: string;
  readonly unit: UnitCode;
}

/** The result of `toKgEquivalent`. */
export type KgConversion = KgConverted | KgUnconverted;

/** The conversion rules a drug term may carry. */
export type DrugRules = Pick<DrugTerm, 'volumeRule' | 'countRule'>;

const unitsByCode = new Map<string, UnitTerm>(UNITS.map((unit) => [unit.code, unit]));
const GRAMS_PER_KG = new Exact(1000);

/** Converts a drug line's quantity to kilograms by the rules above; `drug` is the line's substance term. */
export function toKgEquivalent(line: QuantityLine, drug?: DrugRules | null): KgConversion {
  const quantity = parseExact(line.quantity, 'quantity');
  const unit = unitsByCode.get(line.unit);
  if (!unit) throw new QuantityError('unit', `unknown unit "${line.unit}"`);
  const found = factorFor(unit, line, drug ?? null);
  if (!found) {
    return { kgEquivalent: null, rule: null, reason: 'no_rule', quantity: line.quantity, unit: line.unit };
  }
  return {
    kgEquivalent: formatExact(quantity.times(found.factor)),
    rule: found.rule,
    factor: formatExact(found.factor),
    ruleSource: found.source,
    quantity: line.quantity,
    unit: line.unit,
  };
}

interface Found {
  rule: KgRule;
  factor: Exact;
  source: string | null;
}

function factorFor(unit: UnitTerm, line: QuantityLine, drug: DrugRules | null): Found | null {
  switch (unit.kind) {
    case 'mass':
      return { rule: 'mass_unit', factor: new Exact(unit.kgPerUnit), source: null };
    case 'volume': {
      const litres = new Exact(unit.litresPerUnit);
      if (isStated(line.densityKgPerLitre)) {
        const density = positive(line.densityKgPerLitre, 'densityKgPerLitre');
        return { rule: 'line_density', factor: litres.times(density), source: null };
      }
      const rule = drug?.volumeRule;
      if (!rule) return null;
      const density = positive(rule.densityKgPerLitre, 'volumeRule.densityKgPerLitre');
      return { rule: 'drug_density', factor: litres.times(density), source: rule.source };
    }
    case 'count': {
      if (isStated(line.unitMassGrams)) {
        const grams = positive(line.unitMassGrams, 'unitMassGrams');
        return { rule: 'line_unit_mass', factor: grams.dividedBy(GRAMS_PER_KG), source: null };
      }
      const rule = drug?.countRule;
      if (!rule || !rule.units.some((code) => code === unit.code)) return null;
      const grams = positive(rule.gramsPerUnit, 'countRule.gramsPerUnit');
      return { rule: 'drug_unit_mass', factor: grams.dividedBy(GRAMS_PER_KG), source: rule.source };
    }
  }
}

function isStated(value: string | null | undefined): value is string {
  return value !== undefined && value !== null;
}

function positive(value: string, field: string, kind: 'reported' | 'computed' = 'reported'): Exact {
  const parsed = parseExact(value, field, kind);
  if (parsed.isZero()) throw new QuantityError(field, `${field} must be greater than zero`);
  return parsed;
}

/**
 * The reported quantity back from a kilogram equivalent and its factor (rule 5). Throws when the
 * division is not exact, which cannot happen for a pair produced by `toKgEquivalent`.
 */
export function quantityFromKg(kgEquivalent: string, factor: string): string {
  const kg = parseExact(kgEquivalent, 'kgEquivalent', 'computed');
  const perUnit = positive(factor, 'factor', 'computed');
  const quantity = kg.dividedBy(perUnit);
  if (!quantity.times(perUnit).equals(kg)) {
    throw new QuantityError('factor', `${kgEquivalent} kg is not an exact multiple of ${factor} kg`);
  }
  return formatExact(quantity);
}

/** A sum of kilograms with the unknown values counted apart. */
export interface KgSum {
  /** Exact sum of the known values ("1000", "0.3"); "0" when there are none. */
  readonly total: string;
  /** How many values were unknown (null): never counted as zero. */
  readonly unknownCount: number;
}

/** Sums kilogram values exactly (every digit kept, so exact to the gram and below); nulls are counted, not added. */
export function sumKg(values: readonly (string | null)[]): KgSum {
  let total = new Exact(0);
  let unknownCount = 0;
  values.forEach((value, index) => {
    if (value === null) {
      unknownCount += 1;
    } else {
      total = total.plus(parseExact(value, `values[${index}]`, 'computed'));
    }
  });
  return { total: formatExact(total), unknownCount };
}
