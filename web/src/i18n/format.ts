/** Locale-aware formatting of dates, times and numbers for the current interface language. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { toLanguage } from './index';

export interface Formatters {
  /** Date and time to the minute, e.g. 03.02.2025, 14:05. */
  dateTime: (iso: string | null | undefined) => string;
  /** Date and time to the second, for audit entries. */
  timestamp: (iso: string | null | undefined) => string;
  /** Date only. */
  date: (iso: string | null | undefined) => string;
  /** Integer or decimal number with locale grouping. */
  number: (value: number) => string;
}

const LOCALES = { en: 'en-GB', ru: 'ru-RU' } as const;

function safe(format: Intl.DateTimeFormat): (iso: string | null | undefined) => string {
  return (iso) => {
    if (!iso) {
      return '—';
    }
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? iso : format.format(date);
  };
}

/** Formatters bound to the active language; re-created when the language changes. */
export function useFormatters(): Formatters {
  const { i18n } = useTranslation();
  const locale = LOCALES[toLanguage(i18n.language)];
  return useMemo(() => {
    const numbers = new Intl.NumberFormat(locale);
    return {
      dateTime: safe(new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' })),
      timestamp: safe(
        new Intl.DateTimeFormat(locale, {
          year: 'numeric',
          month: '2-digit',
          day: '2-digit',
          hour: '2-digit',
          minute: '2-digit',
          second: '2-digit',
        }),
      ),
      date: safe(new Intl.DateTimeFormat(locale, { dateStyle: 'medium' })),
      number: (value) => numbers.format(value),
    };
  }, [locale]);
}
