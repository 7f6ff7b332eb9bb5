/**
 * The sharing block of generated data, with the mix an exchange of the region would show: most
 * reports shared with all member agencies, some kept to the owner's country or agency or named
 * partners, some H1/H2/H3, a few statistics-only.
 */
import type { Sharing } from '../../modules/records/records.schema.js';
import type { AgencyDirectory, AgencyRef } from './agencies.js';
import type { Random } from './random.js';

const RESTRICTIONS = [
  'Только для аналитических подразделений; не передавать в СМИ',
  'Не использовать до завершения контролируемой поставки',
  'Use only within the joint operation; no onward use without the originator',
  'Сведения о источнике не раскрывать',
];

/** A sharing block for a record owned by `owner`; `partnerCountries` are candidates for named agencies. */
export function buildSharing(
  rng: Random,
  directory: AgencyDirectory,
  owner: AgencyRef,
  partnerCountries: readonly string[],
  options: { statisticsOnlyShare?: number } = {},
): Sharing {
  const statisticsOnly = rng.chance(options.statisticsOnlyShare ?? 0);
  let distribution = rng.weighted([
    ['all_members', 68],
    ['members_and_observers', 6],
    ['own_country', 10],
    ['own_agency', 5],
    ['named_agencies', 11],
  ] as const);
  // Statistics-only sharing matters where the details are kept close.
  if (statisticsOnly) distribution = rng.chance(0.5) ? 'own_agency' : 'own_country';
  let distributionAgencies: string[] = [];
  if (distribution === 'named_agencies') {
    const partners = directory.partners(
      rng,
      partnerCountries.length > 0 ? partnerCountries : ['KZ', 'KG', 'RU'],
      owner.id,
      rng.int(1, 3),
    );
    if (partners.length === 0) distribution = 'all_members';
    else distributionAgencies = partners.map((a) => a.id).sort();
  }
  const handlingCode = rng.weighted([
    ['H0', 58],
    ['H1', 22],
    ['H2', 15],
    ['H3', 5],
  ] as const);
  const evaluation = rng.chance(0.85)
    ? {
        source: rng.weighted([
          ['A', 25],
          ['B', 45],
          ['C', 20],
          ['X', 10],
        ] as const),
        information: rng.weighted([
          [1, 20],
          [2, 45],
          [3, 25],
          [4, 10],
        ] as const),
      }
    : undefined;
  return {
    distribution,
    distributionAgencies,
    handlingCode,
    ...(handlingCode === 'H3' ? { handlingRestriction: rng.pick(RESTRICTIONS) } : {}),
    ...(evaluation ? { evaluation } : {}),
    statisticsOnly,
  };
}
