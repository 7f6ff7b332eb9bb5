/**
 * The English and Russian catalogues: the shell's (en.json, ru.json) and one pair per feature
 * (`<feature>.en.json`, `<feature>.ru.json`, each under its own top-level key), merged into one.
 */
import baseEn from './en.json';
import baseRu from './ru.json';
import importsEn from './imports.en.json';
import importsRu from './imports.ru.json';
import seizuresEn from './seizures.en.json';
import seizuresRu from './seizures.ru.json';
import sharingEn from './sharing.en.json';
import sharingRu from './sharing.ru.json';
import statisticsEn from './statistics.en.json';
import statisticsRu from './statistics.ru.json';

/** Compile-time parity check: each language must have exactly the other's keys. */
function pair<T>(english: T, russian: T): [T, T] {
  return [english, russian];
}

const parts = [
  pair<typeof baseRu>(baseEn, baseRu),
  pair<typeof seizuresRu>(seizuresEn, seizuresRu),
  pair<typeof statisticsRu>(statisticsEn, statisticsRu),
  pair<typeof sharingRu>(sharingEn, sharingRu),
  pair<typeof importsRu>(importsEn, importsRu),
] as const;
const reverse = [
  pair<typeof baseEn>(baseRu, baseEn),
  pair<typeof seizuresEn>(seizuresRu, seizuresEn),
  pair<typeof statisticsEn>(statisticsRu, statisticsEn),
  pair<typeof sharingEn>(sharingRu, sharingEn),
  pair<typeof importsEn>(importsRu, importsEn),
];
void reverse;

/** The whole English catalogue. */
export type Catalog = typeof baseEn & typeof seizuresEn & typeof statisticsEn & typeof sharingEn & typeof importsEn;

export const en: Catalog = Object.assign({}, ...parts.map(([english]) => english)) as Catalog;
export const ru: Catalog = Object.assign({}, ...parts.map(([, russian]) => russian)) as Catalog;
