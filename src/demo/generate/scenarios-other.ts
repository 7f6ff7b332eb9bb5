/**
 * Seizures off the opiate route: Chui-valley cannabis in the harvest season (001:37), acetic
 * anhydride inbound to Afghanistan from China, India, the UAE and beyond (000:94, 003:33),
 * synthetic drugs sold through dead drops (002:35), methamphetamine from Iran (001:217), and the
 * street-level seizures that make up most of the count.
 */
import type { DrugLine } from '../../modules/records/seizures/seizures.schema.js';
import {
  aceticAnhydride,
  cannabisPlants,
  hashish,
  heroin,
  marijuana,
  opium,
  synthetic,
  tablets,
  type Size,
} from './drug-lines.js';
import type { Place } from './places.js';
import type { Random } from './random.js';
import { leg, TRAFFICKING_ROLES, type Scenario } from './scenario.js';
import { CANNABIS_MONTHS, FLAT_MONTHS, FLAT_TREND, SYNTHETIC_TREND } from './seasons.js';

const size = (median: number, sigma: number, min: number, max: number): Size => ({ median, sigma, min, max });

/** Street-level seizures: what is sold in grams differs by country. */
function retail(rng: Random, site: Place): DrugLine[] {
  const heroinG = () => heroin(rng, size(3, 1, 0.1, 200), 'g');
  const hashishG = () => hashish(rng, size(8, 1.1, 0.3, 900), 'g');
  const herbG = () => marijuana(rng, size(25, 1.2, 1, 5000), 'g');
  const synthG = () => synthetic(rng, size(1.5, 1, 0.05, 300), 'g');
  const pills = () => tablets(rng);
  const opiumG = () => opium(rng, size(10, 1.1, 0.5, 2000), 'g', true);
  const mix: Record<string, readonly (readonly [() => DrugLine, number])[]> = {
    KZ: [
      [herbG, 35],
      [hashishG, 20],
      [synthG, 30],
      [heroinG, 15],
    ],
    KG: [
      [herbG, 35],
      [hashishG, 30],
      [heroinG, 25],
      [synthG, 10],
    ],
    TJ: [
      [heroinG, 50],
      [hashishG, 35],
      [pills, 15],
    ],
    UZ: [
      [heroinG, 30],
      [herbG, 25],
      [hashishG, 20],
      [pills, 25],
    ],
    RU: [
      [synthG, 45],
      [heroinG, 20],
      [hashishG, 20],
      [herbG, 15],
    ],
    TM: [
      [opiumG, 40],
      [heroinG, 30],
      [pills, 30],
    ],
  };
  return [rng.weighted(mix[site.country] ?? mix.KZ!)()];
}

const ORIGINS_OF_ANHYDRIDE = [
  ['CN', 35],
  ['IN', 15],
  ['AE', 15],
  ['KR', 10],
  ['RU', 10],
  ['DE', 5],
  ['NL', 5],
  ['TR', 5],
] as const;

