import { describe, expect, it } from 'vitest';
import {
  type DrugRules,
  type KgConversion,
  QuantityError,
  drugTerm,
  quantityFromKg,
  sumKg,
  toKgEquivalent,
} from './index.js';

const heroin = drugTerm('heroin');
const aceticAnhydride = drugTerm('acetic_anhydride');
const psychotropic = drugTerm('psychotropic_non_specified');

function kg(conversion: KgConversion): string | null {
  return conversion.kgEquivalent;
}

function fieldOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof QuantityError) return error.field;
    throw error;
  }
  return undefined;
}

describe('mass units', () => {
  it('convert exactly, with the factor and the original quantity kept', () => {
    expect(toKgEquivalent({ quantity: '27', unit: 'kg' }, heroin)).toEqual({
      kgEquivalent: '27',
      rule: 'mass_unit',
      factor: '1',
      ruleSource: null,
      quantity: '27',
      unit: 'kg',
    });
    expect(kg(toKgEquivalent({ quantity: '205', unit: 'g' }, heroin))).toBe('0.205');
    expect(kg(toKgEquivalent({ quantity: '12345.6', unit: 'g' }))).toBe('12.3456');
    expect(kg(toKgEquivalent({ quantity: '1', unit: 'mg' }))).toBe('0.000001');
    expect(kg(toKgEquivalent({ quantity: '1.450', unit: 't' }))).toBe('1450');
    expect(kg(toKgEquivalent({ quantity: '0.1', unit: 'kg' }))).toBe('0.1');
  });

  it('never go through floating point', () => {
    // 0.1 + 0.2 is 0.30000000000000004 in JS numbers.
    expect(sumKg(['0.1', '0.2'])).toEqual({ total: '0.3', unknownCount: 0 });
    expect(kg(toKgEquivalent({ quantity: '123456789012345678901234567890.5', unit: 'g' }))).toBe(
      '123456789012345678901234567.8905',
    );
    expect(kg(toKgEquivalent({ quantity: '0.000000000000000000000000000001', unit: 't' }))).toBe(
      '0.000000000000000000000000001',
    );
  });

  it('ignore a density or a unit mass given on the line', () => {
    const result = toKgEquivalent({ quantity: '5', unit: 'kg', densityKgPerLitre: '2', unitMassGrams: '3' });
    expect(result).toMatchObject({ kgEquivalent: '5', rule: 'mass_unit' });
  });
});

describe('volume units', () => {
  it('stay unconverted without a density rule', () => {
    expect(toKgEquivalent({ quantity: '120', unit: 'l' }, heroin)).toEqual({
      kgEquivalent: null,
      rule: null,
      reason: 'no_rule',
      quantity: '120',
      unit: 'l',
    });
    expect(kg(toKgEquivalent({ quantity: '0.5', unit: 'ml' }, psychotropic))).toBeNull();
    expect(kg(toKgEquivalent({ quantity: '0.5', unit: 'ml' }))).toBeNull();
  });

  it('convert with the density the drug term states, naming its source', () => {
    const result = toKgEquivalent({ quantity: '120', unit: 'l' }, aceticAnhydride);
    expect(result).toMatchObject({ kgEquivalent: '129.84', rule: 'drug_density', factor: '1.082' });
    expect(result.kgEquivalent !== null && result.ruleSource).toMatch(/CRC/);
    expect(toKgEquivalent({ quantity: '500', unit: 'ml' }, aceticAnhydride)).toMatchObject({
      kgEquivalent: '0.541',
      factor: '0.001082',
    });
  });

  it('prefer a density stated on the line', () => {
    const line = { quantity: '2', unit: 'l', densityKgPerLitre: '0.95' } as const;
    expect(toKgEquivalent(line, aceticAnhydride)).toMatchObject({
      kgEquivalent: '1.9',
      rule: 'line_density',
    });
    expect(toKgEquivalent({ ...line, unit: 'ml' }, heroin)).toMatchObject({
      kgEquivalent: '0.0019',
      rule: 'line_density',
      factor: '0.00095',
      ruleSource: null,
    });
  });
});

