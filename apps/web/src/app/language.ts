import { isLanguage, languageFromAcceptHeader, type Language } from '@letscoop/domain';

export const LANGUAGE_STORAGE_KEY = 'letscoop.language';

/** Native names: a language is always offered in its own words, whatever the UI language. */
export const LANGUAGE_NATIVE_NAMES: Record<Language, string> = { nl: 'Nederlands', fr: 'Français', en: 'English' };

/** Intl locale per UI language: the cooperative is Belgian first, English is the lingua franca. */
export const INTL_LOCALES: Record<Language, string> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB' };

/**
 * The language to show on start: the one the person chose on this device, else the first
 * browser language we support, else English.
 */
export function initialLanguage(stored: string | null | undefined, browserLanguages: readonly string[]): Language {
  if (isLanguage(stored)) return stored;
  return languageFromAcceptHeader(browserLanguages.join(',')) ?? 'en';
}

/**
 * After sign-in: an explicit choice on this device wins; otherwise the person's preferred
 * language from their profile; otherwise keep what is shown.
 */
export function languageAfterSignIn(
  stored: string | null | undefined,
  preferred: string | null | undefined,
  current: Language,
): Language {
  if (isLanguage(stored)) return stored;
  if (isLanguage(preferred)) return preferred;
  return current;
}

export function readStoredLanguage(): string | null {
  try {
    return window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    return null; // storage can be disabled (private mode, policies)
  }
}

export function storeLanguage(language: Language): void {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Not remembered on this device; the session still uses it.
  }
}
