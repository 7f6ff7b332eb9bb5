/**
 * The kinds of trafficking group and what each looks like: where it is based, whom it recruits,
 * its roles, vehicles, name and description (seed-capabilities.md §4; 001:431 on the links between
 * the Bishkek/Chui groups and those of southern Kyrgyzstan and Tajikistan).
 */
import type { Nation } from './documents.js';
import type { RecordDraft } from './drafts.js';
import type { PersonDraft } from './person.js';
import type { Random, Weighted } from './random.js';
import type { VehicleKind } from './vehicles.js';

/** The kinds of trafficking group. */
export const GROUP_FAMILIES = [
  'tj_heroin',
  'uz_heroin',
  'cannabis',
  'precursor',
  'synthetic',
  'tm_opium',
] as const;
export type GroupFamily = (typeof GROUP_FAMILIES)[number];

/** A member's part in the group (a person-role code of the seizure vocabulary). */
export type MemberRole =
  'organiser' | 'courier' | 'driver' | 'financier' | 'recipient' | 'supplier' | 'seller' | 'manufacturer';

export interface GroupMember {
  readonly record: RecordDraft;
  readonly role: MemberRole;
  readonly person: PersonDraft;
}

/** A group with everything generated around it. */
export interface Group {
  readonly family: GroupFamily;
  readonly record: RecordDraft;
  readonly members: readonly GroupMember[];
  readonly vehicles: readonly RecordDraft[];
  readonly links: readonly RecordDraft[];
  readonly activeFrom: number;
  readonly activeTo: number;
}

export interface FamilyProfile {
  readonly home: Weighted<string>;
  readonly nations: Weighted<Nation>;
  readonly countries: readonly string[];
  readonly roles: readonly (readonly [MemberRole, number, number])[];
  readonly vehicles: readonly VehicleKind[];
  readonly name: (leader: { ru: string; en: string }, rng: Random) => { ru: string; en: string };
  readonly description: { readonly ru: string; readonly en: string };
}

const SHOPS = [
  'Белый кролик',
  'Химик',
  'Снежная королева',
  'Северный ветер',
  'Кристалл',
  'Panda Shop',
  'Zakladka24',
  'Alhimik KZ',
];

