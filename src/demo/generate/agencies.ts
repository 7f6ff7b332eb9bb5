/**
 * The agencies that own generated data: each seizure is owned by an agency of the seizing country,
 * chosen by the kind of place (customs and border guards at crossings, police and drug-control
 * services inland). Agencies abolished during the period stop reporting (the Russian FSKN and the
 * Kyrgyz State Service on Drug Control were dissolved into the interior ministries in 2016).
 */
import type { PlaceKindCode } from '../../modules/records/vocabularies/index.js';
import type { Random, Weighted } from './random.js';

/** An agency as the generator needs it. */
export interface AgencyRef {
  readonly id: string;
  readonly code: string;
  readonly countryCode: string | null;
  readonly kind: string;
}

/** The last year an agency reported, where it was abolished during the demo period. */
const LAST_YEAR: Readonly<Record<string, number>> = { 'RU-FSKN': 2015, 'KG-DCS': 2015 };

const OPERATIONAL = [
  'drug_control',
  'police',
  'customs',
  'border_guard',
  'security_service',
  'precursor_authority',
];

/** Which kinds of agency seize at which kind of place. */
const KINDS_BY_PLACE: Record<PlaceKindCode, Weighted<string>> = {
  border_crossing: [
    ['customs', 50],
    ['border_guard', 35],
    ['drug_control', 15],
  ],
  green_border: [
    ['border_guard', 65],
    ['drug_control', 25],
    ['security_service', 10],
  ],
  airport: [
    ['customs', 45],
    ['drug_control', 35],
    ['police', 20],
  ],
  railway: [
    ['police', 45],
    ['drug_control', 35],
    ['customs', 20],
  ],
  road: [
    ['police', 50],
    ['drug_control', 40],
    ['security_service', 10],
  ],
  inland: [
    ['police', 50],
    ['drug_control', 40],
    ['security_service', 10],
  ],
  post: [
    ['customs', 60],
    ['drug_control', 40],
  ],
  sea_river_port: [
    ['customs', 75],
    ['police', 25],
  ],
};

/** The agencies of the demo region, looked up by country and kind. */
export class AgencyDirectory {
  private readonly byCountry = new Map<string, AgencyRef[]>();
  private readonly codes = new Map<string, AgencyRef>();

  constructor(agencies: readonly AgencyRef[]) {
    for (const agency of [...agencies].sort((a, b) => a.code.localeCompare(b.code))) {
      this.codes.set(agency.code, agency);
      if (!agency.countryCode || !OPERATIONAL.includes(agency.kind)) continue;
      const list = this.byCountry.get(agency.countryCode) ?? [];
      list.push(agency);
      this.byCountry.set(agency.countryCode, list);
    }
  }

  /** Countries that have at least one operational agency. */
  countries(): string[] {
    return [...this.byCountry.keys()];
  }

  /** The agency with this code, if any. */
  byCode(code: string): AgencyRef | undefined {
    return this.codes.get(code);
  }

  /** An agency of `country` that reports in `year`, preferring the given kinds; null if the country has none. */
  pick(rng: Random, country: string, year: number, kinds: Weighted<string>): AgencyRef | null {
    const active = (this.byCountry.get(country) ?? []).filter((a) => (LAST_YEAR[a.code] ?? 9999) >= year);
    if (active.length === 0) return null;
    const present = kinds.filter(([kind]) => active.some((a) => a.kind === kind));
    const kind = present.length > 0 ? rng.weighted(present) : null;
    return rng.pick(kind ? active.filter((a) => a.kind === kind) : active);
  }

  /** The agency that seizes at a kind of place in `country`. */
  seizing(
    rng: Random,
    country: string,
    year: number,
    placeKind: PlaceKindCode,
    precursor: boolean,
  ): AgencyRef | null {
    const kinds: Weighted<string> = precursor
      ? [['precursor_authority', 40], ...KINDS_BY_PLACE[placeKind]]
      : KINDS_BY_PLACE[placeKind];
    return this.pick(rng, country, year, kinds);
  }

  /** Up to `count` operational agencies of the given countries other than `except` (for named distributions). */
  partners(rng: Random, countries: readonly string[], except: string, count: number): AgencyRef[] {
    const candidates = countries
      .flatMap((c) => this.byCountry.get(c) ?? [])
      .filter((a) => a.id !== except && (LAST_YEAR[a.code] ?? 9999) >= 2026);
    return rng.sample([...new Map(candidates.map((a) => [a.id, a])).values()], count);
  }
}
