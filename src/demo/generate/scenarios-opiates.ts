/**
 * Opiate seizures where the Northern route enters Central Asia (seed-capabilities.md §4, "Routes and
 * geography"): the Afghan–Tajik border on the Panj, the Kyrgyz corridors to Osh and Batken
 * (001:409-411), the Amudarya and Termez, the Fergana valley (001:1229).
 */
import { afghanOrigin, destination, KG, opiates, TO_RUSSIA } from './opiate-lines.js';
import { leg, TRAFFICKING_ROLES, type Scenario } from './scenario.js';
import { OPIATE_MONTHS, OPIATE_TREND } from './seasons.js';

export const OPIATE_SCENARIOS: readonly Scenario[] = [
  {
    code: 'panj_border',
    weight: 7,
    family: 'tj_heroin',
    months: OPIATE_MONTHS,
    trend: OPIATE_TREND,
    // prettier-ignore
    sites: [
      ['panj_river', 30], ['nizhny_panj', 20], ['farkhor', 15], ['shuroobod', 15], ['darvoz', 10],
      ['ishkashim', 10],
    ],
    drugs: (rng) => opiates(rng, KG(12, 1.2, 900, 0.5), { heroin: 55, opium: 20, hashish: 25 }),
    route: (rng) => {
      const to = destination(rng, [
        ['TJ', 'Душанбе', 30],
        ['RU', undefined, 50],
        ['KZ', undefined, 20],
      ]);
      return to.country === 'TJ' ? [afghanOrigin(rng), to] : [afghanOrigin(rng), leg('transit', 'TJ'), to];
    },
    persons: [1, 3],
    nations: [
      ['TJ', 55],
      ['AF', 45],
    ],
    roles: TRAFFICKING_ROLES,
    operation: 'КАНАЛ',
  },
  {
    code: 'tajik_kyrgyz_corridor',
    weight: 7,
    family: 'tj_heroin',
    months: OPIATE_MONTHS,
    trend: OPIATE_TREND,
    // prettier-ignore
    sites: [
      ['khorog', 10], ['murghab', 10], ['kyzyl_art', 10], ['jirgatol', 8], ['khujand', 8], ['karamyk', 12],
      ['bor_dobo', 8], ['sary_tash', 10], ['osh', 12], ['batken', 8], ['kadamjay', 4],
    ],
    drugs: (rng) => opiates(rng, KG(4, 1.1, 300, 0.2), { heroin: 70, opium: 10, hashish: 20 }),
    route: (rng, site) => [
      afghanOrigin(rng),
      leg(
        'transit',
        'TJ',
        site.country === 'TJ' ? site.locality : rng.pick(['Хорог', 'Джиргаталь', 'Худжанд']),
      ),
      leg('transit', 'KG', site.country === 'KG' ? site.locality : rng.pick(['Ош', 'Баткен'])),
      ...(rng.chance(0.7) ? [leg('transit', 'KZ')] : []),
      destination(rng, TO_RUSSIA),
    ],
    persons: [1, 3],
    roles: TRAFFICKING_ROLES,
    operation: 'КАНАЛ',
  },
  {
    code: 'amudarya_termez',
    weight: 7,
    family: 'uz_heroin',
    months: OPIATE_MONTHS,
    trend: OPIATE_TREND,
    // prettier-ignore
    sites: [
      ['ayritom', 25], ['galaba', 15], ['amudarya', 20], ['termez', 10], ['sherobod', 8], ['denov', 7],
      ['qarshi', 8], ['samarkand', 7],
    ],
    drugs: (rng) => opiates(rng, KG(5, 1.2, 500, 0.1), { heroin: 50, opium: 20, hashish: 30 }),
    route: (rng) => [
      leg('origin', 'AF', rng.pick(['провинция Балх', 'Мазари-Шариф', 'провинция Кундуз'])),
      leg('departure', 'AF', 'Хайратон'),
      leg('transit', 'UZ'),
      destination(rng, [
        ['UZ', 'Ташкент', 35],
        ['KZ', 'Шымкент', 15],
        ['RU', 'Москва', 35],
        ['RU', undefined, 15],
      ]),
    ],
    persons: [1, 3],
    roles: TRAFFICKING_ROLES,
  },
  {
    code: 'fergana_valley',
    weight: 3,
    family: 'uz_heroin',
    months: OPIATE_MONTHS,
    trend: OPIATE_TREND,
    // prettier-ignore
    sites: [
      ['oybek', 30], ['andijan', 25], ['tashkent', 25], ['fotehobod', 20],
    ],
    drugs: (rng) => opiates(rng, KG(2, 1, 80), { heroin: 60, opium: 10, hashish: 30 }),
    route: (rng) => [
      afghanOrigin(rng),
      leg('transit', 'TJ'),
      destination(rng, [
        ['UZ', undefined, 50],
        ['KZ', undefined, 20],
        ['RU', undefined, 30],
      ]),
    ],
    persons: [1, 2],
    roles: TRAFFICKING_ROLES,
  },
];
