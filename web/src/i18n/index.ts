/** i18next set-up: English and Russian resources, language detection before sign-in, locale side effects. */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/ru';
import type { Language } from '../api/types';
import { en, ru } from './catalogs';

const STORAGE_KEY = 'northroute.language';

/** Narrows any string to a supported language, defaulting to English. */
export function toLanguage(value: string | null | undefined): Language {
  return value?.toLowerCase().startsWith('ru') ? 'ru' : 'en';
}

/** Language to use before sign-in: the last one chosen on this browser, else the browser's. */
export function initialLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    if (stored) {
      return toLanguage(stored);
    }
  } catch {
    // Storage may be disabled; fall back to the browser language.
  }
  return toLanguage(window.navigator.language);
}

function applyLocale(language: Language): void {
  dayjs.locale(language);
  document.documentElement.lang = language;
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not fatal: the choice is also stored per user on the server.
  }
}

/** Switches the interface language (i18next, dayjs, <html lang>, remembered locally). */
export async function setLanguage(language: Language): Promise<void> {
  applyLocale(language);
  if (i18n.language !== language) {
    await i18n.changeLanguage(language);
  }
}

/** The interface language currently in use. */
export function currentLanguage(): Language {
  return toLanguage(i18n.language);
}

const startLanguage = initialLanguage();
applyLocale(startLanguage);

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en }, ru: { translation: ru } },
  lng: startLanguage,
  fallbackLng: 'en',
  supportedLngs: ['en', 'ru'],
  interpolation: { escapeValue: false },
  returnNull: false,
});

export default i18n;
