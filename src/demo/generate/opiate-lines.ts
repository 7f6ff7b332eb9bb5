/** Helpers of the opiate scenario tables: the drug lines of an opiate consignment and its route ends. */
import { hashish, heroin, opium, type Size } from './drug-lines.js';
import type { DrugLine, RouteLeg } from '../../modules/records/seizures/seizures.schema.js';
import { AFGHAN_ORIGINS } from './places.js';
import type { Random } from './random.js';
import { leg } from './scenario.js';

export const KG = (median: number, sigma: number, max: number, min = 0.05): Size => ({
  median,
  sigma,
  min,
  max,
});

/** A second line in some trafficking seizures (heroin with hashish, opium with heroin…). */
function withExtra(rng: Random, first: DrugLine, extra: () => DrugLine, share = 0.15): DrugLine[] {
  if (!rng.chance(share)) return [first];
  const second = extra();
  return second.drug === first.drug ? [first] : [first, second];
}

export function opiates(
  rng: Random,
  heroinSize: Size,
  shares: { heroin: number; opium: number; hashish: number },
): DrugLine[] {
  const kind = rng.weighted([
    ['heroin', shares.heroin],
    ['opium', shares.opium],
    ['hashish', shares.hashish],
  ] as const);
  const first =
    kind === 'heroin'
      ? heroin(rng, heroinSize, 'kg')
      : kind === 'opium'
        ? opium(rng, KG(heroinSize.median, heroinSize.sigma, heroinSize.max), 'kg', rng.chance(0.4))
        : hashish(rng, KG(heroinSize.median * 2, 1.2, heroinSize.max * 3), 'kg');
  return withExtra(rng, first, () =>
    kind === 'heroin' ? hashish(rng, KG(3, 1.1, 200), 'kg') : heroin(rng, KG(1.5, 1, 100), 'kg'),
  );
}

export const afghanOrigin = (rng: Random): RouteLeg => leg('origin', 'AF', rng.pick(AFGHAN_ORIGINS));

/** Where a consignment on the Northern route was going. */
export function destination(
  rng: Random,
  choices: readonly (readonly [string, string | undefined, number])[],
): RouteLeg {
  const [country, place] = rng.weighted(choices.map(([c, p, w]) => [[c, p] as const, w] as const));
  return leg('destination', country, place);
}

export const TO_RUSSIA = [
  ['RU', 'Москва', 30],
  ['RU', 'Екатеринбург', 10],
  ['RU', 'Новосибирск', 10],
  ['RU', undefined, 15],
  ['KZ', 'Алматы', 15],
  ['KZ', 'Астана', 5],
] as const;
