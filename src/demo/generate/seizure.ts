/**
 * One generated seizure report: scenario → (group) → year and date → place and seizing agency →
 * transport, concealment, drug lines, route → persons and vehicle as parties → sharing → narrative.
 * Persons and vehicles not taken from a group are new records owned with the seizure's sharing,
 * as a quick add on the entry form would make them.
 */
import type { PersonRoleCode, TransportCode } from '../../modules/records/vocabularies/index.js';
import type { ResolvedParty, SeizureInput } from '../../modules/records/seizures/seizures.repository.js';
import type { AgencyDirectory, AgencyRef } from './agencies.js';
import { recordDraft, type RecordDraft } from './drafts.js';
import type { Group, GroupFamily } from './groups.js';
import { DEMO_SOURCE, demoUuid } from './ids.js';
import { narrative } from './narrative.js';
import { buildPerson } from './person.js';
import { place, type Place } from './places.js';
import type { Random } from './random.js';
import { CONCEALMENT_BY_TRANSPORT, LOCAL_NATIONS, TRANSPORT_BY_PLACE, type Scenario } from './scenario.js';
import { OPIATE_SCENARIOS } from './scenarios-opiates.js';
import { OTHER_SCENARIOS } from './scenarios-other.js';
import { TRANSIT_SCENARIOS } from './scenarios-transit.js';
import { pickDate, pickYear } from './seasons.js';
import { buildSharing } from './sharing.js';
import { buildVehicle } from './vehicles.js';

/** Every kind of seizure the generator makes. */
export const SCENARIOS: readonly Scenario[] = [...OPIATE_SCENARIOS, ...TRANSIT_SCENARIOS, ...OTHER_SCENARIOS];

/** A seizure ready to prepare and insert, with the new records its parties point at. */
export interface SeizureDraft {
  readonly id: string;
  readonly externalId: string;
  readonly owner: AgencyRef;
  readonly scenario: string;
  readonly body: SeizureInput;
  readonly records: readonly RecordDraft[];
}

/** What a seizure is built from. */
export interface SeizureContext {
  readonly seed: string;
  readonly index: number;
  readonly rng: Random;
  readonly directory: AgencyDirectory;
  readonly groups: ReadonlyMap<GroupFamily, Group>;
}

const ARRESTED: Partial<Record<PersonRoleCode, number>> = {
  organiser: 0.4,
  recipient: 0.6,
  financier: 0.3,
  supplier: 0.2,
  buyer: 0.8,
};

function referenceOf(owner: AgencyRef, date: string, seed: string, index: number): string {
  const tag = seed === '1' ? '' : `S${seed}-`;
  return `${owner.code}/${date.slice(0, 4)}/${tag}${String(index + 1).padStart(5, '0')}`;
}

function siteFor(
  rng: Random,
  scenario: Scenario,
  directory: AgencyDirectory,
  year: number,
): { site: Place; owner: AgencyRef } | null {
  for (let attempt = 0; attempt < 6; attempt++) {
    const site = place(rng.weighted(scenario.sites));
    const owner = directory.seizing(rng, site.country, year, site.kind, scenario.precursor ?? false);
    if (owner) return { site, owner };
  }
  return null;
}

