/**
 * The controlled vocabularies of seizure reports and operational records, and the exact
 * kilogram-equivalent rules. Other modules import from here, never from the files behind it.
 */
import { CONCEALMENT_METHODS } from './concealment.js';
import { DISTRIBUTIONS } from './distribution.js';
import { DRUG_GROUPS } from './drug-groups.js';
import { DRUGS } from './drugs.js';
import { INFORMATION_EVALUATIONS, SOURCE_EVALUATIONS } from './evaluation.js';
import { FORMS } from './forms.js';
import { HANDLING_CODES } from './handling.js';
import { LINK_TYPES } from './link-types.js';
import { PERSON_ROLES } from './person-roles.js';
import { PLACE_KINDS } from './place-kinds.js';
import { type Language, type Term, termLabel } from './term.js';
import { TRANSPORT_MODES } from './transport.js';
import { UNITS } from './units.js';

export * from './concealment.js';
export * from './distribution.js';
export * from './drug-groups.js';
export * from './drugs.js';
export * from './evaluation.js';
export * from './forms.js';
export * from './handling.js';
export * from './link-types.js';
export * from './person-roles.js';
export * from './place-kinds.js';
export * from './quantity.js';
export * from './term.js';
export * from './transport.js';
export * from './units.js';

/** Every vocabulary by name: the names used in the API, the web app and `vocabularyLabel`. */
export const VOCABULARIES = {
  drug_groups: DRUG_GROUPS,
  drugs: DRUGS,
  forms: FORMS,
  units: UNITS,
  concealment: CONCEALMENT_METHODS,
  transport: TRANSPORT_MODES,
  place_kinds: PLACE_KINDS,
  person_roles: PERSON_ROLES,
  link_types: LINK_TYPES,
  handling: HANDLING_CODES,
  source_evaluation: SOURCE_EVALUATIONS,
  information_evaluation: INFORMATION_EVALUATIONS,
  distribution: DISTRIBUTIONS,
} as const satisfies Record<string, readonly Term[]>;

/** Name of a vocabulary. */
export type VocabularyName = keyof typeof VOCABULARIES;
/** A code of the named vocabulary. */
export type VocabularyCode<V extends VocabularyName> = (typeof VOCABULARIES)[V][number]['code'];

const index = new Map<VocabularyName, Map<string, Term>>(
  (Object.keys(VOCABULARIES) as VocabularyName[]).map((name) => [
    name,
    new Map<string, Term>(VOCABULARIES[name].map((term: Term) => [term.code, term])),
  ]),
);

/** The term of `vocab` with this code, or undefined. */
export function findTerm(vocab: VocabularyName, code: string): Term | undefined {
  return index.get(vocab)?.get(code);
}

/** Whether `code` is a code of `vocab` (for request validation). */
export function isVocabularyCode<V extends VocabularyName>(
  vocab: V,
  code: string,
): code is VocabularyCode<V> {
  return findTerm(vocab, code) !== undefined;
}

/** The label of a code in the given language, or undefined when the vocabulary has no such code. */
export function vocabularyLabel(vocab: VocabularyName, code: string, lang: Language): string | undefined {
  const term = findTerm(vocab, code);
  return term ? termLabel(term, lang) : undefined;
}
