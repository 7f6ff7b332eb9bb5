/**
 * The shape every controlled-vocabulary term shares. Terms are data: a stable code that is stored
 * and exchanged, and the labels shown to people. Codes never change once released; a label may.
 */
import type { Language } from '../../../platform/db/schema.js';

export type { Language };

/** One term of a controlled vocabulary: a stable snake_case code and its English and Russian labels. */
export interface Term {
  /** Stable snake_case code, stored in the database and exchanged between nodes. */
  readonly code: string;
  /** English label. */
  readonly en: string;
  /** Russian label, in the wording of the region's law-enforcement reporting. */
  readonly ru: string;
  /** Where the term comes from: a source document line (`001:744`), UNODC, a standard; omitted when it is ours. */
  readonly source?: string;
}

/** The label of a term in the given language. */
export function termLabel(term: Term, lang: Language): string {
  return lang === 'ru' ? term.ru : term.en;
}
