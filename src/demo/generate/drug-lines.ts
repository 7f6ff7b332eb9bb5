/**
 * Drug lines as seizure reports write them: heavy-tailed quantities (grams at retail, kilograms to
 * hundreds of kilograms in trafficking), forms, packaging and markings, purity where a laboratory
 * gave it, acetic anhydride in litres with its density. Quantities are decimal text, never floats.
 */
import type { DrugLine } from '../../modules/records/seizures/seizures.schema.js';
import type { Random } from './random.js';

/** A positive quantity as exact decimal text with at most `decimals` places ("12.45", "0.7"). */
export function decimalText(value: number, decimals: number): string {
  const factor = 10 ** decimals;
  const rounded = Math.max(1, Math.round(value * factor)) / factor;
  return rounded.toFixed(decimals).replace(/\.?0+$/, '');
}

/** Log-normal size of a seizure: the median and spread of its kind, clamped. */
export interface Size {
  readonly median: number;
  readonly sigma: number;
  readonly min: number;
  readonly max: number;
}

/** Weighs a quantity in kilograms (to the gram) or in grams (to a tenth below 10 g). */
function weigh(rng: Random, size: Size, unit: 'kg' | 'g'): string {
  const value = rng.logNormal(size.median, size.sigma, size.min, size.max);
  if (unit === 'kg') return decimalText(value, 3);
  return decimalText(value, value < 10 ? 1 : 0);
}

const HEROIN_PACKAGING = [
  'полиэтиленовые свёртки, обмотанные скотчем',
  'прессованные брикеты в полиэтиленовой плёнке',
  'полимерные пакеты с застёжкой',
  'свёртки из фольги',
  'packages wrapped in adhesive tape',
];
const HEROIN_MARKINGS = [
  'оттиск «777»',
  'оттиск «999»',
  'логотип «Скорпион»',
  'печать «Лев»',
  'надпись «Super»',
  'оттиск «Тигр»',
];
const HASHISH_PACKAGING = [
  'плитки, обёрнутые в фольгу',
  'плитки в полиэтилене',
  'пластины, завёрнутые в ткань',
  'slabs wrapped in cellophane',
];
const HERB_PACKAGING = [
  'полипропиленовые мешки',
  'полиэтиленовые пакеты',
  'бумажные свёртки',
  'матерчатые мешки',
  'sacks',
];

/** Options shared by the line builders. */
export interface LineOptions {
  /** A small share of reports give no quantity: it stays unknown (never zero). */
  readonly unknownShare?: number;
}

function withQuantity(rng: Random, line: DrugLine, quantity: string, options: LineOptions): DrugLine {
  if (rng.chance(options.unknownShare ?? 0.01)) return line;
  return { ...line, quantity };
}

/** Heroin: powder or pressed blocks; purity stated by a laboratory in some reports. */
export function heroin(rng: Random, size: Size, unit: 'kg' | 'g', options: LineOptions = {}): DrugLine {
  const line: DrugLine = {
    drug: 'heroin',
    form: rng.weighted([
      ['powder', 80],
      ['pressed_blocks', 20],
    ] as const),
    unit,
    ...(rng.chance(0.35) ? { purityPercent: String(rng.int(18, 72)) } : {}),
    ...(unit === 'kg' && rng.chance(0.6) ? { packaging: rng.pick(HEROIN_PACKAGING) } : {}),
    ...(unit === 'kg' && rng.chance(0.3) ? { markings: rng.pick(HEROIN_MARKINGS) } : {}),
  };
  return withQuantity(rng, line, weigh(rng, size, unit), options);
}

/** Opium or raw opium (resin). */
export function opium(rng: Random, size: Size, unit: 'kg' | 'g', raw: boolean): DrugLine {
  const line: DrugLine = {
    drug: raw ? 'raw_opium' : 'opium',
    form: rng.weighted([
      ['resin', 70],
      ['paste', 30],
    ] as const),
    unit,
  };
  return withQuantity(rng, line, weigh(rng, size, unit), {});
}

/** Hashish (cannabis resin) in slabs. */
export function hashish(rng: Random, size: Size, unit: 'kg' | 'g'): DrugLine {
  const line: DrugLine = {
    drug: 'cannabis_resin',
    form: rng.weighted([
      ['pressed_blocks', 60],
      ['resin', 40],
    ] as const),
    unit,
    ...(unit === 'kg' && rng.chance(0.5) ? { packaging: rng.pick(HASHISH_PACKAGING) } : {}),
  };
  return withQuantity(rng, line, weigh(rng, size, unit), {});
}

