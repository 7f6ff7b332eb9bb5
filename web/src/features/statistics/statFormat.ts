/** Display of exact statistics figures and of line keys in the interface language. */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { toLanguage } from '../../i18n';
import { useCountries } from '../../api/reference';
import type { StatDimension } from '../../api/statistics';
import { vocabularyLabel } from '../../../../src/modules/records/vocabularies/index';

const SEPARATORS = { en: { group: ',', decimal: '.' }, ru: { group: '\u00a0', decimal: ',' } } as const;

/**
 * An exact decimal string with the language's digit grouping and decimal sign. Works on the text
 * itself: turning it into a JavaScript number first would round it (0.300000001 must stay so).
 */
export function formatExactText(value: string, language: 'en' | 'ru'): string {
  const negative = value.startsWith('-');
  const [whole = '0', fraction] = (negative ? value.slice(1) : value).split('.');
  const { group, decimal } = SEPARATORS[language];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${negative ? '−' : ''}${grouped}${fraction ? `${decimal}${fraction}` : ''}`;
}

/** Formatters for figures and keys, bound to the interface language. */
export function useStatFormat() {
  const { t, i18n } = useTranslation();
  const language = toLanguage(i18n.language);
  const countries = useCountries();
  const exact = useCallback((value: string) => formatExactText(value, language), [language]);
  const key = useCallback(
    (dimension: StatDimension, value: string | undefined): string => {
      if (value === undefined) {
        return '—';
      }
      switch (dimension) {
        case 'country': {
          const country = countries.data?.find((c) => c.code === value);
          return country ? `${language === 'ru' ? country.nameRu : country.nameEn} (${value})` : value;
        }
        case 'year':
          return value;
        case 'group':
          return vocabularyLabel('drug_groups', value, language) ?? t('statistics.unmapped');
        case 'drug':
          return vocabularyLabel('drugs', value, language) ?? value;
      }
    },
    [countries.data, language, t],
  );
  const source = useCallback(
    (value: string) =>
      value === 'seizures'
        ? t('statistics.sources.seizures')
        : value === 'unodc-data-portal'
          ? t('statistics.sources.unodc')
          : value,
    [t],
  );
  return { exact, key, source, language };
}
