/** Picks the name of an agency, organisation or country in the interface language. */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Country } from '../api/types';
import { toLanguage } from './index';

export interface Names {
  /** Name of something that has `name` (English) and `nameRu`. */
  of: (item: { name: string; nameRu: string }) => string;
  /** Name of a country, falling back to its code. */
  country: (country: Country | undefined, code?: string | null) => string;
}

/** Name pickers bound to the active language. */
export function useNames(): Names {
  const { i18n } = useTranslation();
  const ru = toLanguage(i18n.language) === 'ru';
  const of = useCallback(
    (item: { name: string; nameRu: string }) => (ru && item.nameRu ? item.nameRu : item.name),
    [ru],
  );
  const country = useCallback(
    (value: Country | undefined, code?: string | null) =>
      value ? (ru ? value.nameRu || value.nameEn : value.nameEn) : (code ?? '—'),
    [ru],
  );
  return { of, country };
}
