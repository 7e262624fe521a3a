import { LANGUAGES, type Language } from './languages.js';

/** How a language version of a text came to be. */
export type TranslationOrigin = 'HUMAN' | 'MACHINE';

export interface TranslationEntry {
  text: string;
  origin: TranslationOrigin;
}

/** Anything people write, stored once per language (a jsonb column). */
export interface TranslatedTextValue {
  original: Language;
  texts: Partial<Record<Language, TranslationEntry>>;
}

export interface ResolvedText {
  text: string;
  language: Language;
  requested: Language;
  /** true when the requested language is missing and another one is shown. */
  fellBack: boolean;
  origin: TranslationOrigin;
}

/** Builds a value from the author's own text. */
export function humanText(language: Language, text: string): TranslatedTextValue {
  return { original: language, texts: { [language]: { text, origin: 'HUMAN' } } };
}

export function withTranslation(
  value: TranslatedTextValue,
  language: Language,
  text: string,
  origin: TranslationOrigin,
): TranslatedTextValue {
  return { ...value, texts: { ...value.texts, [language]: { text, origin } } };
}

/**
 * The text for a reader: their language if it exists; otherwise the original, then nl, fr, en.
 * A human translation always beats a machine one in the fallback order.
 */
export function resolveText(value: TranslatedTextValue, requested: Language): ResolvedText {
  const own = value.texts[requested];
  if (own?.text) return { text: own.text, language: requested, requested, fellBack: false, origin: own.origin };
  const order = [value.original, ...LANGUAGES.filter((l) => l !== value.original)];
  const candidates = order.filter((l) => value.texts[l]?.text);
  const human = candidates.find((l) => value.texts[l]?.origin === 'HUMAN');
  const language = human ?? candidates[0];
  if (!language) return { text: '', language: requested, requested, fellBack: false, origin: 'HUMAN' };
  const entry = value.texts[language] as TranslationEntry;
  return { text: entry.text, language, requested, fellBack: true, origin: entry.origin };
}

export type TranslationStatus = TranslationOrigin | 'MISSING';

/** For each language: whether it is written by a person, machine-made, or missing. */
export function translationStatus(value: TranslatedTextValue): Record<Language, TranslationStatus> {
  return Object.fromEntries(
    LANGUAGES.map((l) => [l, value.texts[l]?.text ? (value.texts[l] as TranslationEntry).origin : 'MISSING']),
  ) as Record<Language, TranslationStatus>;
}
