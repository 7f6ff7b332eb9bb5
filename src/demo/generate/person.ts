/**
 * Invented persons of the region: the name in its own script with its other spellings as aliases,
 * a patronymic in the nation's own form, a birth date (sometimes partial), citizenship, a passport
 * and phones in the national formats.
 */
import type { Properties } from '../../modules/records/ftm.js';
import { birthDate, kazakhIin, passportNumber, phoneNumber, type Nation } from './documents.js';
import { AFGHAN_FAMILY, AFGHAN_FEMALE, AFGHAN_MALE, TURKMEN, UZBEK } from './names-latin-arabic.js';
import { KAZAKH, KYRGYZ, RUSSIAN, RUSSIAN_PATRONYMIC_STEMS, TAJIK, type NamePool } from './names-cyrillic.js';
import type { Random } from './random.js';
import { nameVariants, type NameParts } from './spellings.js';
import { turkmenToRussian, uzbekToRussian } from './latin-scripts.js';
import { asciiFold, russify, toLatin } from './transliterate.js';

const POOLS: Record<Exclude<Nation, 'AF'>, NamePool> = {
  KZ: KAZAKH,
  KG: KYRGYZ,
  TJ: TAJIK,
  UZ: UZBEK,
  TM: TURKMEN,
  RU: RUSSIAN,
};

/** Places of birth, written as the nation writes them. */
const BIRTH_PLACES: Record<Nation, readonly string[]> = {
  KZ: ['Шымкент', 'Тараз', 'Алматы', 'Қызылорда', 'Шу', 'Түркістан', 'Жаркент', 'Қордай'],
  KG: ['Ош', 'Баткен', 'Жалал-Абад', 'Бишкек', 'Токмок', 'Кара-Суу', 'Өзгөн', 'Каракол'],
  TJ: ['Душанбе', 'Кӯлоб', 'Хоруғ', 'Хуҷанд', 'Бохтар', 'Панҷ', 'Ишкошим', 'Данғара'],
  UZ: ['Termiz', 'Denov', 'Qarshi', 'Samarqand', 'Toshkent', 'Andijon', 'Fargʻona', 'Sherobod'],
  TM: ['Aşgabat', 'Mary', 'Türkmenabat', 'Serhetabat', 'Tejen', 'Daşoguz'],
  RU: ['Оренбург', 'Самара', 'Омск', 'Челябинск', 'Новосибирск', 'Барнаул', 'Москва', 'Астрахань'],
  AF: ['کندز', 'مزار شریف', 'فیض آباد', 'تالقان', 'قندهار', 'لشکرگاه'],
};

/** What the caller may fix about a person: a family's shared surname and father, the sex, the age. */
export interface PersonOptions {
  readonly nation: Nation;
  /** Citizenship when it differs from the name's nation (an ethnic Russian of Kazakhstan, say). */
  readonly citizenship?: Nation;
  readonly female?: boolean;
  /** Masculine surname shared with relatives. */
  readonly surname?: string;
  /** Father's given name, shared by brothers. */
  readonly father?: string;
  readonly bornFrom?: number;
  readonly bornTo?: number;
}

/** A generated person: FtM properties plus what the generator reuses (surname, father, nation). */
export interface PersonDraft {
  readonly properties: Properties;
  readonly nation: Nation;
  readonly citizenship: Nation;
  readonly surname: string;
  readonly father: string;
  readonly female: boolean;
  readonly phones: string[];
  /** The surname in Russian letters and in plain Latin (to name a group after its leader). */
  readonly surnameRu: string;
  readonly surnameLatin: string;
}

function feminine(surname: string, nation: Nation): string {
  if (nation === 'TM') return /[oe]w$/.test(surname) ? `${surname}a` : surname;
  if (nation === 'UZ') return /[oe]v$/.test(surname) ? `${surname}a` : surname;
  return /(ов|ев|ёв|ин|ӯв)$/.test(surname) ? `${surname}а` : surname;
}

/** The patronymic from the father's given name, in the form the nation uses. */
function patronymic(
  rng: Random,
  nation: Exclude<Nation, 'AF'>,
  father: string,
  female: boolean,
  born: number,
): string | null {
  const russianStyle = () => {
    const stem =
      RUSSIAN_PATRONYMIC_STEMS[father] ??
      (/[ӣи]$/.test(father)
        ? `${father.slice(0, -1)}иев`
        : /[йь]$/.test(father)
          ? `${father.slice(0, -1)}ев`
          : `${father}ов`);
    return `${stem}${female ? 'на' : 'ич'}`;
  };
  switch (nation) {
    case 'KZ':
      // Since 1996 Kazakhs may write -ұлы / -қызы instead of -ович / -овна; younger people do more often.
      return rng.chance(born > 1985 ? 0.6 : 0.25) ? `${father}${female ? 'қызы' : 'ұлы'}` : russianStyle();
    case 'KG':
      return rng.chance(0.35) ? `${father} ${female ? 'кызы' : 'уулу'}` : russianStyle();
    case 'TJ':
      return rng.chance(0.75) ? russianStyle() : null;
    case 'UZ':
      return rng.chance(0.85) ? `${father} ${female ? 'qizi' : 'oʻgʻli'}` : null;
    case 'TM':
      return rng.chance(0.7) ? `${father}${female ? 'owna' : 'owiç'}` : null;
    case 'RU':
      return russianStyle();
  }
}

