import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

const require = createRequire(import.meta.url);
countries.registerLocale(require('i18n-iso-countries/langs/en.json') as countries.LocaleData);
countries.registerLocale(require('i18n-iso-countries/langs/ru.json') as countries.LocaleData);

/** Every ISO 3166-1 country with its English and Russian short names. */
export function isoCountries(): { code: string; nameEn: string; nameRu: string }[] {
  const en = countries.getNames('en', { select: 'official' });
  const ru = countries.getNames('ru', { select: 'official' });
  return Object.keys(en)
    .sort()
    .map((code) => ({ code, nameEn: en[code] ?? code, nameRu: ru[code] ?? en[code] ?? code }));
}

/** Inserts any ISO country the database lacks (idempotent; runs at every start). */
export async function ensureCountries(db: Kysely<Database>): Promise<void> {
  const rows = isoCountries().map((c) => ({
    code: c.code,
    name_en: c.nameEn,
    name_ru: c.nameRu,
    status: null,
    status_since: null,
    status_until: null,
  }));
  await db
    .insertInto('countries')
    .values(rows)
    .onConflict((oc) => oc.column('code').doNothing())
    .execute();
}
