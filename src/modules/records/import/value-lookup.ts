/**
 * Spreadsheet values to vocabulary codes: "героин", "Heroin" and `heroin` all name one term. Built
 * once per import from the vocabularies' codes and both languages' labels (and, for drugs, the UNODC
 * names and the terms' aliases), so a row costs one map look-up per field, never a query.
 */
import countries from 'i18n-iso-countries';
import '../../../platform/directory/reference-data.js'; // registers the English and Russian country names
import { DRUGS, VOCABULARIES, type DrugTerm, type Term, type VocabularyName } from '../vocabularies/index.js';

/** Case-, space- and ё-insensitive form of a value, for matching labels. */
export function normaliseValue(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\s_]+/g, ' ')
    .trim();
}

/**
 * Looks values up by normalised text; a text that names two different terms is left out (ambiguous).
 * `derived` texts (labels without their parenthesised part) count only where no entry has the text.
 */
export class ValueLookup {
  private readonly byText = new Map<string, string | null>();

  constructor(
    entries: Iterable<[string, string]>,
    overrides: Record<string, string> = {},
    derived: Iterable<[string, string]> = [],
  ) {
    for (const [text, code] of entries) add(this.byText, text, code);
    // "кокаин (гидрохлорид кокаина)" also gives "кокаин", but the term whose alias "кокаин" is
    // (cocaine, non-specified) is what a bare "кокаин" means: a stated name beats a shortened label.
    const weak = new Map<string, string | null>();
    for (const [text, code] of derived) add(weak, text, code);
    for (const [key, code] of weak) if (!this.byText.has(key)) this.byText.set(key, code);
    // Hand-made values win over labels, so a mapping can settle an ambiguous one.
    for (const [text, code] of Object.entries(overrides)) this.byText.set(normaliseValue(text), code);
  }

  /** The code for a value, or undefined when no term (or more than one) has it. */
  find(text: string): string | undefined {
    return this.byText.get(normaliseValue(text)) ?? undefined;
  }
}

/** Adds a text to a map of normalised texts, marking it ambiguous (null) when it names a second code. */
function add(byText: Map<string, string | null>, text: string, code: string): void {
  const key = normaliseValue(text);
  if (key === '') return;
  const known = byText.get(key);
  if (known === undefined) byText.set(key, code);
  else if (known !== code) byText.set(key, null);
}

/**
 * A look-up over a vocabulary's codes and its English and Russian labels; for drugs also the UNODC
 * names and the aliases the terms carry (`DrugTerm.aliases`).
 */
export function vocabularyLookup(name: VocabularyName, overrides?: Record<string, string>): ValueLookup {
  const entries: [string, string][] = [];
  const derived: [string, string][] = [];
  for (const term of VOCABULARIES[name] as readonly Term[]) {
    entries.push([term.code, term.code], [term.en, term.code], [term.ru, term.code]);
    // "курьер (наркокурьер)" is also written "курьер".
    for (const label of [term.en, term.ru]) {
      const bare = label.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
      if (bare !== label) derived.push([bare, term.code]);
    }
  }
  if (name === 'drugs') {
    for (const drug of DRUGS as readonly DrugTerm[]) {
      for (const text of [...drug.unodcNames, ...(drug.aliases ?? [])]) entries.push([text, drug.code]);
    }
  }
  return new ValueLookup(entries, overrides, derived);
}

/** Names the region writes that the ISO tables lack (the countries' own official spellings). */
const COUNTRY_ALIASES: Record<string, string> = {
  Кыргызстан: 'KG',
  'Кыргызская Республика': 'KG',
  'Киргизская Республика': 'KG',
  'Kyrgyz Republic': 'KG',
  Kirghizia: 'KG',
  'Республика Казахстан': 'KZ',
  'Республика Таджикистан': 'TJ',
  'Республика Узбекистан': 'UZ',
  Туркмения: 'TM',
  'Российская Федерация': 'RU',
  РФ: 'RU',
  'Исламская Республика Афганистан': 'AF',
  'Исламская Республика Иран': 'IR',
  Türkiye: 'TR',
};

/** A look-up of ISO 3166-1 alpha-2 codes by alpha-2, alpha-3, or English or Russian name. */
export function countryLookup(overrides?: Record<string, string>): ValueLookup {
  const entries: [string, string][] = [];
  for (const [alpha2, alpha3] of Object.entries(countries.getAlpha2Codes()).map(
    ([a2]) => [a2, countries.alpha2ToAlpha3(a2)] as const,
  )) {
    entries.push([alpha2, alpha2]);
    if (alpha3) entries.push([alpha3, alpha2]);
  }
  for (const lang of ['en', 'ru'] as const) {
    for (const [alpha2, names] of Object.entries(countries.getNames(lang, { select: 'all' }))) {
      for (const name of names) entries.push([name, alpha2]);
    }
  }
  entries.push(...Object.entries(COUNTRY_ALIASES));
  return new ValueLookup(entries, overrides);
}
