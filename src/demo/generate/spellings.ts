/**
 * The other spellings of a person's name that records of the region carry: the Russian-letter form
 * of a Kazakh, Kyrgyz, Tajik, Uzbek or Turkmen name, and its Latin forms (passport MRZ style, ICAO,
 * the pre-2010 Russian passport rules, BGN/PCGN, a German or French habit, ASCII without diacritics).
 */
import type { Nation } from './documents.js';
import { turkmenToRussian, uzbekToCyrillic, uzbekToRussian } from './latin-scripts.js';
import type { Random } from './random.js';
import { asciiFold, russify, toLatin, type CyrillicLanguage } from './transliterate.js';

/** A name split as records hold it. */
export interface NameParts {
  readonly given: string;
  readonly surname: string;
  readonly patronymic: string | null;
}

const LANGUAGE: Partial<Record<Nation, CyrillicLanguage>> = { KZ: 'kk', KG: 'ky', TJ: 'tg', RU: 'ru' };

const join = (...parts: (string | null | undefined)[]) => parts.filter((p) => p).join(' ');

/** Variants of a Cyrillic-written name (Kazakh, Kyrgyz, Tajik, Russian). */
function cyrillicVariants(rng: Random, name: NameParts, lang: CyrillicLanguage): string[] {
  const ru = { given: russify(name.given), surname: russify(name.surname) };
  const icao = { given: toLatin(name.given, 'icao', lang), surname: toLatin(name.surname, 'icao', lang) };
  const variants = [
    join(ru.surname, ru.given, name.patronymic ? russify(name.patronymic) : null),
    `${icao.surname} ${icao.given}`.toUpperCase(),
    join(icao.given, icao.surname),
    join(toLatin(ru.given, 'mvd1997', 'ru'), toLatin(ru.surname, 'mvd1997', 'ru')),
    join(toLatin(name.given, 'bgn', lang), toLatin(name.surname, 'bgn', lang)),
  ];
  const adHoc = rng.pick(['german', 'french'] as const);
  variants.push(join(toLatin(ru.given, adHoc, 'ru'), toLatin(ru.surname, adHoc, 'ru')));
  variants.push(asciiFold(variants[4]!));
  return variants;
}

/** Variants of an Uzbek name written natively in Latin letters. */
function uzbekVariants(rng: Random, name: NameParts): string[] {
  const ru = { given: uzbekToRussian(name.given), surname: uzbekToRussian(name.surname) };
  const folded = { given: asciiFold(name.given), surname: asciiFold(name.surname) };
  return [
    join(
      uzbekToCyrillic(name.surname),
      uzbekToCyrillic(name.given),
      name.patronymic ? uzbekToCyrillic(name.patronymic) : null,
    ),
    join(ru.surname, ru.given),
    `${folded.surname} ${folded.given}`.toUpperCase(),
    join(name.given.replace(/ʻ/g, "'"), name.surname.replace(/ʻ/g, "'")),
    join(folded.given, folded.surname),
    join(toLatin(ru.given, 'icao', 'ru'), toLatin(ru.surname, 'icao', 'ru')),
    join(
      toLatin(ru.given, rng.pick(['german', 'mvd1997'] as const), 'ru'),
      toLatin(ru.surname, 'german', 'ru'),
    ),
  ];
}

/** Variants of a Turkmen name written natively in Latin letters. */
function turkmenVariants(name: NameParts): string[] {
  const ru = { given: turkmenToRussian(name.given), surname: turkmenToRussian(name.surname) };
  const folded = { given: asciiFold(name.given), surname: asciiFold(name.surname) };
  return [
    join(ru.surname, ru.given),
    `${folded.surname} ${folded.given}`.toUpperCase(),
    join(folded.given, folded.surname),
    join(toLatin(ru.given, 'icao', 'ru'), toLatin(ru.surname, 'icao', 'ru')),
    join(toLatin(ru.given, 'mvd1997', 'ru'), toLatin(ru.surname, 'mvd1997', 'ru')),
  ];
}

/** The other spellings of a name (its native form excluded), without duplicates. */
export function nameVariants(rng: Random, nation: Nation, name: NameParts): string[] {
  let variants: string[];
  if (nation === 'UZ') variants = uzbekVariants(rng, name);
  else if (nation === 'TM') variants = turkmenVariants(name);
  else variants = cyrillicVariants(rng, name, LANGUAGE[nation] ?? 'ru');
  const native = join(name.surname, name.given, name.patronymic);
  return [...new Set(variants.filter((v) => v.length > 0 && v !== native))];
}
