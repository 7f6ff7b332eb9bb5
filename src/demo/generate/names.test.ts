import { describe, expect, it } from 'vitest';
import { phoneNumber, type Nation } from './documents.js';
import { turkmenToRussian, uzbekToCyrillic, uzbekToRussian } from './latin-scripts.js';
import { buildPerson } from './person.js';
import { Random } from './random.js';
import { asciiFold, toLatin } from './transliterate.js';

/** The script of each nation's native names, and letters that only that alphabet has. */
const SCRIPTS: Record<Nation, { all: RegExp; own: RegExp }> = {
  KZ: { all: /^[А-ЯЁа-яёӘәҒғҚқҢңӨөҰұҮүҺһІі -]+$/, own: /[әғқңөұүһі]/i },
  KG: { all: /^[А-ЯЁа-яёҢңӨөҮү -]+$/, own: /[ңөү]/i },
  TJ: { all: /^[А-ЯЁа-яёҒғӢӣҚқӮӯҲҳҶҷ -]+$/, own: /[ғӣқӯҳҷ]/i },
  UZ: { all: /^[A-Za-zʻ -]+$/, own: /[OoGg]ʻ/ },
  TM: { all: /^[A-Za-zÇçŞşŽžŇňÝýÄäÖöÜü -]+$/, own: /[çşžňýäöü]/i },
  RU: { all: /^[А-ЯЁа-яё -]+$/, own: /[А-Яа-я]/ },
  AF: { all: /^[\u0600-\u06FF ]+$/, own: /[\u0600-\u06FF]/ },
};

function people(nation: Nation, n: number) {
  const rng = new Random(`names-test:${nation}`);
  return Array.from({ length: n }, (_, i) => buildPerson(rng.fork(i), { nation, female: i % 4 === 0 }));
}

