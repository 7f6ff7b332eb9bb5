/**
 * New psychoactive substances (NPS). Group, sub-group and `unodcNames` follow the UNODC data portal
 * export "Drug seizures, 2018-2022". Sources: early warning on new synthetic drugs (002:59), NPS
 * legislation (002:31, 002:35).
 */
import type { DrugTerm } from './drug-term.js';

/** New psychoactive substances. */
export const NPS = [
  {
    code: 'synthetic_cannabinoids',
    en: 'Synthetic cannabinoids (“spice”)',
    ru: 'синтетические каннабиноиды («спайс»)',
    aliases: ['spice', 'спайс'],
    group: 'nps',
    subGroup: 'Synthetic cannabinoids (Spice)',
    // One term whatever the control status: UNODC also files them under "Any other drugs" (under
    // international control) and once under cannabis-type drugs (JWH-018).
    unodcNames: [
      'Synthetic cannabinoids (Spice)',
      'Synthetic cannabinoids (“Spice”)',
      'Synthetic cannabinoids under international control',
      'AB-FUBINACA',
      'ADB-CHMINACA',
      'JWH-018',
      'JWH-210',
      'MDMB-CHMICA',
      'UR-144',
    ],
  },
  {
    code: 'synthetic_cathinones',
    en: 'Synthetic cathinones',
    ru: 'синтетические катиноны',
    group: 'nps',
    subGroup: 'Synthetic cathinones',
    unodcNames: [
      'Synthetic cathinones',
      '4-MEC',
      'Alpha-PHpP (PV8)',
      'Alpha-Pyrrolidinohexiophenone (alpha-PHP)',
      'Pentedrone',
    ],
  },
  {
    code: 'alpha_pvp',
    en: 'α-PVP (alpha-pyrrolidinovalerophenone)',
    ru: 'α-PVP (альфа-пирролидиновалерофенон)',
    group: 'nps',
    subGroup: 'Synthetic cathinones',
    unodcNames: [],
    reportedAs: 'synthetic_cathinones',
  },
  {
    code: 'nps_phenethylamines',
    en: 'Phenethylamines (NPS)',
    ru: 'фенэтиламины (НПВ)',
    group: 'nps',
    subGroup: 'Phenethylamines',
    unodcNames: [
      'Phenethylamines',
      'Phenethylamine',
      '2C (psychedelics)',
      '2,5-Dimethoxy-4-chloroamphetamine (DOC)',
      '4-Fluoroamphetamine (4-FA)',
      '4-Fluoromethamphetamine\u00a0(4-FMA)',
      '4-MA (4-methylamphetamine)',
      // Fluorinated ethylamphetamines are NPS; UNODC lists them under prescription stimulants.
      '3-Fluoroethamphetamine (3-FEA)',
      '4-Fluoroethamphetamine',
    ],
  },
  {
    code: 'ketamine',
    en: 'Ketamine and phencyclidine-type substances',
    ru: 'кетамин и вещества фенциклидинового типа',
    group: 'nps',
    subGroup: 'Ketamine and phencyclidine-type substances',
    unodcNames: ['Ketamine and phencyclidine-type substances'],
  },
  {
    code: 'nps_piperazines',
    en: 'Piperazines',
    ru: 'пиперазины',
    group: 'nps',
    subGroup: 'Piperazines',
    unodcNames: ['Piperazines'],
  },
  {
    code: 'nps_tryptamines',
    en: 'Tryptamines (NPS)',
    ru: 'триптамины (НПВ)',
    group: 'nps',
    subGroup: 'Tryptamines',
    unodcNames: ['Tryptamines'],
  },
  {
    code: 'nps_aminoindanes',
    en: 'Aminoindanes',
    ru: 'аминоинданы',
    group: 'nps',
    subGroup: 'Aminoindanes',
    unodcNames: ['Aminoindanes'],
  },
  {
    code: 'khat',
    en: 'Khat',
    ru: 'кат (листья растения Catha edulis)',
    group: 'nps',
    subGroup: 'Plant-based NPS',
    unodcNames: ['Khat'],
  },
  {
    code: 'kratom',
    en: 'Kratom (Mitragyna speciosa)',
    ru: 'кратом (Mitragyna speciosa)',
    group: 'nps',
    subGroup: 'Plant-based NPS',
    unodcNames: ['Kratom (Mitragyna speciosa)'],
  },
  {
    code: 'salvia_divinorum',
    en: 'Salvia divinorum',
    ru: 'шалфей предсказателей (Salvia divinorum)',
    group: 'nps',
    subGroup: 'Plant-based NPS',
    unodcNames: ['Salvia divinorum'],
  },
  {
    code: 'plant_based_nps_other',
    en: 'Other plant-based NPS',
    ru: 'иные НПВ растительного происхождения',
    group: 'nps',
    subGroup: 'Plant-based NPS',
    unodcNames: ['Plant-based new psychoactive substances', 'Ayahuasca'],
  },
  {
    code: 'nps_other',
    en: 'Other or non-specified NPS',
    ru: 'иные НПВ (без уточнения)',
    group: 'nps',
    subGroup: 'Other NPS',
    unodcNames: ['Other NPS', 'Non-specified NPS'],
  },
] as const satisfies readonly DrugTerm[];
