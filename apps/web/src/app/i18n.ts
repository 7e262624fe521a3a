import { isLanguage, LANGUAGES, type Language } from '@letscoop/domain';
import i18next, { type BackendModule, type ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { initialLanguage, readStoredLanguage } from './language';

/**
 * Each locale file is its own chunk, fetched when its language is needed (the reader's, and
 * English as the fallback): the first load no longer carries all three languages' strings.
 */
const LOCALES: Record<Language, () => Promise<{ default: ResourceKey }>> = {
  nl: () => import('../locales/nl.json'),
  fr: () => import('../locales/fr.json'),
  en: () => import('../locales/en.json'),
};

const lazyLocales: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read: (language, _namespace, callback) => {
    if (!isLanguage(language)) {
      callback(null, {});
      return;
    }
    LOCALES[language]().then(
      (module) => callback(null, module.default),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), null),
    );
  },
};

/** Keeps <html lang> equal to the UI language (screen readers pick their voice from it). */
function reflectOnDocument(language: string): void {
  document.documentElement.lang = language;
}

export async function setUpI18n(): Promise<typeof i18next> {
  const language = initialLanguage(readStoredLanguage(), navigator.languages ?? [navigator.language]);
  i18next.on('languageChanged', reflectOnDocument);
  await i18next.use(lazyLocales).use(initReactI18next).init({
    lng: language,
    load: 'currentOnly',
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  });
  reflectOnDocument(language);
  return i18next;
}

/** The UI language as a domain Language (i18next may report 'cimode' or a region tag in odd setups). */
export function currentLanguage(): Language {
  const language = i18next.resolvedLanguage ?? i18next.language;
  return isLanguage(language) ? language : 'en';
}
