import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../api/types';
import { da } from './da';
import { en } from './en';

// Both catalogs must have exactly the same keys: each must be assignable to the other's type.
const enMatchesDa: typeof da = en;
const daMatchesEn: typeof en = da;

export const LANGUAGE_STORAGE_KEY = 'skjold.language';
export const DEFAULT_LANGUAGE: Locale = 'da';

export function isLocale(value: unknown): value is Locale {
  return value === 'da' || value === 'en';
}

export function storedLanguage(): Locale | null {
  try {
    const value = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

export function currentLanguage(): Locale {
  return isLocale(i18n.resolvedLanguage) ? i18n.resolvedLanguage : DEFAULT_LANGUAGE;
}

/** Switch the UI language and remember the choice in this browser. */
export function setLanguage(language: Locale): void {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Storage may be disabled (private mode); the switch still applies to this tab.
  }
  void i18n.changeLanguage(language);
}

void i18n.use(initReactI18next).init({
  resources: { da: { translation: daMatchesEn }, en: { translation: enMatchesDa } },
  lng: storedLanguage() ?? DEFAULT_LANGUAGE,
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: ['da', 'en'],
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
});

document.documentElement.lang = currentLanguage();
i18n.on('languageChanged', () => {
  document.documentElement.lang = currentLanguage();
});

export { i18n };
