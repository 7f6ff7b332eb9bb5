/**
 * Cannabis-type and cocaine-type substances. Group, sub-group and `unodcNames` follow the UNODC data
 * portal export "Drug seizures, 2018-2022"; Russian labels follow the wording of the region's
 * seizure reporting ("hashish, marihuana": 001:39, 001:1233).
 */
import type { DrugTerm } from './drug-term.js';

/** Cannabis-type substances (synthetic cannabinoids are NPS). */
export const CANNABIS = [
  {
    code: 'cannabis_herb',
    en: 'Cannabis herb (marijuana)',
    ru: 'каннабис (марихуана)',
    group: 'cannabis_type',
    subGroup: 'Cannabis herb (marijuana)',
    unodcNames: ['Cannabis herb (marijuana)'],
  },
  {
    code: 'cannabis_resin',
    en: 'Cannabis resin (hashish)',
    ru: 'гашиш (смола каннабиса)',
    group: 'cannabis_type',
    subGroup: 'Cannabis resin (hashish)',
    unodcNames: ['Cannabis resin (hashish)'],
  },
  {
    code: 'cannabis_plants',
    en: 'Cannabis plants',
    ru: 'растения конопли',
    group: 'cannabis_type',
    subGroup: 'Cannabis plants',
    unodcNames: ['Cannabis plants'],
  },
  {
    code: 'cannabis_oil',
    en: 'Cannabis oil',
    ru: 'масло каннабиса (гашишное масло)',
    group: 'cannabis_type',
    subGroup: 'Cannabis oil',
    unodcNames: ['Cannabis oil'],
  },
  {
    code: 'cannabis_seed',
    en: 'Cannabis seed',
    ru: 'семена конопли',
    group: 'cannabis_type',
    subGroup: 'Cannabis seed',
    unodcNames: ['Cannabis seed'],
  },
  {
    code: 'cannabis_other',
    en: 'Other or non-specified cannabis-type drugs',
    ru: 'иные наркотики группы каннабиса (без уточнения)',
    group: 'cannabis_type',
    subGroup: 'Other types of cannabis',
    unodcNames: ['Other types of cannabis', 'Non-specified cannabis-type'],
  },
  {
    code: 'cannabis_type_reported_total',
    en: 'Cannabis-type drugs, reported total',
    ru: 'наркотики группы каннабиса, общий итог по отчёту',
    group: 'cannabis_type',
    subGroup: 'Reported total Cannabis-type',
    unodcNames: ['Cannabis-type'],
    aggregate: true,
  },
] as const satisfies readonly DrugTerm[];

/** Coca-type and cocaine-type substances. */
export const COCAINE = [
  {
    code: 'cocaine_salts',
    en: 'Cocaine salts (cocaine hydrochloride)',
    ru: 'кокаин (гидрохлорид кокаина)',
    group: 'cocaine_type',
    subGroup: 'Cocaine',
    unodcNames: ['Cocaine hydrochloride'],
  },
  {
    code: 'cocaine_base',
    en: 'Cocaine base and coca paste',
    ru: 'основание кокаина (кокаиновая паста)',
    group: 'cocaine_type',
    subGroup: 'Cocaine',
    unodcNames: ['Coca paste/refined cocaine base (intermediate products) (please specify)'],
  },
  {
    code: 'crack_cocaine',
    en: '“Crack” cocaine',
    ru: 'крэк (курительная форма кокаина)',
    group: 'cocaine_type',
    subGroup: 'Cocaine',
    unodcNames: ['"Crack" cocaine'],
  },
  {
    code: 'cocaine_smokable_other',
    en: 'Other smokable forms of cocaine (basuco, paco…)',
    ru: 'иные курительные формы кокаина (басуко, пако…)',
    group: 'cocaine_type',
    subGroup: 'Cocaine',
    unodcNames: [
      'Other smokable forms of cocaine (consumer products such as basuco, merla, paco, pasta base, etc.) (please specify)',
    ],
  },
  {
    code: 'cocaine_non_specified',
    en: 'Cocaine, non-specified',
    ru: 'кокаин (без уточнения формы)',
    group: 'cocaine_type',
    subGroup: 'Cocaine',
    unodcNames: ['Non-specified cocaine'],
  },
  {
    code: 'cocaine_reported_total',
    en: 'Cocaine, reported total (excluding coca leaf and bush)',
    ru: 'кокаин, общий итог по отчёту (без листа и куста коки)',
    group: 'cocaine_type',
    subGroup: 'Cocaine',
    unodcNames: [
      'Cocaine (total of the above, including if unspecified/undistinguished, but excluding coca leaf and coca bush)',
    ],
    aggregate: true,
  },
  {
    code: 'coca_leaf',
    en: 'Coca leaf',
    ru: 'лист коки',
    group: 'cocaine_type',
    subGroup: 'Coca-type',
    unodcNames: ['Coca leaf'],
  },
  {
    code: 'coca_bush',
    en: 'Coca bush',
    ru: 'куст коки',
    group: 'cocaine_type',
    subGroup: 'Coca-type',
    unodcNames: ['Coca bush'],
  },
  {
    code: 'cocaine_type_other',
    en: 'Other or non-specified coca/cocaine-type drugs',
    ru: 'иные наркотики кокаиновой группы (без уточнения)',
    group: 'cocaine_type',
    subGroup: 'Other coca/cocaine-type drugs',
    unodcNames: ['Other coca/cocaine-type drugs', 'Non-specified coca/cocaine type'],
  },
] as const satisfies readonly DrugTerm[];
