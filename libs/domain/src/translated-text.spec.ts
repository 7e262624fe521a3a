import { describe, expect, it } from '@jest/globals';
import { humanText, resolveText, translationStatus, withTranslation } from './translated-text.js';

describe('resolveText', () => {
  const dutch = humanText('nl', 'Open de coöperatie voor alle profielen');

  it("gives the reader's language when it exists, without fallback", () => {
    const both = withTranslation(dutch, 'fr', 'Ouvrir la coopérative à tous les profils', 'HUMAN');
    expect(resolveText(both, 'fr')).toEqual({
      text: 'Ouvrir la coopérative à tous les profils',
      language: 'fr',
      requested: 'fr',
      fellBack: false,
      origin: 'HUMAN',
    });
  });

  it('falls back to the original and says so when the language is missing', () => {
    const r = resolveText(dutch, 'fr');
    expect(r.text).toBe('Open de coöperatie voor alle profielen');
    expect(r.language).toBe('nl');
    expect(r.fellBack).toBe(true);
  });

  it('prefers a human text over a machine one when falling back', () => {
    const value = withTranslation(humanText('fr', 'Texte'), 'nl', 'Tekst (machine)', 'MACHINE');
    // English is missing: the French original (human) wins over the Dutch machine translation.
    expect(resolveText(value, 'en')).toMatchObject({ language: 'fr', fellBack: true, origin: 'HUMAN' });
  });

  it('serves a machine translation in the requested language and marks it', () => {
    const value = withTranslation(dutch, 'en', 'Open the cooperative to all profiles', 'MACHINE');
    expect(resolveText(value, 'en')).toMatchObject({ language: 'en', fellBack: false, origin: 'MACHINE' });
  });

  it('treats an empty text as missing', () => {
    const value = withTranslation(dutch, 'en', '', 'HUMAN');
    expect(resolveText(value, 'en')).toMatchObject({ language: 'nl', fellBack: true });
  });
});

describe('translationStatus', () => {
  it('reports human, machine and missing per language', () => {
    const value = withTranslation(humanText('nl', 'Tekst'), 'en', 'Text', 'MACHINE');
    expect(translationStatus(value)).toEqual({ nl: 'HUMAN', fr: 'MISSING', en: 'MACHINE' });
  });
});
