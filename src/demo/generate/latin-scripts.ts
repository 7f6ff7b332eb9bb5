/**
 * Uzbek and Turkmen names are written natively in Latin letters (Uzbek oʻ gʻ with U+02BB, Turkmen
 * ç ş ž ň ý ä ö ü); records of the neighbours write them in Cyrillic. These rewrite a native Latin
 * name into Uzbek Cyrillic and into Russian Cyrillic, digraphs first.
 */

type Rule = readonly [string, string];

function rewrite(text: string, rules: readonly Rule[]): string {
  let out = '';
  let i = 0;
  outer: while (i < text.length) {
    for (const [from, to] of rules) {
      const piece = text.slice(i, i + from.length);
      if (piece.toLowerCase() === from) {
        const upper = piece[0] !== piece[0]!.toLowerCase();
        out += upper ? to[0]!.toUpperCase() + to.slice(1) : to;
        i += from.length;
        continue outer;
      }
    }
    out += text[i];
    i++;
  }
  return out;
}

const UZBEK_COMMON: Rule[] = [
  ['sh', 'ш'],
  ['ch', 'ч'],
  ['yo', 'ё'],
  ['yu', 'ю'],
  ['ya', 'я'],
  ['ye', 'е'],
  ['ts', 'ц'],
  ['ng', 'нг'],
  ['a', 'а'],
  ['b', 'б'],
  ['d', 'д'],
  ['e', 'е'],
  ['f', 'ф'],
  ['g', 'г'],
  ['i', 'и'],
  ['j', 'ж'],
  ['k', 'к'],
  ['l', 'л'],
  ['m', 'м'],
  ['n', 'н'],
  ['o', 'о'],
  ['p', 'п'],
  ['r', 'р'],
  ['s', 'с'],
  ['t', 'т'],
  ['u', 'у'],
  ['v', 'в'],
  ['x', 'х'],
  ['y', 'й'],
  ['z', 'з'],
  ['ʼ', 'ъ'],
];

/** Uzbek Latin → Uzbek Cyrillic (ў ғ қ ҳ kept): "Xoʻjayev" → "Хўжаев". */
export function uzbekToCyrillic(text: string): string {
  return rewrite(text, [['oʻ', 'ў'], ['gʻ', 'ғ'], ['q', 'қ'], ['h', 'ҳ'], ...UZBEK_COMMON]);
}

/** Uzbek Latin → Russian letters, as a Russian-language protocol writes it: "Xoʻjayev" → "Хужаев". */
export function uzbekToRussian(text: string): string {
  return rewrite(text.replace(/^E/, 'Э'), [
    ['oʻ', 'у'],
    ['gʻ', 'г'],
    ['q', 'к'],
    ['h', 'х'],
    ['ʼ', ''],
    ...UZBEK_COMMON,
  ]);
}

/** Turkmen Latin → Russian letters: "Öwezow" → "Овезов", "Ýazmyradow" → "Язмырадов". */
export function turkmenToRussian(text: string): string {
  return rewrite(text, [
    ['ýu', 'ю'],
    ['ýa', 'я'],
    ['ýe', 'е'],
    ['ýo', 'ё'],
    ['ç', 'ч'],
    ['ş', 'ш'],
    ['ž', 'ж'],
    ['ň', 'н'],
    ['ý', 'й'],
    ['ä', 'а'],
    ['ö', 'о'],
    ['ü', 'у'],
    ['y', 'ы'],
    ['j', 'дж'],
    ['w', 'в'],
    ['h', 'х'],
    ['a', 'а'],
    ['b', 'б'],
    ['d', 'д'],
    ['e', 'е'],
    ['f', 'ф'],
    ['g', 'г'],
    ['i', 'и'],
    ['k', 'к'],
    ['l', 'л'],
    ['m', 'м'],
    ['n', 'н'],
    ['o', 'о'],
    ['p', 'п'],
    ['r', 'р'],
    ['s', 'с'],
    ['t', 'т'],
    ['u', 'у'],
    ['z', 'з'],
  ]);
}
