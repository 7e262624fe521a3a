import { describe, expect, it } from '@jest/globals';
import { languageFromAcceptHeader } from './languages.js';

describe('languageFromAcceptHeader', () => {
  it.each([
    ['fr-BE,fr;q=0.9,en;q=0.8', 'fr'],
    ['nl', 'nl'],
    ['de-DE,de;q=0.9,en;q=0.5', 'en'],
    ['en;q=0.2,nl;q=0.8', 'nl'],
    ['NL-be', 'nl'],
  ])('%s → %s', (header, expected) => {
    expect(languageFromAcceptHeader(header)).toBe(expected);
  });

  it.each([undefined, '', 'de,es', 'fr;q=0'])('%s → nothing we speak', (header) => {
    expect(languageFromAcceptHeader(header)).toBeUndefined();
  });
});
