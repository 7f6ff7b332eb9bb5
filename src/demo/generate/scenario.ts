/**
 * What a kind of seizure looks like: where it happens, when (months, years), what is seized and
 * how much, how it travelled and was hidden, its route, and who is caught. The scenario tables are in
 * scenarios-opiates.ts and scenarios-other.ts; the frequencies of transport and concealment follow
 * the source documents (001:744, 001:1043, 001:1231, 001:1239).
 */
import type { DrugLine, RouteLeg } from '../../modules/records/seizures/seizures.schema.js';
import type {
  ConcealmentCode,
  PersonRoleCode,
  PlaceKindCode,
  TransportCode,
} from '../../modules/records/vocabularies/index.js';
import type { Nation } from './documents.js';
import type { GroupFamily } from './groups.js';
import type { Place } from './places.js';
import type { Random, Weighted } from './random.js';
import type { MonthProfile, YearTrend } from './seasons.js';

/** A kind of seizure. */
export interface Scenario {
  readonly code: string;
  /** Relative frequency among all seizures. */
  readonly weight: number;
  /** The kind of group behind it, when a group is behind it. */
  readonly family: GroupFamily | null;
  readonly months: MonthProfile;
  readonly trend: YearTrend;
  /** Place keys (places.ts) by frequency. */
  readonly sites: Weighted<string>;
  readonly transport?: Weighted<TransportCode>;
  readonly concealment?: Weighted<readonly ConcealmentCode[]>;
  readonly drugs: (rng: Random, site: Place, year: number) => DrugLine[];
  readonly route: (rng: Random, site: Place) => RouteLeg[];
  /** How many persons are caught or named. */
  readonly persons: readonly [number, number];
  /** Nations of persons who belong to no group, when the default for the country does not fit. */
  readonly nations?: Weighted<Nation>;
  readonly roles: Weighted<PersonRoleCode>;
  /** Precursor cases go to precursor authorities where there are any. */
  readonly precursor?: boolean;
  /** The prefix of the joint operation some of these seizures belong to. */
  readonly operation?: string;
}

/** Transport by kind of place, where the scenario does not say. */
export const TRANSPORT_BY_PLACE: Record<PlaceKindCode, Weighted<TransportCode>> = {
  border_crossing: [
    ['road', 80],
    ['rail', 10],
    ['on_foot', 10],
  ],
  green_border: [
    ['on_foot', 55],
    ['improvised_watercraft', 25],
    ['animal', 20],
  ],
  airport: [['air', 100]],
  railway: [['rail', 100]],
  road: [['road', 100]],
  inland: [
    ['road', 60],
    ['on_foot', 40],
  ],
  post: [['post', 100]],
  sea_river_port: [
    ['sea_river', 80],
    ['road', 20],
  ],
};

/** Concealment by transport, where the scenario does not say. */
export const CONCEALMENT_BY_TRANSPORT: Record<TransportCode, Weighted<readonly ConcealmentCode[]>> = {
  road: [
    [['vehicle_secret_compartment'], 35],
    [['vehicle_no_compartment'], 15],
    [['cargo'], 12],
    [['foodstuff'], 10],
    [['vehicle_secret_compartment', 'foodstuff'], 5],
    [['personal_items_clothes'], 8],
    [['hand_baggage'], 5],
    [['on_body_pockets'], 5],
    [['household_articles'], 5],
  ],
  rail: [
    [['hand_baggage'], 30],
    [['personal_items_clothes'], 20],
    [['foodstuff'], 15],
    [['cargo'], 10],
    [['on_body_pockets'], 10],
    [['household_articles'], 10],
    [['body_cavity_swallowed'], 5],
  ],
  air: [
    [['body_cavity_swallowed'], 30],
    [['checked_baggage'], 30],
    [['hand_baggage'], 15],
    [['personal_items_clothes'], 15],
    [['foodstuff'], 10],
  ],
  sea_river: [
    [['container'], 50],
    [['cargo'], 40],
    [['vehicle_secret_compartment'], 10],
  ],
  post: [
    [['post_parcels'], 80],
    [['post_parcels', 'household_articles'], 20],
  ],
  on_foot: [
    [['pedestrian_carrier'], 60],
    [['personal_items_clothes'], 15],
    [['on_body_pockets'], 15],
    [['premises_or_ground'], 10],
  ],
  animal: [
    [['animal_transport'], 85],
    [['animal_transport', 'animal_body'], 15],
  ],
  improvised_watercraft: [
    [['pedestrian_carrier'], 70],
    [['other'], 30],
  ],
  other: [[['other'], 100]],
};

/** Nations of persons caught in a country who belong to no group (001:53, 001:435, 001:1237). */
export const LOCAL_NATIONS: Record<string, Weighted<Nation>> = {
  KZ: [
    ['KZ', 55],
    ['UZ', 12],
    ['KG', 12],
    ['TJ', 8],
    ['RU', 13],
  ],
  KG: [
    ['KG', 75],
    ['TJ', 12],
    ['UZ', 8],
    ['KZ', 5],
  ],
  TJ: [
    ['TJ', 85],
    ['AF', 15],
  ],
  UZ: [
    ['UZ', 72],
    ['TJ', 12],
    ['AF', 10],
    ['KZ', 6],
  ],
  TM: [
    ['TM', 85],
    ['AF', 15],
  ],
  RU: [
    ['RU', 30],
    ['TJ', 35],
    ['UZ', 15],
    ['KG', 12],
    ['KZ', 8],
  ],
  AZ: [
    ['RU', 40],
    ['TJ', 30],
    ['AF', 30],
  ],
  AF: [
    ['AF', 90],
    ['TJ', 10],
  ],
};

/** A route leg. */
export function leg(role: RouteLeg['role'], country: string, place?: string): RouteLeg {
  return place ? { role, country, place } : { role, country };
}

/** Trafficking roles of persons caught without a group behind them. */
export const TRAFFICKING_ROLES: Weighted<PersonRoleCode> = [
  ['courier', 60],
  ['driver', 20],
  ['recipient', 10],
  ['organiser', 5],
  ['passenger', 5],
];