describe('persons of the region', () => {
  for (const nation of Object.keys(SCRIPTS) as Nation[]) {
    it(`writes ${nation} names in their own script, with Latin aliases`, () => {
      const persons = people(nation, 80);
      for (const p of persons) {
        expect(p.properties.name![0]).toMatch(SCRIPTS[nation].all);
        const latin = p.properties.alias!.filter((a) => /^[A-Za-z' ./-]+$/.test(a));
        expect(latin.length, JSON.stringify(p.properties.alias)).toBeGreaterThanOrEqual(2);
        expect(p.properties.gender![0]).toMatch(/^(male|female)$/);
        expect(p.properties.birthDate![0]).toMatch(/^(19[6-9]\d|200[0-4])(-\d\d(-\d\d)?)?$/);
      }
      // The letters only this alphabet has do occur across the pool.
      expect(persons.filter((p) => SCRIPTS[nation].own.test(p.properties.name![0]!)).length).toBeGreaterThan(
        10,
      );
    });
  }

  it('gives patronymics in each nation’s form and some partial birth dates', () => {
    const kz = people('KZ', 200).flatMap((p) => p.properties.fatherName ?? []);
    expect(kz.some((f) => /(ұлы|қызы)$/.test(f))).toBe(true);
    expect(kz.some((f) => /(ович|евич|овна|евна)$/.test(f))).toBe(true);
    expect(people('UZ', 100).some((p) => / (oʻgʻli|qizi)$/.test(p.properties.fatherName?.[0] ?? ''))).toBe(
      true,
    );
    expect(people('KG', 100).some((p) => / (уулу|кызы)$/.test(p.properties.fatherName?.[0] ?? ''))).toBe(
      true,
    );
    const dates = people('TJ', 300).map((p) => p.properties.birthDate![0]!);
    expect(dates.some((d) => d.length === 4)).toBe(true);
    expect(dates.some((d) => d.length === 7)).toBe(true);
  });

  it('keeps Russian-letter forms of Central Asian names among the aliases', () => {
    const tj = people('TJ', 50);
    expect(
      tj.every(
        (p) =>
          p.properties.alias!.some((a) => /^[А-ЯЁа-яё -]+$/.test(a)) ||
          /^[А-ЯЁа-яё -]+$/.test(p.properties.name![0]!),
      ),
    ).toBe(true);
    expect(people('AF', 20).every((p) => p.properties.alias!.some((a) => /^[А-ЯЁа-яё -]+$/.test(a)))).toBe(
      true,
    );
  });
});

describe('transliteration', () => {
  it('spells Юсупов as passports, gazetteers and foreign clerks do', () => {
    expect(toLatin('Юсупов', 'icao', 'ru')).toBe('Iusupov');
    expect(toLatin('Юсупов', 'mvd1997', 'ru')).toBe('Yusupov');
    expect(toLatin('Юсупов', 'german', 'ru')).toBe('Jussupow');
    expect(toLatin('Юсупов', 'french', 'ru')).toBe('Ioussoupov');
    expect(toLatin('Щербаков', 'icao', 'ru')).toBe('Shcherbakov');
    expect(toLatin('Цой', 'icao', 'ru')).toBe('Tsoi');
    expect(toLatin('Цой', 'bgn', 'ru')).toBe('Tsoy');
  });

  it('applies each language’s own letters', () => {
    expect(toLatin('Ерлан', 'bgn', 'kk')).toBe('Yerlan');
    expect(toLatin('Ерлан', 'icao', 'kk')).toBe('Erlan');
    expect(toLatin('Қасымов', 'bgn', 'kk')).toBe('Qasymov');
    expect(toLatin('Қасымов', 'icao', 'kk')).toBe('Kasymov');
    expect(toLatin('Ғафуров', 'bgn', 'tg')).toBe('Ghafurov');
    expect(toLatin('Ҷӯраев', 'bgn', 'tg')).toBe('Jŭrayev');
    expect(toLatin('Ҷӯраев', 'icao', 'tg')).toBe('Juraev');
    expect(toLatin('Гүлжигит', 'bgn', 'ky')).toBe('Güljigit');
    expect(asciiFold('Jŭrayev')).toBe('Jurayev');
  });

  it('rewrites Uzbek and Turkmen Latin names in Cyrillic', () => {
    expect(uzbekToCyrillic('Xoʻjayev')).toBe('Хўжаев');
    expect(uzbekToRussian('Xoʻjayev')).toBe('Хужаев');
    expect(uzbekToRussian('Yusupov')).toBe('Юсупов');
    expect(turkmenToRussian('Öwezow')).toBe('Овезов');
    expect(turkmenToRussian('Ýazmyradow')).toBe('Язмырадов');
  });
});

describe('phone numbers', () => {
  const formats: Record<Nation, RegExp> = {
    KZ: /^\+7 7\d\d \d{3} \d{2} \d{2}$/,
    RU: /^\+7 9\d\d \d{3} \d{2} \d{2}$/,
    KG: /^\+996 \d{3} \d{3} \d{3}$/,
    TJ: /^\+992 \d{2} \d{3} \d{2} \d{2}$/,
    UZ: /^\+998 \d{2} \d{3} \d{2} \d{2}$/,
    TM: /^\+993 \d{2} \d{2} \d{2} \d{2}$/,
    AF: /^\+93 7\d \d{3} \d{4}$/,
  };
  it('follows each country’s format', () => {
    const rng = new Random('phones');
    for (const [nation, format] of Object.entries(formats) as [Nation, RegExp][]) {
      for (let i = 0; i < 30; i++) expect(phoneNumber(rng, nation)).toMatch(format);
    }
  });
});

describe('Russian counts', () => {
  it('agree with the number', async () => {
    const { plural } = await import('./drug-lines.js');
    const f = (n: number) => `${n} ${plural(n, 'бочка', 'бочки', 'бочек')}`;
    expect([1, 3, 5, 11, 12, 21, 22, 25, 111].map(f)).toEqual([
      '1 бочка',
      '3 бочки',
      '5 бочек',
      '11 бочек',
      '12 бочек',
      '21 бочка',
      '22 бочки',
      '25 бочек',
      '111 бочек',
    ]);
  });
});
