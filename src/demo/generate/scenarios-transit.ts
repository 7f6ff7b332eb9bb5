/**
 * Opiate seizures further along the route: the Kazakh transit (001:33), the Russian destinations
 * (000:82), couriers on flights to Russia, Turkmenistan between the two routes (001:1041) and the
 * Iran–Azerbaijan route (001:208).
 */
import { heroin, synthetic } from './drug-lines.js';
import { afghanOrigin, destination, KG, opiates, TO_RUSSIA } from './opiate-lines.js';
import { leg, TRAFFICKING_ROLES, type Scenario } from './scenario.js';
import { FLAT_MONTHS, FLAT_TREND, OPIATE_MONTHS, OPIATE_TREND } from './seasons.js';

export const TRANSIT_SCENARIOS: readonly Scenario[] = [
  {
    code: 'kazakh_south',
    weight: 6,
    family: 'uz_heroin',
    months: OPIATE_MONTHS,
    trend: OPIATE_TREND,
    // prettier-ignore
    sites: [
      ['zhibek_zholy', 30], ['saryagash', 20], ['shymkent', 20], ['kyzylorda', 15], ['korday', 15],
    ],
    drugs: (rng) => opiates(rng, KG(3, 1.2, 200), { heroin: 60, opium: 10, hashish: 30 }),
    route: (rng, site) => [
      afghanOrigin(rng),
      leg('transit', site.key === 'korday' ? 'KG' : rng.pick(['UZ', 'UZ', 'TJ'])),
      leg('transit', 'KZ', site.locality),
      destination(
        rng,
        TO_RUSSIA.filter(([c]) => c === 'RU'),
      ),
    ],
    persons: [1, 3],
    roles: TRAFFICKING_ROLES,
    operation: 'КАНАЛ',
  },
  {
    code: 'kazakh_north',
    weight: 5,
    family: 'tj_heroin',
    months: OPIATE_MONTHS,
    trend: OPIATE_TREND,
    // prettier-ignore
    sites: [
      ['aktobe', 20], ['zhaisan', 15], ['kostanay', 15], ['petropavl', 15], ['astana', 10],
      ['karaganda', 10], ['almaty', 15],
    ],
    drugs: (rng) => opiates(rng, KG(3, 1.2, 200), { heroin: 60, opium: 5, hashish: 35 }),
    route: (rng) => [
      afghanOrigin(rng),
      leg('transit', rng.pick(['TJ', 'UZ', 'KG'])),
      leg('transit', 'KZ'),
      destination(
        rng,
        TO_RUSSIA.filter(([c]) => c === 'RU'),
      ),
    ],
    persons: [1, 3],
    roles: TRAFFICKING_ROLES,
  },
  {
    code: 'russia_destination',
    weight: 6,
    family: 'tj_heroin',
    months: FLAT_MONTHS,
    trend: OPIATE_TREND,
    // prettier-ignore
    sites: [
      ['orenburg', 12], ['mashtakovo', 10], ['samara', 12], ['chelyabinsk', 10], ['omsk', 10],
      ['novosibirsk', 10], ['rubtsovsk', 8], ['veseloyarsk', 6], ['kazansky', 12], ['moscow', 10],
    ],
    drugs: (rng) =>
      rng.chance(0.2)
        ? [synthetic(rng, KG(0.8, 1.3, 100), 'kg')]
        : opiates(rng, KG(1.5, 1.3, 150, 0.02), { heroin: 70, opium: 5, hashish: 25 }),
    route: (rng, site) => [
      afghanOrigin(rng),
      leg('departure', rng.pick(['TJ', 'TJ', 'UZ', 'KG'])),
      leg('transit', 'KZ'),
      leg('destination', 'RU', site.locality),
    ],
    persons: [1, 3],
    nations: [
      ['TJ', 40],
      ['UZ', 20],
      ['KG', 15],
      ['RU', 20],
      ['KZ', 5],
    ],
    roles: TRAFFICKING_ROLES,
  },
  {
    code: 'air_couriers',
    weight: 3,
    family: 'tj_heroin',
    months: FLAT_MONTHS,
    trend: OPIATE_TREND,
    // prettier-ignore
    sites: [
      ['domodedovo', 35], ['koltsovo', 20], ['dushanbe_airport', 15], ['osh_airport', 10],
      ['tashkent_airport', 10], ['almaty_airport', 10],
    ],
    transport: [['air', 100]],
    concealment: [
      [['body_cavity_swallowed'], 70],
      [['checked_baggage'], 20],
      [['personal_items_clothes'], 10],
    ],
    drugs: (rng) => {
      const line = heroin(rng, KG(0.6, 0.5, 2, 0.1), 'kg', { unknownShare: 0 });
      return [{ ...line, packaging: `${rng.int(40, 120)} капсул (напальчники)` }];
    },
    route: (rng, site) => {
      const departure: Record<string, string> = { TJ: 'Душанбе', KG: 'Ош', UZ: 'Ташкент', KZ: 'Алматы' };
      const from = site.country === 'RU' ? rng.pick(['TJ', 'TJ', 'KG', 'UZ']) : site.country;
      return [
        afghanOrigin(rng),
        leg('departure', from, departure[from]),
        leg('destination', 'RU', rng.pick(['Москва', 'Екатеринбург', 'Новосибирск'])),
      ];
    },
    persons: [1, 1],
    roles: [['courier', 100]],
  },
  {
    code: 'turkmen_opium',
    weight: 3,
    family: 'tm_opium',
    months: OPIATE_MONTHS,
    trend: OPIATE_TREND,
    // prettier-ignore
    sites: [
      ['serhetabat', 25], ['imamnazar', 20], ['tm_green', 25], ['mary', 15], ['turkmenabat', 15],
    ],
    drugs: (rng) => opiates(rng, KG(8, 1.2, 800, 0.2), { heroin: 25, opium: 60, hashish: 15 }),
    route: (rng) => [
      leg('origin', 'AF', rng.pick(['провинция Герат', 'провинция Фарьяб', 'провинция Джаузджан'])),
      destination(rng, [
        ['TM', undefined, 70],
        ['RU', undefined, 15],
        ['TR', undefined, 15],
      ]),
    ],
    persons: [1, 3],
    roles: TRAFFICKING_ROLES,
  },
  {
    code: 'iran_azerbaijan',
    weight: 1,
    family: null,
    months: FLAT_MONTHS,
    trend: FLAT_TREND,
    // prettier-ignore
    sites: [
      ['astara', 60], ['baku_port', 40],
    ],
    drugs: (rng) => opiates(rng, KG(6, 1.1, 300), { heroin: 60, opium: 40, hashish: 0 }),
    // 001:208 "a criminal group trafficking opium en route Iran-Azerbaijan-Ukraine-Canada".
    route: (rng) => [
      afghanOrigin(rng),
      leg('transit', 'IR'),
      leg('transit', 'AZ'),
      destination(rng, [
        ['UA', undefined, 50],
        ['TR', undefined, 30],
        ['CA', undefined, 20],
      ]),
    ],
    persons: [1, 2],
    roles: TRAFFICKING_ROLES,
  },
];
