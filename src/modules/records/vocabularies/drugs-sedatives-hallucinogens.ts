/**
 * Sedatives and tranquillizers, and hallucinogens. Group, sub-group and `unodcNames` follow the
 * UNODC data portal export "Drug seizures, 2018-2022"; "psychotropic substances" in pills and
 * ampoules are what the region's reports mostly seize of these (001:1051, 001:1237).
 */
import type { DrugTerm } from './drug-term.js';

/** Sedatives and tranquillizers. */
export const SEDATIVES = [
  {
    code: 'diazepam',
    en: 'Diazepam',
    ru: 'диазепам',
    group: 'sedatives',
    subGroup: 'Benzodiazepines',
    unodcNames: ['Diazepam', 'Diazepam (Stesolid)', 'Valium'],
  },
  {
    code: 'phenazepam',
    en: 'Phenazepam',
    ru: 'феназепам',
    group: 'sedatives',
    subGroup: 'Benzodiazepines',
    unodcNames: ['Phenazepam'],
  },
  {
    code: 'alprazolam',
    en: 'Alprazolam',
    ru: 'алпразолам',
    group: 'sedatives',
    subGroup: 'Benzodiazepines',
    unodcNames: ['Alprazolam (Xanax, Pranax, Ksalol)'],
  },
  {
    code: 'clonazepam',
    en: 'Clonazepam',
    ru: 'клоназепам',
    group: 'sedatives',
    subGroup: 'Benzodiazepines',
    unodcNames: ['Clonazepam (Rivotril)'],
  },
  {
    code: 'benzodiazepines_other',
    en: 'Other benzodiazepines',
    ru: 'иные бензодиазепины',
    group: 'sedatives',
    subGroup: 'Benzodiazepines',
    unodcNames: [
      'Benzodiazepines',
      'Bromazepam',
      // Chlordiazepoxide is a benzodiazepine; UNODC lists it once under barbiturates.
      'Chlordiazepoxide',
      'Estazolam (desmethylalprazolam)',
      'Flunitrazepam (Disomnilan, Flumipam, Rohypnol)',
      'Lorazepam (Ativan, Temesta)',
      'Midazolam',
      'Nimetazepam (Erimin, “Happy Five”)',
      'Nitrazepam',
      'Oxazepam',
    ],
  },
  {
    code: 'barbiturates',
    en: 'Barbiturates',
    ru: 'барбитураты',
    group: 'sedatives',
    subGroup: 'Barbiturates',
    unodcNames: ['Barbiturates'],
  },
  {
    code: 'methaqualone',
    en: 'Methaqualone',
    ru: 'метаквалон',
    group: 'sedatives',
    subGroup: 'Methaqualone',
    unodcNames: ['Methaqualone'],
  },
  {
    code: 'ghb',
    en: 'GHB (gamma-hydroxybutyric acid)',
    ru: 'ГОМК (гамма-оксимасляная кислота)',
    group: 'sedatives',
    subGroup: 'GBL/GHB',
    unodcNames: ['Gamma-Hydroxybutyric acid (GHB)'],
  },
  {
    code: 'gbl',
    en: 'GBL (gamma-butyrolactone)',
    ru: 'ГБЛ (гамма-бутиролактон)',
    group: 'sedatives',
    subGroup: 'GBL/GHB',
    unodcNames: ['GBL', 'Gamma-Butyrolactone (GBL)'],
  },
  {
    code: 'sedatives_other',
    en: 'Other or non-specified sedatives and tranquillizers',
    ru: 'иные седативные средства и транквилизаторы (без уточнения)',
    group: 'sedatives',
    subGroup: 'Other sedatives and tranquillizers',
    // Zopiclone, a hypnotic, is listed by UNODC under other hallucinogens.
    unodcNames: [
      'Other sedatives and tranquillizers',
      'Non-specified sedatives and tranquillizers',
      'Zopiclone',
    ],
  },
  {
    code: 'sedatives_reported_total',
    en: 'Sedatives and tranquillizers, reported total',
    ru: 'седативные средства и транквилизаторы, общий итог по отчёту',
    group: 'sedatives',
    subGroup: 'Reported total sedatives and tranquillizers',
    unodcNames: [
      'Total sedatives and tranquillizers (including the above, all other sedatives and tranquillizers, and any unspecified/undistinguished quantities of sedatives and tranquillizers)',
    ],
    aggregate: true,
  },
] as const satisfies readonly DrugTerm[];

