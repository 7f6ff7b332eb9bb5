/**
 * Spreadsheet values to vocabulary codes: "героин", "Heroin" and `heroin` all name one term. Built
 * once per import from the vocabularies' codes and both languages' labels (and, for drugs, the UNODC
 * names), so a row costs one map look-up per field, never a query.
 */
import countries from 'i18n-iso-countries';
import '../../../platform/directory/reference-data.js'; // registers the English and Russian country names
import { DRUGS, VOCABULARIES, type VocabularyName } from '../vocabularies/index.js';

/** Case-, space- and ё-insensitive form of a value, for matching labels. */
export function normaliseValue(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\s_]+/g, ' ')
    .trim();
}

/** Looks values up by normalised text; a text that names two different terms is left out (ambiguous). */
export class ValueLookup {
  private readonly byText = new Map<string, string | null>();

  constructor(entries: Iterable<[string, string]>, overrides: Record<string, string> = {}) {
    for (const [text, code] of entries) this.add(text, code);
    // Hand-made values win over labels, so a mapping can settle an ambiguous one.
    for (const [text, code] of Object.entries(overrides)) this.byText.set(normaliseValue(text), code);
  }

  private add(text: string, code: string): void {
    const key = normaliseValue(text);
    if (key === '') return;
    const known = this.byText.get(key);
    if (known === undefined) this.byText.set(key, code);
    else if (known !== code) this.byText.set(key, null);
  }

  /** The code for a value, or undefined when no term (or more than one) has it. */
  find(text: string): string | undefined {
    return this.byText.get(normaliseValue(text)) ?? undefined;
  }
}

/** A look-up over a vocabulary's codes and its English and Russian labels. */
export function vocabularyLookup(name: VocabularyName, overrides?: Record<string, string>): ValueLookup {
  const entries: [string, string][] = [];
  for (const term of VOCABULARIES[name]) {
    entries.push([term.code, term.code], [term.en, term.code], [term.ru, term.code]);
    // "курьер (наркокурьер)" is also written "курьер".
    for (const label of [term.en, term.ru]) {
      const bare = label.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
      if (bare !== label) entries.push([bare, term.code]);
    }
  }
  if (name === 'drugs') {
    for (const drug of DRUGS) for (const unodc of drug.unodcNames) entries.push([unodc, drug.code]);
  }
  return new ValueLookup(entries, overrides);
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
