/**
 * Latin spellings of Cyrillic names as they turn up in records of the region: the ICAO passport
 * table, the pre-2010 Russian passport rules, BGN/PCGN with each language's own letters, and the
 * ad-hoc German and French habits (Юсупов → Iusupov / Yusupov / Jussupow / Ioussoupov). Tables from
 * shared/design/transliteration-tables.md; the language layer is applied together with the Russian
 * one, because ICAO alone leaves ә ғ қ ң ө ұ ү һ і ӣ ӯ ҳ ҷ untouched.
 */

/** A romanisation system the demo writes names in. */
export type LatinSystem = 'icao' | 'mvd1997' | 'bgn' | 'german' | 'french';

/** The language whose letters the name is written with (decides the national layer). */
export type CyrillicLanguage = 'kk' | 'ky' | 'tg' | 'ru' | 'uz';

/** A table written as "а:a б:b …", one pair per letter; an empty Latin side drops the letter. */
function table(pairs: string): Record<string, string> {
  return Object.fromEntries(
    pairs
      .trim()
      .split(/\s+/)
      .map((pair) => {
        const [cyrillic, latin = ''] = pair.split(':');
        return [cyrillic!, latin];
      }),
  );
}

const RUSSIAN: Record<LatinSystem, Record<string, string>> = {
  icao: table(
    `а:a б:b в:v г:g д:d е:e ё:e ж:zh з:z и:i й:i к:k л:l м:m н:n о:o п:p р:r с:s т:t у:u ф:f х:kh ц:ts ч:ch ш:sh щ:shch ъ:ie ы:y ь: э:e ю:iu я:ia`,
  ),
  mvd1997: table(
    `а:a б:b в:v г:g д:d е:e ё:e ж:zh з:z и:i й:y к:k л:l м:m н:n о:o п:p р:r с:s т:t у:u ф:f х:kh ц:ts ч:ch ш:sh щ:shch ъ: ы:y ь: э:e ю:yu я:ya`,
  ),
  bgn: table(
    `а:a б:b в:v г:g д:d е:e ё:ë ж:zh з:z и:i й:y к:k л:l м:m н:n о:o п:p р:r с:s т:t у:u ф:f х:kh ц:ts ч:ch ш:sh щ:shch ъ: ы:y ь: э:e ю:yu я:ya`,
  ),
  german: table(
    `а:a б:b в:w г:g д:d е:e ё:jo ж:sch з:s и:i й:j к:k л:l м:m н:n о:o п:p р:r с:s т:t у:u ф:f х:ch ц:z ч:tsch ш:sch щ:schtsch ъ: ы:y ь: э:e ю:ju я:ja`,
  ),
  french: table(
    `а:a б:b в:v г:g д:d е:e ё:io ж:j з:z и:i й:ï к:k л:l м:m н:n о:o п:p р:r с:s т:t у:ou ф:f х:kh ц:ts ч:tch ш:ch щ:chtch ъ: ы:y ь: э:e ю:iou я:ia`,
  ),
};

/** The letters of each language that the Russian table lacks, per system (table §3). */
const NATIONAL: Record<'icao' | 'bgn', Partial<Record<CyrillicLanguage, Record<string, string>>>> = {
  // What the national passport offices write in the MRZ: plain ASCII.
  icao: {
    kk: table('ә:a ғ:g қ:k ң:n ө:o ұ:u ү:u һ:h і:i'),
    ky: table('ң:n ө:o ү:u'),
    tg: table('ғ:g ӣ:i қ:k ӯ:u ҳ:h ҷ:j'),
    uz: table('ў:u ғ:g қ:k ҳ:h'),
  },
  bgn: {
    kk: table('ә:ä ғ:gh қ:q ң:ng ө:ö ұ:u ү:ü һ:h і:i'),
    ky: table('ң:ng ө:ö ү:ü ж:j'),
    tg: table('ғ:gh ӣ:í қ:q ӯ:ŭ ҳ:h ҷ:j'),
    uz: table('ў:ŭ ғ:gh қ:q ҳ:h'),
  },
};

const VOWELS = new Set([...'аеёиоуыэюяәөұүіӣӯў']);

function capitalise(text: string, upperFirst: boolean): string {
  if (!upperFirst || text.length === 0) return text;
  return text[0]!.toUpperCase() + text.slice(1);
}

/** One word (or a whole name: spaces, hyphens and other characters pass through) in Latin letters. */
export function toLatin(text: string, system: LatinSystem, lang: CyrillicLanguage): string {
  const table = RUSSIAN[system];
  const national = system === 'icao' || system === 'bgn' ? (NATIONAL[system][lang] ?? {}) : {};
  let out = '';
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const lower = ch.toLowerCase();
    const upper = ch !== lower;
    const prev = i > 0 ? chars[i - 1]!.toLowerCase() : ' ';
    const atStart = table[prev] === undefined && national[prev] === undefined;
    let latin = national[lower] ?? table[lower];
    if (latin === undefined) {
      out += ch;
      continue;
    }
    // BGN/PCGN writes е as "ye" at the start of a word and after a vowel, й, ъ or ь (Ерлан → Yerlan).
    if (system === 'bgn' && lower === 'е' && (atStart || VOWELS.has(prev) || 'йъь'.includes(prev))) {
      latin = 'ye';
    }
    // German doubles s between vowels so that it stays voiceless (Юсупов → Jussupow).
    if (
      system === 'german' &&
      lower === 'с' &&
      VOWELS.has(prev) &&
      VOWELS.has(chars[i + 1]?.toLowerCase() ?? '')
    ) {
      latin = 'ss';
    }
    if (
      system === 'french' &&
      lower === 'с' &&
      VOWELS.has(prev) &&
      VOWELS.has(chars[i + 1]?.toLowerCase() ?? '')
    ) {
      latin = 'ss';
    }
    out += capitalise(latin, upper);
  }
  return out;
}

/** Diacritics and apostrophe-like letters removed (what an ASCII-only form or a hurried clerk writes). */
export function asciiFold(text: string): string {
  return text
    .replace(/[ʻʼ‘’'`]/g, '')
    .replace(/ı/g, 'i')
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}

/** A Kazakh, Kyrgyz or Tajik name rewritten with Russian letters only (Ә→А, Қ→К, Ҷ→Дж…), as Russian-language records write it. */
export function russify(text: string): string {
  const map: Record<string, string> = {
    ә: 'а',
    ғ: 'г',
    қ: 'к',
    ң: 'н',
    ө: 'о',
    ұ: 'у',
    ү: 'у',
    һ: 'х',
    і: 'и',
    ӣ: 'и',
    ӯ: 'у',
    ҳ: 'х',
    ҷ: 'дж',
    ў: 'у',
  };
  return [...text]
    .map((ch) => {
      const lower = ch.toLowerCase();
      const to = map[lower];
      if (to === undefined) return ch;
      return ch === lower ? to : to[0]!.toUpperCase() + to.slice(1);
    })
    .join('');
}
