/**
 * Amphetamine-type stimulants and “ecstasy”-type substances. Group, sub-group and `unodcNames`
 * follow the UNODC data portal export "Drug seizures, 2018-2022" (typographic quotes as printed);
 * methamphetamine from Iran: 001:217.
 */
import type { DrugTerm } from './drug-term.js';

/** Amphetamine-type stimulants (excluding “ecstasy”). */
export const ATS = [
  {
    code: 'methamphetamine',
    en: 'Methamphetamine',
    ru: 'метамфетамин (первитин)',
    aliases: ['pervitin', 'первитин'],
    group: 'ats',
    subGroup: 'Methamphetamine',
    // "Yaba" is methamphetamine in tablets; UNODC files it under methamphetamine.
    unodcNames: ['Methamphetamine', '“Yaba”'],
    source: '001:217',
  },
  {
    code: 'amphetamine',
    en: 'Amphetamine',
    ru: 'амфетамин',
    group: 'ats',
    subGroup: 'Amphetamine',
    // "Captagon" tablets are amphetamine in practice; UNODC files them under amphetamine.
    unodcNames: ['Amphetamine', '"Captagon"'],
  },
  {
    code: 'ats_non_specified',
    en: 'Amphetamine-type stimulants, non-specified',
    ru: 'стимуляторы амфетаминового ряда (без уточнения)',
    group: 'ats',
    subGroup: 'Non-specified amphetamine-type stimulants',
    unodcNames: ['Non-specified amphetamine-type stimulants'],
  },
  {
    code: 'cathinone',
    en: 'Cathinone',
    ru: 'катинон',
    group: 'ats',
    subGroup: 'Other stimulants',
    unodcNames: ['Cathinone'],
  },
  {
    code: 'methcathinone',
    en: 'Methcathinone (ephedrone)',
    ru: 'меткатинон (эфедрон)',
    aliases: ['ephedrone', 'эфедрон'],
    group: 'ats',
    subGroup: 'Other stimulants',
    unodcNames: ['Methcathinone'],
  },
  {
    code: 'mephedrone',
    en: 'Mephedrone (4-MMC)',
    ru: 'мефедрон (4-метилметкатинон)',
    group: 'ats',
    subGroup: 'Other stimulants',
    unodcNames: ['Mephedrone (4-methylmethcathinone, 4-MMC)'],
  },
  {
    code: 'mdpv',
    en: 'MDPV (3,4-methylenedioxypyrovalerone)',
    ru: 'МДПВ (3,4-метилендиоксипировалерон)',
    group: 'ats',
    subGroup: 'Other stimulants',
    unodcNames: ['3,4-Methylenedioxypyrovalerone (MDPV)'],
  },
  {
    code: 'stimulants_other',
    en: 'Other stimulants',
    ru: 'иные стимуляторы',
    group: 'ats',
    subGroup: 'Other stimulants',
    unodcNames: ['Other stimulants'],
  },
  {
    code: 'methylphenidate',
    en: 'Methylphenidate',
    ru: 'метилфенидат',
    group: 'ats',
    subGroup: 'Prescription stimulants',
    unodcNames: ['Methylphenidate', 'Methylphenidate (Ritalin, Concerta)'],
  },
  {
    code: 'prescription_stimulants_other',
    en: 'Other prescription stimulants',
    ru: 'иные рецептурные стимуляторы',
    group: 'ats',
    subGroup: 'Prescription stimulants',
    unodcNames: [
      'Prescription stimulants',
      'Adderall',
      'Dexamfetamine',
      'Dextroamphetamine (Dexedrine)',
      'Phenmetrazine',
      'Phentermine',
      'Pyrovalerone',
    ],
  },
  {
    code: 'ats_reported_total',
    en: 'Amphetamine-type stimulants, reported total',
    ru: 'стимуляторы амфетаминового ряда, общий итог по отчёту',
    group: 'ats',
    subGroup: 'Reported total ATS (excluding "ecstasy")',
    unodcNames: [
      'Total amphetamine-type stimulants (ATS) (including the above, all other ATS, and any unspecified/undistinguished quantities of ATS)',
    ],
    aggregate: true,
  },
] as const satisfies readonly DrugTerm[];

/** “Ecstasy”-type substances. */
export const ECSTASY = [
  {
    code: 'mdma',
    en: 'MDMA (“ecstasy”)',
    ru: 'МДМА («экстази»)',
    group: 'ecstasy_type',
    subGroup: '“Ecstasy”-type substances',
    unodcNames: ['3,4-methylenedioxymethamphetamine (MDMA)'],
  },
  {
    code: 'mda',
    en: 'MDA (tenamfetamine)',
    ru: 'МДА (тенамфетамин)',
    group: 'ecstasy_type',
    subGroup: '“Ecstasy”-type substances',
    unodcNames: ['Tenamfetamine (MDA)'],
  },
  {
    code: 'mdea',
    en: 'MDEA',
    ru: 'МДЭА',
    group: 'ecstasy_type',
    subGroup: '“Ecstasy”-type substances',
    unodcNames: ['MDEA'],
  },
  {
    code: 'ecstasy_type_non_specified',
    en: '“Ecstasy”-type substances, non-specified',
    ru: 'вещества типа «экстази» (без уточнения)',
    group: 'ecstasy_type',
    subGroup: '“Ecstasy”-type substances',
    unodcNames: ['Non-specified “ecstasy”-type substances'],
  },
  {
    code: 'ecstasy_type_reported_total',
    en: '“Ecstasy”-type substances, reported total',
    ru: 'вещества типа «экстази», общий итог по отчёту',
    group: 'ecstasy_type',
    subGroup: 'Reported total "ecstasy"-type substances',
    // UNODC files this total under two sub-groups, the second being the ordinary one.
    unodcNames: [
      'Total "ecstasy"-type substances (including the above, all other substances of this type and any unspecified/undistinguished quantities of substances of this type)',
    ],
    aggregate: true,
  },
] as const satisfies readonly DrugTerm[];