/** Marijuana (cannabis herb), dried plant material. */
export function marijuana(rng: Random, size: Size, unit: 'kg' | 'g'): DrugLine {
  const line: DrugLine = {
    drug: 'cannabis_herb',
    form: 'plant_material',
    unit,
    ...(unit === 'kg' && rng.chance(0.5) ? { packaging: rng.pick(HERB_PACKAGING) } : {}),
  };
  return withQuantity(rng, line, weigh(rng, size, unit), {});
}

/** Wild or cultivated cannabis plants counted in the field; a mass per plant is rarely stated. */
export function cannabisPlants(rng: Random): DrugLine {
  const count = Math.round(rng.logNormal(300, 1.3, 5, 60_000));
  return {
    drug: 'cannabis_plants',
    form: 'whole_plants',
    unit: 'plants',
    quantity: String(count),
    ...(rng.chance(0.3) ? { unitMassGrams: String(rng.int(150, 600)) } : {}),
  };
}

/** The Russian plural form for a count (1 бочка, 3 бочки, 5 бочек, 21 бочка). */
export function plural(n: number, one: string, few: string, many: string): string {
  const tens = n % 100;
  const units = n % 10;
  if (tens >= 11 && tens <= 14) return many;
  if (units === 1) return one;
  return units >= 2 && units <= 4 ? few : many;
}

/**
 * Acetic anhydride, the heroin precursor smuggled into Afghanistan (000:94, 003:33): in 200-litre
 * drums or 20–30-litre canisters, with the density marked on the drums in some reports (the
 * vocabulary's own density rule applies otherwise).
 */
export function aceticAnhydride(rng: Random): DrugLine {
  const drums = rng.chance(0.55);
  const count = drums
    ? Math.round(rng.logNormal(8, 1.1, 1, 120))
    : Math.round(rng.logNormal(12, 1.0, 1, 400));
  const litres = count * (drums ? 200 : rng.pick([20, 25, 30]));
  return {
    drug: 'acetic_anhydride',
    form: 'liquid',
    unit: 'l',
    quantity: String(litres),
    ...(rng.chance(0.3) ? { densityKgPerLitre: '1.08' } : {}),
    packaging: drums
      ? `${count} ${plural(count, 'металлическая бочка', 'металлические бочки', 'металлических бочек')} по 200 л`
      : `${count} ${plural(count, 'пластиковая канистра', 'пластиковые канистры', 'пластиковых канистр')}`,
    ...(rng.chance(0.4)
      ? {
          markings: rng.pick([
            '«Acetic anhydride 99%»',
            'задекларировано как «растворитель для красок»',
            'declared as "vinegar essence"',
          ]),
        }
      : {}),
  };
}

/** Synthetic drugs of recent years: mephedrone, α-PVP, methamphetamine, synthetic cannabinoids. */
export function synthetic(rng: Random, size: Size, unit: 'kg' | 'g'): DrugLine {
  const drug = rng.weighted([
    ['mephedrone', 35],
    ['alpha_pvp', 25],
    ['synthetic_cannabinoids', 20],
    ['methamphetamine', 20],
  ] as const);
  const form =
    drug === 'synthetic_cannabinoids'
      ? 'smoking_mixture'
      : drug === 'mephedrone'
        ? rng.pick(['powder', 'crystals'] as const)
        : 'crystals';
  return withQuantity(rng, { drug, form, unit }, weigh(rng, size, unit), {});
}

/** Pills: tramadol or ecstasy-type tablets, counted; the mass of one tablet stated in some reports. */
export function tablets(rng: Random): DrugLine {
  const drug = rng.weighted([
    ['tramadol', 60],
    ['mdma', 25],
    ['phenazepam', 15],
  ] as const);
  return {
    drug,
    form: 'tablets',
    unit: 'tablets',
    quantity: String(Math.round(rng.logNormal(400, 1.5, 10, 200_000))),
    ...(rng.chance(0.4) ? { unitMassGrams: rng.pick(['0.25', '0.3', '0.35']) } : {}),
  };
}
