/**
 * The narrative of a report, in Russian (the working language of the region) or English, worded as
 * seizure reports are: "обнаружено и изъято 12,45 кг наркотического средства «героин»".
 */
import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import type { DrugLine } from '../../modules/records/seizures/seizures.schema.js';
import {
  vocabularyLabel,
  type ConcealmentCode,
  type TransportCode,
} from '../../modules/records/vocabularies/index.js';
import type { Place } from './places.js';
import type { Random } from './random.js';
import { toLatin } from './transliterate.js';

countries.registerLocale(
  createRequire(import.meta.url)('i18n-iso-countries/langs/en.json') as countries.LocaleData,
);

/** What the narrative tells. */
export interface NarrativeFacts {
  readonly place: Place;
  readonly transport: TransportCode | undefined;
  readonly concealment: readonly ConcealmentCode[];
  readonly drugs: readonly DrugLine[];
  readonly persons: readonly { nationality: string; arrested: boolean }[];
  readonly vehicle: string | null;
  readonly scenario: string;
}

const NATION_RU: Record<string, string> = {
  kz: 'Республики Казахстан',
  kg: 'Кыргызской Республики',
  tj: 'Республики Таджикистан',
  uz: 'Республики Узбекистан',
  tm: 'Туркменистана',
  ru: 'Российской Федерации',
  af: 'Афганистана',
};
const NATION_EN: Record<string, string> = {
  kz: 'Kazakh',
  kg: 'Kyrgyz',
  tj: 'Tajik',
  uz: 'Uzbek',
  tm: 'Turkmen',
  ru: 'Russian',
  af: 'Afghan',
};
const UNIT: Record<string, [string, string]> = {
  kg: ['кг', 'kg'],
  g: ['г', 'g'],
  l: ['л', 'litres'],
  tablets: ['табл.', 'tablets'],
  plants: ['кустов', 'plants'],
};

function amount(line: DrugLine, ru: boolean): string {
  const [abbrRu, abbrEn] = UNIT[line.unit] ?? [line.unit, line.unit];
  if (!line.quantity) return ru ? 'неустановленное количество' : 'an unknown quantity';
  return ru ? `${line.quantity.replace('.', ',')} ${abbrRu}` : `${line.quantity} ${abbrEn}`;
}

function russian(facts: NarrativeFacts): string {
  const where = facts.place.crossing ? `Пункт пропуска «${facts.place.crossing}»` : facts.place.locality;
  const what = facts.drugs
    .map((d) => {
      const label = vocabularyLabel('drugs', d.drug, 'ru') ?? d.drug;
      return d.drug === 'acetic_anhydride'
        ? `${amount(d, true)} прекурсора «${label}»`
        : `${amount(d, true)} наркотического средства «${label}»`;
    })
    .join(' и ');
  const how = facts.concealment.map((c) => vocabularyLabel('concealment', c, 'ru')).join(', ');
  const lead =
    facts.transport === 'road' && facts.vehicle
      ? `${where}: в ходе досмотра автомашины ${facts.vehicle}`
      : facts.transport === 'rail'
        ? `${where}: при досмотре пассажирского поезда`
        : facts.transport === 'air'
          ? `${where}: при досмотре пассажира рейса`
          : facts.place.kind === 'green_border'
            ? `${where}: на участке государственной границы пограничным нарядом`
            : `${where}:`;
  const person = facts.persons[0];
  const who = person
    ? ` ${person.arrested ? 'Задержан' : 'Установлен'} гражданин ${NATION_RU[person.nationality] ?? 'иностранного государства'}${facts.persons.length > 1 ? ` и ещё ${facts.persons.length - 1} чел` : ''}.`
    : ' Владелец не установлен.';
  return `${lead} обнаружено и изъято ${what} (способ сокрытия: ${how}).${who}`;
}

function english(facts: NarrativeFacts): string {
  // Place names are kept in Russian in the tables; an English report writes them in Latin letters.
  const latin = (text: string) => toLatin(text, 'bgn', 'ru');
  const country = countries.getName(facts.place.country, 'en') ?? facts.place.country;
  const where = facts.place.crossing
    ? `the ${latin(facts.place.crossing)} crossing point (${country})`
    : `${latin(facts.place.locality)}, ${country}`;
  const what = facts.drugs
    .map((d) => `${amount(d, false)} of ${(vocabularyLabel('drugs', d.drug, 'en') ?? d.drug).toLowerCase()}`)
    .join(' and ');
  const how = facts.concealment
    .map((c) => (vocabularyLabel('concealment', c, 'en') ?? c).toLowerCase())
    .join('; ');
  const lead =
    facts.transport === 'road' && facts.vehicle
      ? `During the inspection of vehicle ${facts.vehicle} at ${where}, officers found`
      : facts.place.kind === 'green_border'
        ? `A border patrol near ${where} intercepted carriers with`
        : `At ${where}, officers seized`;
  const person = facts.persons[0];
  const who = person
    ? ` A ${NATION_EN[person.nationality] ?? 'foreign'} national was ${person.arrested ? 'arrested' : 'identified'}${facts.persons.length > 1 ? `, with ${facts.persons.length - 1} more` : ''}.`
    : ' No suspect was identified.';
  return `${lead} ${what} (${how}).${who}`;
}

/** The narrative in the language the owner writes in. */
export function narrative(rng: Random, facts: NarrativeFacts, englishShare: number): string {
  return rng.chance(englishShare) ? english(facts) : russian(facts);
}