/** Hallucinogens. */
export const HALLUCINOGENS = [
  {
    code: 'lsd',
    en: 'LSD (lysergide)',
    ru: 'ЛСД (лизергид)',
    group: 'hallucinogens',
    subGroup: 'LSD',
    unodcNames: ['Lysergic acid diethylamide (LSD)'],
  },
  {
    code: 'psilocybin',
    en: 'Psilocybin',
    ru: 'псилоцибин',
    group: 'hallucinogens',
    subGroup: 'Other Hallucinogens',
    unodcNames: ['Psilocybine'],
  },
  {
    code: 'hallucinogenic_mushrooms',
    en: 'Hallucinogenic mushrooms',
    ru: 'галлюциногенные грибы (содержащие псилоцибин)',
    group: 'hallucinogens',
    subGroup: 'Other Hallucinogens',
    unodcNames: ['Mushrooms (hallucinogenic)'],
  },
  {
    code: 'dmt',
    en: 'DMT (dimethyltryptamine)',
    ru: 'ДМТ (диметилтриптамин)',
    group: 'hallucinogens',
    subGroup: 'Other Hallucinogens',
    unodcNames: ['Dimethyltryptamine (DMT)'],
  },
  {
    code: 'mescaline',
    en: 'Mescaline',
    ru: 'мескалин',
    group: 'hallucinogens',
    subGroup: 'Other Hallucinogens',
    unodcNames: ['Mescaline'],
  },
  {
    code: 'pcp',
    en: 'PCP (phencyclidine)',
    ru: 'ФЦП (фенциклидин)',
    group: 'hallucinogens',
    subGroup: 'Other Hallucinogens',
    unodcNames: ['Phencyclidine (PCP)'],
  },
  {
    code: 'two_c_b',
    en: '2C-B',
    ru: '2C-B (4-бром-2,5-диметоксифенэтиламин)',
    group: 'hallucinogens',
    subGroup: 'Other Hallucinogens',
    unodcNames: ['4-bromo-2,5-dimethoxyphenethylamine (2C-B)'],
  },
  {
    code: 'nbome',
    en: 'NBOMe substances (25B-, 25C-NBOMe…)',
    ru: 'вещества группы NBOMe (25B-, 25C-NBOMe…)',
    group: 'hallucinogens',
    subGroup: 'Other Hallucinogens',
    unodcNames: ['25B-NBOMe (2C-B-NBOMe)', '25C-NBOMe (NBOMe-2C-C, 2C-C-NBOMe, Cimbi-82)'],
  },
  {
    code: 'hallucinogens_other',
    en: 'Other or non-specified hallucinogens',
    ru: 'иные галлюциногены (без уточнения)',
    group: 'hallucinogens',
    subGroup: 'Other Hallucinogens',
    unodcNames: [
      'Other hallucinogens',
      'Non-specified hallucinogens',
      'Brolamfetamine (DOB, dimethoxybromoamphetamine, bromo-DMA)',
      'STP (DOM, 2,5-dimethoxy-4-methylamphetamine)',
      // A truncated name in the UNODC export (no substance is called just that).
      '3,4-Methylenedioxyphenyl',
    ],
  },
  {
    code: 'hallucinogens_reported_total',
    en: 'Hallucinogens, reported total',
    ru: 'галлюциногены, общий итог по отчёту',
    group: 'hallucinogens',
    subGroup: 'Reported total hallucinogens',
    unodcNames: [
      'Total hallucinogens (including the above, all other hallucinogens, and any unspecified/undistinguished quantities of hallucinogens)',
    ],
    aggregate: true,
  },
] as const satisfies readonly DrugTerm[];
