/**
 * UNODC drug groups: the `DrugGroup` column of the UNODC data portal export "Drug seizures,
 * 2018-2022" (shared/data/unodc/drug_seizures_2018_2022.xlsx). `unodcNames` holds the exact strings
 * of that column, typographic quotes included.
 */
import type { Term } from './term.js';

/** A UNODC drug group, with the exact `DrugGroup` strings of the UNODC export that it stands for. */
export interface DrugGroupTerm extends Term {
  readonly unodcNames: readonly string[];
}

/** The eleven drug groups of the UNODC export, in the order UNODC's World Drug Report presents them. */
export const DRUG_GROUPS = [
  { code: 'opioids', en: 'Opioids', ru: 'опиоиды', unodcNames: ['Opioids'] },
  {
    code: 'cannabis_type',
    en: 'Cannabis-type drugs (excluding synthetic cannabinoids)',
    ru: 'наркотики группы каннабиса (кроме синтетических каннабиноидов)',
    unodcNames: ['Cannabis-type drugs (excluding synthetic cannabinoids)'],
  },
  {
    code: 'cocaine_type',
    en: 'Cocaine-type drugs',
    ru: 'наркотики кокаиновой группы',
    unodcNames: ['Cocaine-type'],
  },
  {
    code: 'ats',
    en: 'Amphetamine-type stimulants (excluding “ecstasy”)',
    ru: 'стимуляторы амфетаминового ряда (кроме «экстази»)',
    unodcNames: ['Amphetamine-type stimulants (excluding “ecstasy”)'],
  },
  {
    code: 'ecstasy_type',
    en: '“Ecstasy”-type substances',
    ru: 'вещества типа «экстази»',
    unodcNames: ['“Ecstasy”-type substances'],
  },
  {
    code: 'sedatives',
    en: 'Sedatives and tranquillizers',
    ru: 'седативные средства и транквилизаторы',
    unodcNames: ['Sedatives and tranquillizers'],
  },
  { code: 'hallucinogens', en: 'Hallucinogens', ru: 'галлюциногены', unodcNames: ['Hallucinogens'] },
  {
    code: 'nps',
    en: 'New psychoactive substances (NPS)',
    ru: 'новые психоактивные вещества (НПВ)',
    unodcNames: ['NPS'],
  },
  { code: 'precursors', en: 'Precursors', ru: 'прекурсоры', unodcNames: ['Precursors'] },
  {
    code: 'solvents_inhalants',
    en: 'Solvents and inhalants',
    ru: 'растворители и ингалянты',
    unodcNames: ['Solvents and Inhalants'],
  },
  {
    code: 'other_substances',
    en: 'Any other drugs and substances',
    ru: 'прочие наркотики и вещества',
    unodcNames: ['Any other drugs/substances'],
  },
] as const satisfies readonly DrugGroupTerm[];

/** Code of a UNODC drug group. */
export type DrugGroupCode = (typeof DRUG_GROUPS)[number]['code'];
