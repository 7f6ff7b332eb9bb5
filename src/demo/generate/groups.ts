/**
 * Trafficking groups (FtM Organization) with their members (Membership links), relatives and
 * associates (Family, Associate links) and vehicles, one group of each kind per cohort of seizures.
 * The kinds follow the source documents: Afghan heroin through Tajikistan and Kyrgyzstan to
 * Kazakhstan and Russia, through the Amudarya and Uzbekistan, Chui-valley cannabis (001:37, 001:431),
 * acetic anhydride into Afghanistan (000:94), synthetic-drug shops selling through dead drops
 * (002:35), raw opium into Turkmenistan (001:1041).
 */
import type { AgencyDirectory, AgencyRef } from './agencies.js';
import type { Nation } from './documents.js';
import { recordDraft, type RecordDraft } from './drafts.js';
import {
  FAMILIES,
  ROLE_RU,
  type FamilyProfile,
  type Group,
  type GroupFamily,
  type GroupMember,
  type MemberRole,
} from './group-families.js';
import { buildPerson, type PersonDraft } from './person.js';
import type { Random } from './random.js';
import { buildSharing } from './sharing.js';
import { buildVehicle } from './vehicles.js';

export {
  GROUP_FAMILIES,
  genitive,
  type Group,
  type GroupFamily,
  type GroupMember,
  type MemberRole,
} from './group-families.js';
function memberNation(
  rng: Random,
  role: MemberRole,
  family: GroupFamily,
  home: Nation,
  profile: FamilyProfile,
): Nation {
  if (role === 'organiser') return home;
  if (role === 'supplier' && family !== 'synthetic' && family !== 'cannabis') return 'AF';
  if (role === 'recipient') {
    return family === 'precursor'
      ? 'AF'
      : rng.weighted([
          ['RU', 50],
          ['KZ', 50],
        ] as const);
  }
  return rng.weighted(profile.nations);
}

/** One group of `family`, with ids derived from `key` (stable for a seed and cohort). */
export function buildGroup(
  rng: Random,
  directory: AgencyDirectory,
  family: GroupFamily,
  key: string,
): Group | null {
  const profile = FAMILIES[family];
  const homeCountry = rng.weighted(profile.home);
  const activeFrom = family === 'synthetic' ? rng.int(2017, 2025) : rng.int(2014, 2024);
  const activeTo = Math.min(2026, activeFrom + rng.int(1, 5));
  const owner: AgencyRef | null = directory.pick(rng, homeCountry, activeTo, [
    ['drug_control', 45],
    ['security_service', 30],
    ['police', 25],
  ]);
  if (!owner) return null;
  const sharing = buildSharing(
    rng,
    directory,
    owner,
    profile.countries.map((c) => c.toUpperCase()),
  );
  const home = homeCountry as Nation;
  const members: GroupMember[] = [];
  const links: RecordDraft[] = [];
  const make = (person: PersonDraft, role: MemberRole) => {
    const record = recordDraft(`${key}:m${members.length}`, 'Person', person.properties, owner, sharing);
    members.push({ record, role, person });
  };
  for (const [role, min, max] of profile.roles) {
    for (let n = rng.int(min, max); n > 0; n--) {
      const nation = memberNation(rng, role, family, home, profile);
      make(
        buildPerson(rng, {
          nation,
          female: role === 'seller' && rng.chance(0.3),
          bornFrom: role === 'organiser' ? 1962 : 1975,
        }),
        role,
      );
    }
  }
  const leader = members[0]!;
  // Families run channels: a brother or cousin of the organiser as courier or driver.
  if (rng.chance(0.55) && leader.person.nation !== 'AF') {
    const brother = buildPerson(rng, {
      nation: leader.person.nation,
      surname: leader.person.surname,
      father: leader.person.father,
    });
    make(brother, rng.pick(['courier', 'driver'] as const));
    links.push(
      recordDraft(
        `${key}:l${links.length}`,
        'Family',
        { person: [leader.record.id], relative: [members.at(-1)!.record.id], relationship: ['брат'] },
        owner,
        sharing,
      ),
    );
  }
  const name = profile.name({ ru: leader.person.surnameRu, en: leader.person.surnameLatin }, rng);
  const group = recordDraft(
    key,
    'Organization',
    {
      name: [name.ru],
      alias: [name.en],
      country: [...profile.countries],
      description: [rng.chance(0.7) ? profile.description.ru : profile.description.en],
      classification: ['преступная группа (незаконный оборот наркотиков)'],
      phone: leader.person.phones.slice(0, 1),
    },
    owner,
    sharing,
  );
  members.forEach((m, j) =>
    links.push(
      recordDraft(
        `${key}:ms${j}`,
        'Membership',
        {
          member: [m.record.id],
          organization: [group.id],
          role: [ROLE_RU[m.role]],
          startDate: [String(activeFrom)],
        },
        owner,
        sharing,
      ),
    ),
  );
  for (const m of members.slice(1)) {
    if (!rng.chance(0.35)) continue;
    const relationship = rng.pick([
      'деловые связи',
      'земляки',
      'отбывали наказание вместе',
      'знакомые по работе в России',
      'business associates',
    ]);
    links.push(
      recordDraft(
        `${key}:l${links.length}`,
        'Associate',
        { person: [leader.record.id], associate: [m.record.id], relationship: [relationship] },
        owner,
        sharing,
      ),
    );
  }
  // Phone analysis links the group (001:827, link schemes from phone-analysis inquiries): calls between
  // the organiser and the others, between the numbers they use.
  const leaderPhone = leader.person.phones[0];
  let calls = 0;
  for (const m of members.slice(1)) {
    const phone = m.person.phones[0];
    if (!leaderPhone || !phone || !rng.chance(0.45)) continue;
    for (let n = rng.int(1, 3); n > 0; n--) {
      const outgoing = rng.chance(0.5);
      const day = `${rng.int(activeFrom, activeTo)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
      links.push(
        recordDraft(
          `${key}:c${calls++}`,
          'Call',
          {
            caller: [outgoing ? leader.record.id : m.record.id],
            receiver: [outgoing ? m.record.id : leader.record.id],
            callerNumber: [outgoing ? leaderPhone : phone],
            receiverNumber: [outgoing ? phone : leaderPhone],
            date: [day],
            duration: [String(rng.int(15, 900))],
          },
          owner,
          sharing,
        ),
      );
    }
  }
  const drivers = members.filter((m) => m.role === 'driver' || m.role === 'organiser');
  const vehicles = profile.vehicles.slice(0, rng.int(1, profile.vehicles.length)).map((kind, j) => {
    const ownerPerson = rng.pick(drivers);
    const country = ['KZ', 'KG', 'TJ', 'UZ', 'TM', 'RU'].includes(ownerPerson.person.citizenship)
      ? ownerPerson.person.citizenship
      : homeCountry;
    return recordDraft(
      `${key}:v${j}`,
      'Vehicle',
      buildVehicle(rng, country, kind, ownerPerson.record.id),
      owner,
      sharing,
    );
  });
  return { family, record: group, members, vehicles, links, activeFrom, activeTo };
}