/** Builds seizure number `index` of a run; null when the region has no agency to own it. */
export function buildSeizure(ctx: SeizureContext): SeizureDraft | null {
  const { rng, directory, seed, index } = ctx;
  const scenario = rng.weighted(SCENARIOS.map((s) => [s, s.weight] as const));
  const group = scenario.family && rng.chance(0.6) ? (ctx.groups.get(scenario.family) ?? null) : null;
  const year = group
    ? pickYear(rng, scenario.trend, group.activeFrom, group.activeTo)
    : pickYear(rng, scenario.trend);
  const located = siteFor(rng, scenario, directory, year);
  if (!located) return null;
  const { site, owner } = located;
  const { date } = pickDate(rng, year, scenario.months);
  const transport: TransportCode =
    site.kind === 'railway'
      ? 'rail'
      : site.kind === 'airport'
        ? 'air'
        : rng.weighted(scenario.transport ?? TRANSPORT_BY_PLACE[site.kind]);
  const concealment = [...rng.weighted(scenario.concealment ?? CONCEALMENT_BY_TRANSPORT[transport])];
  const drugs = scenario.drugs(rng, site, year);
  const route = scenario.route(rng, site);
  const routeCountries = [...new Set([site.country, ...route.map((r) => r.country)])];
  const sharing = buildSharing(rng, directory, owner, routeCountries, { statisticsOnlyShare: 0.04 });
  const externalId = `seizure:${seed}:${index}`;
  const records: RecordDraft[] = [];
  const parties: ResolvedParty[] = [];
  const people: { nationality: string; arrested: boolean }[] = [];
  const count = rng.int(scenario.persons[0], scenario.persons[1]);
  const members = group ? rng.sample(group.members, count) : [];
  for (let j = 0; j < count; j++) {
    const member = members[j];
    let role: PersonRoleCode = member ? member.role : rng.weighted(scenario.roles);
    if (role === 'driver' && transport !== 'road') role = 'courier';
    const arrested = rng.chance(ARRESTED[role] ?? 0.9);
    if (member) {
      parties.push({ recordId: member.record.id, role, arrested });
      people.push({ nationality: member.person.citizenship.toLowerCase(), arrested });
      continue;
    }
    const nation = rng.weighted(scenario.nations ?? LOCAL_NATIONS[site.country] ?? LOCAL_NATIONS.KZ!);
    const person = buildPerson(rng, {
      nation,
      female: rng.chance(role === 'courier' || role === 'seller' ? 0.12 : 0.05),
    });
    const record = recordDraft(`${externalId}:p${j}`, 'Person', person.properties, owner, sharing);
    records.push(record);
    parties.push({ recordId: record.id, role, arrested });
    people.push({ nationality: person.citizenship.toLowerCase(), arrested });
  }
  let vehicle: RecordDraft | null = null;
  if (transport === 'road' && scenario.code !== 'street_level' && rng.chance(0.75)) {
    vehicle = group && group.vehicles.length > 0 && rng.chance(0.7) ? rng.pick(group.vehicles) : null;
    if (!vehicle) {
      const kind =
        concealment.includes('cargo') || scenario.precursor ? 'truck' : rng.chance(0.85) ? 'car' : 'minibus';
      const driver = parties.find((p) => p.role === 'driver')?.recordId;
      vehicle = recordDraft(
        `${externalId}:v0`,
        'Vehicle',
        buildVehicle(rng, site.country, kind, driver),
        owner,
        sharing,
      );
      records.push(vehicle);
    }
    parties.push({ recordId: vehicle.id });
  }
  const englishShare = owner.countryCode === 'AF' || owner.countryCode === 'AZ' ? 0.85 : 0.2;
  const body: SeizureInput = {
    reference: referenceOf(owner, date, seed, index),
    occurredOn: date,
    ...(date.length === 10 && rng.chance(0.6)
      ? {
          occurredTime: `${String(rng.int(0, 23)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`,
        }
      : {}),
    country: site.country,
    region: site.region,
    locality: site.locality,
    latitude: Math.round((site.lat + (rng.next() - 0.5) * 0.04) * 10_000) / 10_000,
    longitude: Math.round((site.lon + (rng.next() - 0.5) * 0.04) * 10_000) / 10_000,
    placeKind: site.kind,
    ...(site.crossing ? { borderCrossing: site.crossing } : {}),
    seizingAgencyId: owner.id,
    transportMode: transport,
    concealment,
    narrative: narrative(
      rng,
      {
        place: site,
        transport,
        concealment,
        drugs,
        persons: people,
        vehicle: vehicle?.properties.registrationNumber?.[0] ?? null,
        scenario: scenario.code,
      },
      englishShare,
    ),
    ...(scenario.operation && rng.chance(0.15)
      ? { operationReference: `${scenario.operation}-${year}` }
      : {}),
    drugs,
    route,
    parties,
    sharing,
    source: DEMO_SOURCE,
    externalId,
  };
  return { id: demoUuid(externalId), externalId, owner, scenario: scenario.code, body, records };
}
