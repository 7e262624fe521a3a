import { describe, expect, it } from '@jest/globals';
import { initialLanguage, languageAfterSignIn } from './language';

describe('initialLanguage', () => {
  it('prefers the choice remembered on this device', () => {
    expect(initialLanguage('fr', ['nl-BE', 'en'])).toBe('fr');
  });

  it('otherwise takes the first supported browser language', () => {
    expect(initialLanguage(null, ['de-DE', 'nl-BE', 'fr'])).toBe('nl');
    expect(initialLanguage('xx', ['fr-CH'])).toBe('fr');
  });

  it('falls back to English', () => {
    expect(initialLanguage(null, ['de', 'es'])).toBe('en');
    expect(initialLanguage(undefined, [])).toBe('en');
  });
});

describe('languageAfterSignIn', () => {
  it('uses the profile language when nothing was chosen on this device', () => {
    expect(languageAfterSignIn(null, 'nl', 'en')).toBe('nl');
  });

  it('keeps an explicit choice over the profile', () => {
    expect(languageAfterSignIn('fr', 'nl', 'fr')).toBe('fr');
  });

  it('keeps the current language when the profile has none we know', () => {
    expect(languageAfterSignIn(null, undefined, 'fr')).toBe('fr');
    expect(languageAfterSignIn(null, 'de', 'en')).toBe('en');
  });
});
