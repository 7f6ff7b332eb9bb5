/** Display helpers of seizure values: partial dates, exact decimals, places. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DatePrecision } from '../../api/seizures';
import { toLanguage } from '../../i18n';

const LOCALES = { en: 'en-GB', ru: 'ru-RU' } as const;
const SEPARATORS = {
  en: { group: ',', decimal: '.' },
  ru: { group: '\u00a0', decimal: ',' },
} as const;

/**
 * An exact decimal string in the interface language (digit grouping, decimal separator) without
 * ever going through a JS number, so "0.1" stays 0.1 and 30 digits stay 30 digits.
 */
export function formatDecimalText(value: string, language: 'en' | 'ru'): string {
  const [whole = '', fraction] = value.split('.');
  const sep = SEPARATORS[language];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, sep.group);
  return fraction ? `${grouped}${sep.decimal}${fraction}` : grouped;
}

/** Formatters of seizure values bound to the interface language. */
export function useSeizureFormat() {
  const { i18n } = useTranslation();
  const language = toLanguage(i18n.language);
  return useMemo(() => {
    const locale = LOCALES[language];
    const monthYear = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' });
    const fullDate = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    /** A reported date at its own precision: "2024", "May 2024" or "17 May 2024". */
    const reportedDate = (occurredOn: string, precision: DatePrecision): string => {
      const [year, month = '01', day = '01'] = occurredOn.split('-');
      const date = new Date(`${year}-${month}-${day}T00:00:00Z`);
      if (precision === 'year' || Number.isNaN(date.getTime())) {
        return year ?? occurredOn;
      }
      return precision === 'month' ? monthYear.format(date) : fullDate.format(date);
    };
    const decimal = (value: string | null | undefined): string =>
      value === null || value === undefined ? '—' : formatDecimalText(value, language);
    return { language, reportedDate, decimal };
  }, [language]);
}