export const FAMILIES: Record<GroupFamily, FamilyProfile> = {
  tj_heroin: {
    home: [
      ['TJ', 50],
      ['KG', 20],
      ['KZ', 20],
      ['RU', 10],
    ],
    nations: [
      ['TJ', 55],
      ['KG', 15],
      ['KZ', 10],
      ['RU', 10],
      ['AF', 10],
    ],
    countries: ['af', 'tj', 'kg', 'kz', 'ru'],
    roles: [
      ['organiser', 1, 1],
      ['financier', 0, 1],
      ['supplier', 0, 1],
      ['courier', 2, 4],
      ['driver', 1, 2],
      ['recipient', 1, 1],
    ],
    vehicles: ['truck', 'car', 'car'],
    name: (leader) => ({ ru: `ОПГ ${genitive(leader.ru)}`, en: `${leader.en} network` }),
    description: {
      ru: 'Транснациональная группа: афганский героин через таджикско-афганскую границу, Кыргызстан и Казахстан в Россию.',
      en: 'Transnational group moving Afghan heroin across the Tajik–Afghan border and through Kyrgyzstan and Kazakhstan to Russia.',
    },
  },
  uz_heroin: {
    home: [
      ['UZ', 65],
      ['KZ', 35],
    ],
    nations: [
      ['UZ', 60],
      ['AF', 15],
      ['KZ', 15],
      ['TJ', 10],
    ],
    countries: ['af', 'uz', 'kz', 'ru'],
    roles: [
      ['organiser', 1, 1],
      ['supplier', 1, 1],
      ['courier', 2, 3],
      ['driver', 1, 2],
      ['recipient', 0, 1],
    ],
    vehicles: ['car', 'car', 'truck'],
    name: (leader) => ({ ru: `Преступная группа ${genitive(leader.ru)}`, en: `${leader.en} group` }),
    description: {
      ru: 'Героин и гашиш из Афганистана через Амударью (Сурхандарья, Кашкадарья) и Казахстан в Россию.',
      en: 'Heroin and hashish from Afghanistan across the Amudarya (Surkhandarya, Kashkadarya) and through Kazakhstan to Russia.',
    },
  },
  cannabis: {
    home: [
      ['KZ', 70],
      ['KG', 30],
    ],
    nations: [
      ['KZ', 55],
      ['KG', 35],
      ['RU', 10],
    ],
    countries: ['kz', 'kg', 'ru'],
    roles: [
      ['organiser', 1, 1],
      ['courier', 2, 4],
      ['driver', 1, 2],
      ['seller', 1, 2],
    ],
    vehicles: ['car', 'car'],
    name: (leader) => ({
      ru: `Чуйская группа ${genitive(leader.ru)}`,
      en: `Chui valley group (${leader.en})`,
    }),
    description: {
      ru: 'Сбор дикорастущей конопли в Чуйской долине, изготовление марихуаны и гашиша, сбыт в Алматы, Астане и России.',
      en: 'Harvests wild cannabis in the Chui valley; marijuana and hashish sold in Almaty, Astana and Russia.',
    },
  },
  precursor: {
    home: [
      ['TJ', 35],
      ['UZ', 35],
      ['KZ', 30],
    ],
    nations: [
      ['TJ', 25],
      ['UZ', 25],
      ['KZ', 20],
      ['AF', 20],
      ['KG', 10],
    ],
    countries: ['cn', 'ae', 'kz', 'uz', 'tj', 'af'],
    roles: [
      ['organiser', 1, 1],
      ['financier', 1, 1],
      ['driver', 1, 3],
      ['recipient', 1, 1],
      ['supplier', 0, 1],
    ],
    vehicles: ['truck', 'truck'],
    name: (leader) => ({
      ru: `Канал уксусного ангидрида (${leader.ru})`,
      en: `${leader.en} acetic anhydride network`,
    }),
    description: {
      ru: 'Поставки уксусного ангидрида в Афганистан под видом растворителей и уксусной эссенции; закупка в Китае и ОАЭ.',
      en: 'Smuggles acetic anhydride into Afghanistan declared as solvents or vinegar essence; bought in China and the UAE.',
    },
  },
  synthetic: {
    home: [
      ['KZ', 55],
      ['RU', 25],
      ['KG', 20],
    ],
    nations: [
      ['KZ', 50],
      ['RU', 30],
      ['KG', 20],
    ],
    countries: ['kz', 'ru', 'kg'],
    roles: [
      ['organiser', 1, 1],
      ['seller', 1, 2],
      ['courier', 3, 6],
      ['manufacturer', 0, 1],
    ],
    vehicles: ['car'],
    name: (_leader, rng) => {
      const shop = rng.pick(SHOPS);
      return { ru: `Интернет-магазин «${shop}»`, en: `"${shop}" online drug shop` };
    },
    description: {
      ru: 'Интернет-магазин синтетических наркотиков: бесконтактный сбыт через закладки, оплата криптовалютой.',
      en: 'Online shop for synthetic drugs: contactless sales through dead drops, paid in cryptocurrency.',
    },
  },
  tm_opium: {
    home: [['TM', 100]],
    nations: [
      ['TM', 70],
      ['AF', 30],
    ],
    countries: ['af', 'tm', 'ir'],
    roles: [
      ['organiser', 1, 1],
      ['supplier', 1, 1],
      ['courier', 2, 4],
      ['driver', 0, 1],
    ],
    vehicles: ['car'],
    name: (leader) => ({ ru: `Группа ${genitive(leader.ru)}`, en: `${leader.en} group` }),
    description: {
      ru: 'Контрабанда опия-сырца и героина из Афганистана в Туркменистан пешими курьерами и на вьючных животных.',
      en: 'Smuggles raw opium and heroin from Afghanistan into Turkmenistan with foot carriers and pack animals.',
    },
  },
};

export const ROLE_RU: Record<MemberRole, string> = {
  organiser: 'организатор',
  courier: 'курьер',
  driver: 'водитель',
  financier: 'финансист',
  recipient: 'получатель',
  supplier: 'поставщик',
  seller: 'сбытчик',
  manufacturer: 'изготовитель',
};

/** The Russian genitive of a surname as a group is named after its leader ("ОПГ Мирзоева"). */
export function genitive(surname: string): string {
  if (/(ов|ев|ёв|ин)$/.test(surname)) return `${surname}а`;
  if (/ий$/.test(surname)) return `${surname.slice(0, -2)}ого`;
  return surname;
}