function afghanPerson(rng: Random, options: PersonOptions, born: string): PersonDraft {
  const female = options.female ?? false;
  const given = rng.pick(female ? AFGHAN_FEMALE : AFGHAN_MALE);
  const family = AFGHAN_FAMILY.find((f) => f.arabic === options.surname) ?? rng.pick(AFGHAN_FAMILY);
  const father = AFGHAN_MALE.find((f) => f.arabic === options.father) ?? rng.pick(AFGHAN_MALE);
  const latin = given.latin.flatMap((g, i) => (i < 2 ? [`${g} ${family.latin[i]!}`] : []));
  const aliases = [
    ...latin,
    `${given.latin[2]!} ${family.latin[rng.int(0, 2)]!}`,
    `${family.latin[0]!} ${given.latin[0]!}`.toUpperCase(),
    `${given.latin[0]!} ${female ? 'd/o' : 's/o'} ${father.latin[0]!}`,
    `${given.cyrillic} ${family.cyrillic}`,
  ];
  const phones = [phoneNumber(rng, 'AF')];
  return {
    nation: 'AF',
    citizenship: 'AF',
    surname: family.arabic,
    father: father.arabic,
    female,
    phones,
    surnameRu: family.cyrillic,
    surnameLatin: family.latin[0]!,
    properties: {
      name: [`${given.arabic} ${family.arabic}`],
      alias: [...new Set(aliases)],
      firstName: [given.arabic],
      lastName: [family.arabic],
      fatherName: [father.arabic],
      gender: [female ? 'female' : 'male'],
      birthDate: [born],
      birthPlace: [rng.pick(BIRTH_PLACES.AF)],
      nationality: ['af'],
      citizenship: ['af'],
      passportNumber: rng.chance(0.6) ? [passportNumber(rng, 'AF')] : [],
      phone: phones,
    },
  };
}

/** Invents a person of the given nation. */
export function buildPerson(rng: Random, options: PersonOptions): PersonDraft {
  const born = birthDate(rng, options.bornFrom ?? 1962, options.bornTo ?? 2004);
  if (options.nation === 'AF') return afghanPerson(rng, options, born);
  const nation = options.nation;
  const pool = POOLS[nation];
  const female = options.female ?? false;
  const surname = options.surname ?? rng.pick(pool.surnames);
  const father = options.father ?? rng.pick(pool.male);
  const given = rng.pick(female ? pool.female : pool.male);
  const parts: NameParts = {
    given,
    surname: female ? feminine(surname, nation) : surname,
    patronymic: patronymic(rng, nation, father, female, Number(born.slice(0, 4))),
  };
  const citizenship = options.citizenship ?? nation;
  const phones = Array.from(
    {
      length: rng.weighted([
        [0, 1],
        [1, 6],
        [2, 3],
      ] as const),
    },
    () => phoneNumber(rng, rng.chance(0.85) ? citizenship : 'RU'),
  );
  const citizenships = [citizenship.toLowerCase()];
  // Many migrant workers of Tajikistan and Kyrgyzstan also hold Russian citizenship.
  if ((citizenship === 'TJ' || citizenship === 'KG') && rng.chance(0.1)) citizenships.push('ru');
  const iin = citizenship === 'KZ' ? kazakhIin(rng, born, female) : null;
  return {
    nation,
    citizenship,
    surname,
    father,
    female,
    phones,
    surnameRu:
      nation === 'UZ'
        ? uzbekToRussian(surname)
        : nation === 'TM'
          ? turkmenToRussian(surname)
          : russify(surname),
    surnameLatin:
      nation === 'UZ' || nation === 'TM' ? asciiFold(surname) : toLatin(russify(surname), 'mvd1997', 'ru'),
    properties: {
      name: [[parts.surname, parts.given, parts.patronymic].filter((p) => p).join(' ')],
      alias: nameVariants(rng, nation, parts),
      firstName: [parts.given],
      lastName: [parts.surname],
      fatherName: parts.patronymic ? [parts.patronymic] : [],
      gender: [female ? 'female' : 'male'],
      birthDate: [born],
      birthPlace: [rng.pick(BIRTH_PLACES[nation])],
      nationality: [citizenship.toLowerCase()],
      citizenship: citizenships,
      passportNumber: rng.chance(0.85) ? [passportNumber(rng, citizenship)] : [],
      idNumber: iin ? [iin] : [],
      phone: phones,
    },
  };
}
