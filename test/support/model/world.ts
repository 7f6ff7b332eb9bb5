/**
 * The world of the model-based visibility test: agencies in countries of varying standing, users
 * with real sessions, and the model of every record and seizure created through the API. Agencies,
 * users, sessions and country statuses are written straight to the database (they have no API in
 * this module); everything operational goes through HTTP.
 */
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { createSession } from '../../../src/platform/auth/sessions.js';
import type { Database, HandlingCode, MembershipStatus, Role } from '../../../src/platform/db/schema.js';
import { ApiClient } from '../client.js';
import { modelMembership, type ModelAgency, type ModelExportable } from './sharing-model.js';

/** Countries the test's agencies sit in; their standing changes from run to run (and within one). */
export const AGENCY_COUNTRIES = ['KZ', 'KG', 'TJ', 'AF'] as const;

/** Where an agency sits: a country of the list, an organisation (observer or none), or the centre. */
export type AgencyHome = number | 'observer_org' | 'plain_org' | 'regional_centre';

/** A drug line as the test enters it (mass units convert, tablets stay unconverted). */
export interface LineSpec {
  drug: string;
  quantity: string | undefined;
  unit: 'kg' | 'g' | 'mg' | 'tablets';
}

/** The sharing block as the test enters it; `named` are indexes into the run's agencies. */
export interface SharingSpec {
  distribution: ModelExportable['distribution'];
  named: number[];
  handlingCode: HandlingCode;
  evaluation: { source: 'A' | 'B' | 'C' | 'X'; information: number } | undefined;
  statisticsOnly: boolean;
}

/** The model of one record or seizure: its sharing facts (agencies as global indexes) and more. */
export interface ModelObject extends ModelExportable {
  table: 'records' | 'seizures';
  id: string;
  /** The caption (records) or reference (seizures), unique and searchable. */
  label: string;
  handlingRestriction: string | null;
  evaluation: SharingSpec['evaluation'];
  statisticsOnly: boolean;
  version: number;
  /** Seizures: the statistics cell, the drug lines and the party records. */
  country?: string;
  year?: number;
  occurredOn?: string;
  lines?: LineSpec[];
  parties?: ModelObject[];
  /** Grants of onward sharing (reshare requests approved for the requester). */
  reshareGrants: number[];
  /** Pending requests, `kind:requester:target`, to predict duplicate refusals. */
  pending: Set<string>;
}

/** A signed-in user of the run and the global index of his agency. */
export interface RunUser {
  agency: number;
  roles: Role[];
  client: ApiClient;
  canWrite: boolean;
  canDecide: boolean;
}

/** Everything created in the file so far, across runs, as the model knows it. */
export interface World {
  agencies: ModelAgency[];
  homes: AgencyHome[];
  countryStatus: Map<string, MembershipStatus | null>;
  objects: ModelObject[];
  organisations: { observer: string; plain: string; centre: string };
}

/** Roles that may write records (PRODUCT.md: every operational role; viewers and platform admins read). */
const WRITERS: readonly Role[] = [
  'officer',
  'analyst',
  'liaison_officer',
  'operations_coordinator',
  'national_coordinator',
  'agency_admin',
];
/** Roles that decide on onward sharing and export of their agency's records. */
const DECIDERS: readonly Role[] = ['national_coordinator', 'agency_admin'];

const hex = (n: number) => randomBytes(n).toString('hex');

/** The organisations agencies may belong to, and every test country with no standing yet. */
export async function createWorld(db: Kysely<Database>): Promise<World> {
  const org = async (status: MembershipStatus | null, kind: 'intergovernmental' | 'regional') =>
    (
      await db
        .insertInto('organisations')
        .values({ code: `VP${hex(3)}`, name: 'Org', name_ru: 'Орг', kind, status, status_since: null })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const world: World = {
    agencies: [],
    homes: [],
    countryStatus: new Map(AGENCY_COUNTRIES.map((c) => [c, null])),
    objects: [],
    organisations: {
      observer: await org('observer', 'intergovernmental'),
      plain: await org(null, 'intergovernmental'),
      centre: await org(null, 'regional'),
    },
  };
  for (const c of AGENCY_COUNTRIES) await setCountryStatus(db, world, c, null);
  return world;
}

function membershipOfHome(world: World, home: AgencyHome): MembershipStatus | null {
  if (typeof home === 'number') {
    return modelMembership(false, world.countryStatus.get(AGENCY_COUNTRIES[home]!) ?? null, null);
  }
  if (home === 'observer_org') return modelMembership(false, null, 'observer');
  return modelMembership(home === 'regional_centre', null, null);
}

/** Sets a country's standing in the database and in the model (every agency of it changes). */
export async function setCountryStatus(
  db: Kysely<Database>,
  world: World,
  country: string,
  status: MembershipStatus | null,
): Promise<void> {
  await db
    .updateTable('countries')
    .set({ status, status_since: status ? '2010-01-01' : null })
    .where('code', '=', country)
    .execute();
  world.countryStatus.set(country, status);
  world.agencies.forEach((a, i) => (a.membership = membershipOfHome(world, world.homes[i]!)));
}

/** Inserts an agency at `home`; returns its global index. */
export async function createAgency(db: Kysely<Database>, world: World, home: AgencyHome): Promise<number> {
  const country = typeof home === 'number' ? AGENCY_COUNTRIES[home]! : null;
  const organisation =
    home === 'observer_org'
      ? world.organisations.observer
      : home === 'plain_org'
        ? world.organisations.plain
        : home === 'regional_centre'
          ? world.organisations.centre
          : null;
  const { id } = await db
    .insertInto('agencies')
    .values({
      code: `VP-${hex(4).toUpperCase()}`,
      name: 'Property agency',
      name_ru: 'Ведомство',
      kind: home === 'regional_centre' ? 'regional_centre' : 'police',
      country_code: country,
      organisation_id: organisation,
      updated_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  world.agencies.push({ id, country, membership: membershipOfHome(world, home) });
  world.homes.push(home);
  return world.agencies.length - 1;
}

/**
 * Inserts a user of the agency and opens a real session for him (the sign-in route would only add an
 * 80 ms password hash per user): the client carries its cookie and CSRF token like the web app.
 */
export async function createUser(
  db: Kysely<Database>,
  baseUrl: string,
  world: World,
  agency: number,
  roles: Role[],
): Promise<RunUser> {
  const agencyId = world.agencies[agency]!.id;
  const username = `vp${hex(5)}`;
  const { id } = await db
    .insertInto('users')
    .values({
      agency_id: agencyId,
      username,
      display_name: username,
      password_hash: 'not-used',
      roles,
      password_changed_at: new Date(),
      updated_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const session = await db
    .transaction()
    .execute((tx) =>
      createSession(
        tx,
        { userId: id, agencyId, stage: 'full', ip: null, userAgent: 'property-test' },
        { idleMinutes: 30, absoluteHours: 12 },
      ),
    );
  const client = new ApiClient(baseUrl);
  client.cookie = `nr_session=${session.cookieValue}`;
  client.csrfToken = session.csrfToken;
  return {
    agency,
    roles,
    client,
    canWrite: roles.some((r) => WRITERS.includes(r)),
    canDecide: roles.some((r) => DECIDERS.includes(r)),
  };
}
