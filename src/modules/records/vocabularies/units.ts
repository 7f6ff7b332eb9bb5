/**
 * Units of a drug line's quantity. Sources: PRODUCT.md ("kg, g, l, ml, tablets, ampoules, plants");
 * the units printed in the source documents ("kg, g, tons, pills, ampules, ml, liters": 001:1051,
 * 001:1237). Each unit says whether a kilogram equivalent exists and how: see quantity.ts.
 */
import type { Term } from './term.js';

/** Unit of mass: converts to kilograms exactly, always. */
export interface MassUnitTerm extends Term {
  readonly kind: 'mass';
  /** Exact decimal string: kilograms in one unit. */
  readonly kgPerUnit: string;
  readonly kgEquivalent: 'always';
  readonly abbr: { readonly en: string; readonly ru: string };
}

/** Unit of volume: converts to kilograms only with a density rule (drug term or line). */
export interface VolumeUnitTerm extends Term {
  readonly kind: 'volume';
  /** Exact decimal string: litres in one unit. */
  readonly litresPerUnit: string;
  readonly kgEquivalent: 'with_density_rule';
  readonly abbr: { readonly en: string; readonly ru: string };
}

/** Counted unit (tablets, plants…): converts to kilograms only with a mass per unit (line or documented default). */
export interface CountUnitTerm extends Term {
  readonly kind: 'count';
  readonly kgEquivalent: 'with_unit_mass_rule';
  readonly abbr: { readonly en: string; readonly ru: string };
}

/** Any unit of a drug line. */
export type UnitTerm = MassUnitTerm | VolumeUnitTerm | CountUnitTerm;

/** Units of a drug line's quantity: mass, volume and count. */
export const UNITS = [
  {
    code: 'kg',
    en: 'kilograms',
    ru: 'килограммы',
    kind: 'mass',
    kgPerUnit: '1',
    kgEquivalent: 'always',
    abbr: { en: 'kg', ru: 'кг' },
  },
  {
    code: 'g',
    en: 'grams',
    ru: 'граммы',
    kind: 'mass',
    kgPerUnit: '0.001',
    kgEquivalent: 'always',
    abbr: { en: 'g', ru: 'г' },
  },
  {
    code: 'mg',
    en: 'milligrams',
    ru: 'миллиграммы',
    kind: 'mass',
    kgPerUnit: '0.000001',
    kgEquivalent: 'always',
    abbr: { en: 'mg', ru: 'мг' },
  },
  {
    code: 't',
    en: 'tonnes',
    ru: 'тонны',
    kind: 'mass',
    kgPerUnit: '1000',
    kgEquivalent: 'always',
    abbr: { en: 't', ru: 'т' },
    source: '000:82 ("20 tons of heroin")',
  },
  {
    code: 'l',
    en: 'litres',
    ru: 'литры',
    kind: 'volume',
    litresPerUnit: '1',
    kgEquivalent: 'with_density_rule',
    abbr: { en: 'l', ru: 'л' },
    source: '001:1237 ("120 liters of precursors")',
  },
  {
    code: 'ml',
    en: 'millilitres',
    ru: 'миллилитры',
    kind: 'volume',
    litresPerUnit: '0.001',
    kgEquivalent: 'with_density_rule',
    abbr: { en: 'ml', ru: 'мл' },
    source: '001:1051 ("0.5 ml of psychotropic substances")',
  },
  {
    code: 'tablets',
    en: 'tablets (pills)',
    ru: 'таблетки',
    kind: 'count',
    kgEquivalent: 'with_unit_mass_rule',
    abbr: { en: 'tab.', ru: 'табл.' },
    source: '001:1051, 001:1237 ("pills")',
  },
  {
    code: 'capsules',
    en: 'capsules',
    ru: 'капсулы',
    kind: 'count',
    kgEquivalent: 'with_unit_mass_rule',
    abbr: { en: 'caps.', ru: 'капс.' },
  },
  {
    code: 'ampoules',
    en: 'ampoules',
    ru: 'ампулы',
    kind: 'count',
    kgEquivalent: 'with_unit_mass_rule',
    abbr: { en: 'amp.', ru: 'амп.' },
    source: '001:1051 ("10 ampules")',
  },
  {
    code: 'plants',
    en: 'plants',
    ru: 'растения (кусты)',
    kind: 'count',
    kgEquivalent: 'with_unit_mass_rule',
    abbr: { en: 'plants', ru: 'раст.' },
  },
  {
    code: 'doses',
    en: 'doses (blotters)',
    ru: 'дозы (марки)',
    kind: 'count',
    kgEquivalent: 'with_unit_mass_rule',
    abbr: { en: 'doses', ru: 'доз' },
  },
  {
    code: 'units',
    en: 'units (pieces)',
    ru: 'единицы (штуки)',
    kind: 'count',
    kgEquivalent: 'with_unit_mass_rule',
    abbr: { en: 'pcs', ru: 'шт.' },
  },
] as const satisfies readonly UnitTerm[];

/** Code of a unit. */
export type UnitCode = (typeof UNITS)[number]['code'];
/** Code of a counted unit. */
export type CountUnitCode = Extract<(typeof UNITS)[number], { kind: 'count' }>['code'];
