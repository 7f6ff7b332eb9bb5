/**
 * Generators of the model-based visibility test: a run is a world (country standings, agencies and
 * their users) and a sequence of commands. Commands pick agencies, users and objects by number,
 * resolved modulo what exists when they run, so that every shrunk sequence stays meaningful.
 */
import fc from 'fast-check';
import {
  DISTRIBUTIONS,
  HANDLING_CODES,
  type MembershipStatus,
  type Role,
} from '../../../src/platform/db/schema.js';
import { AGENCY_COUNTRIES, type AgencyHome, type LineSpec, type SharingSpec } from './world.js';
import type { ModelPurpose } from './sharing-model.js';

/** Drugs of the test (all convert from mass units by the `mass_unit` rule). */
export const TEST_DRUGS = ['heroin', 'opium', 'cannabis_resin', 'cocaine_salts'] as const;

/** Roles a test user may hold: every role that can sign in to the records screens. */
const TEST_ROLES: Role[] = [
  'officer',
  'analyst',
  'liaison_officer',
  'operations_coordinator',
  'national_coordinator',
  'agency_admin',
  'platform_admin',
  'viewer',
];

export type Command =
  | { kind: 'createRecord'; by: number; sharing: SharingSpec }
  | {
      kind: 'createSeizure';
      by: number;
      sharing: SharingSpec;
      lines: LineSpec[];
      precision: 'day' | 'month' | 'year';
      party: number | null;
    }
  | { kind: 'patchRecord'; by: number; fit: boolean; which: number; sharing: SharingSpec }
  | { kind: 'putSeizure'; by: number; fit: boolean; which: number; sharing: SharingSpec; lines: LineSpec[] }
  | {
      kind: 'request';
      table: 'records' | 'seizures';
      requestKind: 'reshare' | 'export';
      by: number;
      fit: boolean;
      which: number;
      target: number;
      decision: 'approve' | 'refuse' | 'none';
    }
  | { kind: 'countryStatus'; country: number; status: MembershipStatus | null };

/** One agency of a run: where it sits and the roles of each of its users. */
export interface AgencySpec {
  home: AgencyHome;
  users: Role[][];
}

/** One run: the standing of each test country, the run's agencies, its commands, an export purpose. */
export interface RunSpec {
  statuses: (MembershipStatus | null)[];
  agencies: AgencySpec[];
  commands: Command[];
  purpose: ModelPurpose;
}

const statusArb = fc.constantFrom<MembershipStatus | null>('member', 'member', 'observer', 'applicant', null);

const homeArb: fc.Arbitrary<AgencyHome> = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0, max: AGENCY_COUNTRIES.length - 1 }) },
  { weight: 1, arbitrary: fc.constant('observer_org' as const) },
  { weight: 1, arbitrary: fc.constant('plain_org' as const) },
  { weight: 1, arbitrary: fc.constant('regional_centre' as const) },
);

const rolesArb = fc.subarray(TEST_ROLES, { minLength: 1, maxLength: 2 });

export const sharingArb: fc.Arbitrary<SharingSpec> = fc.record({
  distribution: fc.constantFrom(...DISTRIBUTIONS),
  named: fc.uniqueArray(fc.nat({ max: 9 }), { minLength: 1, maxLength: 3 }),
  handlingCode: fc.constantFrom(...HANDLING_CODES),
  evaluation: fc.option(
    fc.record({
      source: fc.constantFrom('A' as const, 'B' as const, 'C' as const, 'X' as const),
      information: fc.integer({ min: 1, max: 4 }),
    }),
    { nil: undefined },
  ),
  statisticsOnly: fc.boolean(),
});

/** A decimal quantity with up to three decimals (exact sums must keep every one). */
const quantityArb = fc
  .tuple(fc.integer({ min: 1, max: 99_999 }), fc.option(fc.integer({ min: 0, max: 999 }), { nil: undefined }))
  .map(([whole, frac]) => (frac === undefined ? String(whole) : `${whole}.${String(frac).padStart(3, '0')}`));

const lineArb: fc.Arbitrary<LineSpec> = fc.record({
  drug: fc.constantFrom(...TEST_DRUGS),
  quantity: fc.option(quantityArb, { nil: undefined, freq: 6 }),
  unit: fc.constantFrom('kg' as const, 'kg' as const, 'g' as const, 'mg' as const, 'tablets' as const),
});
const linesArb = fc.array(lineArb, { minLength: 1, maxLength: 3 });

const pick = fc.nat({ max: 99 });

export const commandArb: fc.Arbitrary<Command> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant('createRecord' as const), by: pick, sharing: sharingArb }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('createSeizure' as const),
      by: pick,
      sharing: sharingArb,
      lines: linesArb,
      precision: fc.constantFrom('day' as const, 'month' as const, 'year' as const),
      party: fc.option(pick, { nil: null }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('patchRecord' as const),
      by: pick,
      fit: fc.boolean(),
      which: pick,
      sharing: sharingArb,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('putSeizure' as const),
      by: pick,
      fit: fc.boolean(),
      which: pick,
      sharing: sharingArb,
      lines: linesArb,
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('request' as const),
      table: fc.constantFrom('records' as const, 'seizures' as const),
      requestKind: fc.constantFrom('reshare' as const, 'export' as const),
      by: pick,
      fit: fc.boolean(),
      which: pick,
      target: pick,
      decision: fc.constantFrom('approve' as const, 'approve' as const, 'refuse' as const, 'none' as const),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('countryStatus' as const),
      country: fc.nat({ max: AGENCY_COUNTRIES.length - 1 }),
      status: statusArb,
    }),
  },
);

/**
 * Without bias: fast-check's default bias towards "small" values would pick the first distribution,
 * handling code and standing of each list far more often than the others, and every run needs the
 * whole rule (an observer beside an all-members record, say) to be likely.
 */
export const runArb: fc.Arbitrary<RunSpec> = fc.noBias(
  fc.record({
    statuses: fc.array(statusArb, { minLength: AGENCY_COUNTRIES.length, maxLength: AGENCY_COUNTRIES.length }),
    agencies: fc.array(
      fc.record({ home: homeArb, users: fc.array(rolesArb, { minLength: 1, maxLength: 2 }) }),
      { minLength: 2, maxLength: 5 },
    ),
    commands: fc.array(commandArb, { minLength: 2, maxLength: 10 }),
    purpose: fc.constantFrom('operational' as const, 'judicial' as const),
  }),
);
