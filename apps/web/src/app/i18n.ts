import { isLanguage, LANGUAGES, type Language } from '@letscoop/domain';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../locales/en.json';
import fr from '../locales/fr.json';
import nl from '../locales/nl.json';
import { initialLanguage, readStoredLanguage } from './language';

/** Keeps <html lang> equal to the UI language (screen readers pick their voice from it). */
function reflectOnDocument(language: string): void {
  document.documentElement.lang = language;
}

export async function setUpI18n(): Promise<typeof i18next> {
  const language = initialLanguage(readStoredLanguage(), navigator.languages ?? [navigator.language]);
  i18next.on('languageChanged', reflectOnDocument);
  await i18next.use(initReactI18next).init({
    resources: { nl: { translation: nl }, fr: { translation: fr }, en: { translation: en } },
    lng: language,
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
