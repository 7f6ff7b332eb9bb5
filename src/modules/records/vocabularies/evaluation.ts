/**
 * The 4x4 evaluation of an operational record (PRODUCT.md principle 1): reliability of the source
 * (A, B, C, X) and assessment of the information (1–4), in the standard wording of the 4x4 system
 * used by Europol and EU law-enforcement authorities. Codes are the system's own; the information
 * code is stored as a small integer (`eval_info`, docs/records-design.md).
 */
import type { Term } from './term.js';

/** An evaluation grade: a short label (`en`, `ru`) and the standard definition. */
export interface EvaluationTerm extends Term {
  readonly descriptionEn: string;
  readonly descriptionRu: string;
}

/** Source reliability: A, B, C, X. */
export const SOURCE_EVALUATIONS = [
  {
    code: 'A',
    en: 'A — reliable',
    ru: 'A — надёжный',
    descriptionEn:
      'No doubt about the authenticity, trustworthiness and competence of the source, or the source has proved reliable in all instances.',
    descriptionRu:
      'Подлинность, добросовестность и компетентность источника не вызывают сомнений, либо источник во всех случаях оказывался надёжным.',
  },
  {
    code: 'B',
    en: 'B — usually reliable',
    ru: 'B — как правило, надёжный',
    descriptionEn: 'Information from this source has in most instances proved reliable.',
    descriptionRu: 'Информация из этого источника в большинстве случаев оказывалась достоверной.',
  },
  {
    code: 'C',
    en: 'C — not usually reliable',
    ru: 'C — как правило, ненадёжный',
    descriptionEn: 'Information from this source has in most instances proved unreliable.',
    descriptionRu: 'Информация из этого источника в большинстве случаев оказывалась недостоверной.',
  },
  {
    code: 'X',
    en: 'X — reliability cannot be assessed',
    ru: 'X — надёжность не может быть оценена',
    descriptionEn: 'The reliability of the source cannot be assessed.',
    descriptionRu: 'Надёжность источника оценить невозможно.',
  },
] as const satisfies readonly EvaluationTerm[];

/** Information assessment: 1–4. */
export const INFORMATION_EVALUATIONS = [
  {
    code: '1',
    en: '1 — accuracy not in doubt',
    ru: '1 — достоверность не вызывает сомнений',
    descriptionEn: 'Information whose accuracy is not in doubt.',
    descriptionRu: 'Информация, точность которой не вызывает сомнений.',
  },
  {
    code: '2',
    en: '2 — known personally to the source',
    ru: '2 — известна источнику лично',
    descriptionEn:
      'Information known personally to the source but not known personally to the official passing it on.',
    descriptionRu:
      'Информация известна источнику лично, но не известна лично должностному лицу, которое её передаёт.',
  },
  {
    code: '3',
    en: '3 — corroborated',
    ru: '3 — подтверждена',
    descriptionEn:
      'Information not known personally to the source but corroborated by other information already recorded.',
    descriptionRu:
      'Информация не известна источнику лично, но подтверждается другой уже имеющейся информацией.',
  },
  {
    code: '4',
    en: '4 — cannot be corroborated',
    ru: '4 — не может быть подтверждена',
    descriptionEn: 'Information not known personally to the source and which cannot be corroborated.',
    descriptionRu: 'Информация не известна источнику лично и не может быть подтверждена.',
  },
] as const satisfies readonly EvaluationTerm[];

/** A source reliability code. */
export type SourceEvaluationCode = (typeof SOURCE_EVALUATIONS)[number]['code'];
/** An information assessment code. */
export type InformationEvaluationCode = (typeof INFORMATION_EVALUATIONS)[number]['code'];