export const OTHER_SCENARIOS: readonly Scenario[] = [
  {
    code: 'chui_cannabis',
    weight: 14,
    family: 'cannabis',
    months: CANNABIS_MONTHS,
    trend: FLAT_TREND,
    // prettier-ignore
    sites: [
      ['shu', 25], ['moiynkum', 20], ['merke', 10], ['korday', 10], ['taraz', 5], ['almaty', 5],
      ['tokmok', 8], ['kemin', 7], ['issyk_ata', 5], ['tyup', 5],
    ],
    transport: [
      ['road', 55],
      ['on_foot', 30],
      ['rail', 15],
    ],
    concealment: [
      [['vehicle_no_compartment'], 30],
      [['vehicle_secret_compartment'], 15],
      [['personal_items_clothes'], 20],
      [['premises_or_ground'], 25],
      [['hand_baggage'], 10],
    ],
    drugs: (rng) => {
      const kind = rng.weighted([
        ['herb', 55],
        ['plants', 20],
        ['hashish', 25],
      ] as const);
      if (kind === 'plants') return [cannabisPlants(rng)];
      if (kind === 'hashish') return [hashish(rng, size(1, 1.2, 0.02, 60), 'kg')];
      return [marijuana(rng, size(15, 1.4, 0.3, 3000), 'kg')];
    },
    route: (rng, site) => {
      if (rng.chance(0.5)) return [];
      const to = rng.weighted([
        [['KZ', 'Алматы'], 35],
        [['KZ', 'Астана'], 20],
        [['KZ', 'Караганда'], 10],
        [['RU', undefined], 25],
        [['KG', 'Бишкек'], 10],
      ] as const);
      return [leg('origin', site.country, 'Чуйская долина'), leg('destination', to[0], to[1])];
    },
    persons: [1, 3],
    roles: [
      ['courier', 40],
      ['seller', 25],
      ['driver', 15],
      ['organiser', 5],
      ['other', 15],
    ],
    operation: 'МАК',
  },
  {
    code: 'acetic_anhydride',
    weight: 4,
    family: 'precursor',
    months: FLAT_MONTHS,
    trend: (y) => (y <= 2022 ? 1 : 0.6),
    // prettier-ignore
    sites: [
      ['kulma', 12], ['nizhny_panj', 12], ['ishkashim', 6], ['ayritom', 14], ['galaba', 10], ['dostyk', 8],
      ['nur_zholy', 8], ['zhibek_zholy', 6], ['irkeshtam', 6], ['torugart', 4], ['serhetabat', 4],
      ['imamnazar', 4], ['hairatan', 4], ['sher_khan', 2],
    ],
    transport: [
      ['road', 75],
      ['rail', 25],
    ],
    concealment: [
      [['cargo'], 50],
      [['container'], 30],
      [['vehicle_no_compartment'], 15],
      [['vehicle_secret_compartment'], 5],
    ],
    drugs: (rng) => [aceticAnhydride(rng)],
    route: (rng, site) => {
      const origin = rng.weighted(ORIGINS_OF_ANHYDRIDE);
      const transit = site.country === 'AF' ? rng.pick(['UZ', 'TJ', 'TM']) : site.country;
      return [
        leg('origin', origin),
        ...(transit !== 'KZ' && rng.chance(0.4) ? [leg('transit', 'KZ')] : []),
        ...(transit !== 'AF' ? [leg('transit', transit)] : []),
        leg(
          'destination',
          'AF',
          rng.pick(['провинция Кундуз', 'провинция Балх', 'провинция Бадахшан', undefined]),
        ),
      ];
    },
    persons: [1, 2],
    roles: [
      ['driver', 60],
      ['sender', 20],
      ['recipient', 10],
      ['organiser', 10],
    ],
    precursor: true,
    operation: 'TARCET',
  },
  {
    code: 'synthetic_drugs',
    weight: 12,
    family: 'synthetic',
    months: FLAT_MONTHS,
    trend: SYNTHETIC_TREND,
    // prettier-ignore
    sites: [
      ['almaty', 25], ['astana', 15], ['karaganda', 10], ['pavlodar', 8], ['shymkent', 8], ['bishkek', 12],
      ['moscow', 10], ['novosibirsk', 6], ['tashkent', 6], ['almaty_post', 5],
    ],
    transport: [
      ['on_foot', 55],
      ['road', 35],
      ['post', 10],
    ],
    concealment: [
      [['dead_drop'], 45],
      [['on_body_pockets'], 25],
      [['post_parcels'], 10],
      [['premises_or_ground'], 10],
      [['personal_items_clothes'], 10],
    ],
    drugs: (rng) =>
      rng.chance(0.8)
        ? [synthetic(rng, size(2, 1.1, 0.1, 500), 'g')]
        : [synthetic(rng, size(1.5, 1.4, 0.05, 400), 'kg')],
    route: () => [],
    persons: [1, 2],
    roles: [
      ['courier', 50],
      ['seller', 30],
      ['buyer', 10],
      ['manufacturer', 10],
    ],
  },
  {
    code: 'iran_methamphetamine',
    weight: 2,
    family: 'tm_opium',
    months: FLAT_MONTHS,
    trend: SYNTHETIC_TREND,
    // prettier-ignore
    sites: [
      ['sarahs', 25], ['serhetabat', 15], ['turkmenbashi', 15], ['astara', 25], ['baku_port', 20],
    ],
    drugs: (rng) => [
      { ...synthetic(rng, size(3, 1.2, 0.1, 300), 'kg'), drug: 'methamphetamine', form: 'crystals' },
    ],
    route: (rng, site) => [
      leg('origin', 'IR'),
      leg('transit', site.country),
      leg('destination', rng.pick(['RU', 'KZ', 'TR', 'UA'])),
    ],
    persons: [1, 2],
    roles: TRAFFICKING_ROLES,
  },
  {
    code: 'street_level',
    weight: 24,
    family: null,
    months: FLAT_MONTHS,
    trend: FLAT_TREND,
    // prettier-ignore
    sites: [
      ['almaty', 10], ['shymkent', 6], ['astana', 6], ['taraz', 3], ['karaganda', 4], ['bishkek', 8],
      ['osh', 5], ['jalal_abad', 2], ['dushanbe', 7], ['khujand', 4], ['tashkent', 7], ['termez', 3],
      ['andijan', 3], ['samarkand', 2], ['moscow', 7], ['omsk', 3], ['orenburg', 3], ['mary', 2],
      ['turkmenabat', 2],
    ],
    transport: [
      ['on_foot', 70],
      ['road', 30],
    ],
    concealment: [
      [['on_body_pockets'], 45],
      [['dead_drop'], 20],
      [['personal_items_clothes'], 20],
      [['premises_or_ground'], 15],
    ],
    drugs: retail,
    route: () => [],
    persons: [1, 2],
    roles: [
      ['seller', 45],
      ['buyer', 45],
      ['courier', 10],
    ],
  },
];