describe('counted units', () => {
  it('stay unconverted without a mass per unit', () => {
    for (const unit of ['tablets', 'capsules', 'ampoules', 'plants', 'doses', 'units'] as const) {
      expect(toKgEquivalent({ quantity: '247', unit }, psychotropic)).toMatchObject({
        kgEquivalent: null,
        reason: 'no_rule',
        unit,
      });
    }
  });

  it('convert exactly with the mass per unit stated on the line', () => {
    const result = toKgEquivalent({ quantity: '1948', unit: 'tablets', unitMassGrams: '0.25' }, psychotropic);
    expect(result).toEqual({
      kgEquivalent: '0.487',
      rule: 'line_unit_mass',
      factor: '0.00025',
      ruleSource: null,
      quantity: '1948',
      unit: 'tablets',
    });
    expect(kg(toKgEquivalent({ quantity: '3', unit: 'plants', unitMassGrams: '333.3' }))).toBe('0.9999');
  });

  it('use a default mass per unit only for the units the drug term documents it for', () => {
    const documented: DrugRules = { countRule: { gramsPerUnit: '0.1', units: ['tablets'], source: 'test' } };
    expect(toKgEquivalent({ quantity: '10', unit: 'tablets' }, documented)).toMatchObject({
      kgEquivalent: '0.001',
      rule: 'drug_unit_mass',
      ruleSource: 'test',
    });
    expect(kg(toKgEquivalent({ quantity: '10', unit: 'capsules' }, documented))).toBeNull();
  });

  it('come with no default in today’s vocabulary', () => {
    for (const code of ['mdma', 'methamphetamine', 'tramadol', 'lsd', 'cannabis_plants']) {
      expect(kg(toKgEquivalent({ quantity: '100', unit: 'tablets' }, drugTerm(code))), code).toBeNull();
    }
  });
});

describe('reversibility', () => {
  it('gives the reported quantity back from the kilograms and the factor', () => {
    const cases = [
      [{ quantity: '205', unit: 'g' }, '205'],
      [{ quantity: '1.450', unit: 't' }, '1.45'],
      [{ quantity: '333', unit: 'ml', densityKgPerLitre: '1.082' }, '333'],
      [{ quantity: '1948', unit: 'tablets', unitMassGrams: '0.237' }, '1948'],
      [{ quantity: '0.000001', unit: 'mg' }, '0.000001'],
    ] as const;
    for (const [line, expected] of cases) {
      const result = toKgEquivalent(line);
      if (result.kgEquivalent === null) throw new Error('expected a conversion');
      expect(quantityFromKg(result.kgEquivalent, result.factor)).toBe(expected);
      expect(result.quantity).toBe(line.quantity);
    }
  });

  it('accepts back every kilogram value it produces, however small or large', () => {
    const tiny = toKgEquivalent({
      quantity: '0.000000000000000000000000000001',
      unit: 'tablets',
      unitMassGrams: '0.000000000000000000000000000001',
    });
    const huge = toKgEquivalent({
      quantity: '999999999999999999999999999999.5',
      unit: 'l',
      densityKgPerLitre: '999999999999999999999999999999.5',
    });
    for (const result of [tiny, huge]) {
      if (result.kgEquivalent === null) throw new Error('expected a conversion');
      expect(quantityFromKg(result.kgEquivalent, result.factor)).toBe(result.quantity);
      expect(sumKg([result.kgEquivalent]).total).toBe(result.kgEquivalent);
    }
    expect(tiny.kgEquivalent).toBe(`0.${'0'.repeat(62)}1`);
  });

  it('refuses a division that is not exact', () => {
    expect(fieldOf(() => quantityFromKg('1', '3'))).toBe('factor');
  });
});

describe('sumKg', () => {
  it('sums a million grams to exactly a thousand kilograms', () => {
    const values = new Array<string>(1_000_000).fill('0.001');
    expect(sumKg(values)).toEqual({ total: '1000', unknownCount: 0 });
  });

  it('counts unknowns apart, never as zero', () => {
    expect(sumKg(['1.5', null, '2', null])).toEqual({ total: '3.5', unknownCount: 2 });
    expect(sumKg([null, null, null])).toEqual({ total: '0', unknownCount: 3 });
    expect(sumKg([])).toEqual({ total: '0', unknownCount: 0 });
  });

  it('keeps every digit of the sources', () => {
    expect(sumKg(['329.935', '1.346', '322.289', '6.175']).total).toBe('659.745');
    expect(sumKg(['0.00005', '0.00005']).total).toBe('0.0001');
  });
});

describe('malformed input', () => {
  it('names the field at fault', () => {
    expect(fieldOf(() => toKgEquivalent({ quantity: '1,5', unit: 'kg' }))).toBe('quantity');
    expect(fieldOf(() => toKgEquivalent({ quantity: '-1', unit: 'kg' }))).toBe('quantity');
    expect(fieldOf(() => toKgEquivalent({ quantity: '1e3', unit: 'kg' }))).toBe('quantity');
    expect(fieldOf(() => toKgEquivalent({ quantity: ' 1', unit: 'kg' }))).toBe('quantity');
    expect(fieldOf(() => toKgEquivalent({ quantity: '1', unit: 'lb' as never }))).toBe('unit');
    expect(fieldOf(() => toKgEquivalent({ quantity: '1', unit: 'l', densityKgPerLitre: '0' }))).toBe(
      'densityKgPerLitre',
    );
    expect(fieldOf(() => toKgEquivalent({ quantity: '1', unit: 'tablets', unitMassGrams: 'x' }))).toBe(
      'unitMassGrams',
    );
    expect(fieldOf(() => sumKg(['1', 'NaN']))).toBe('values[1]');
  });
});
