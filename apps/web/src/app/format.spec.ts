import { describe, expect, it } from '@jest/globals';
import { countryName, formatDate, formatDuration, formatNumber } from './format';

describe('formatting per locale', () => {
  it('writes a calendar date in each language without shifting the day', () => {
    expect(formatDate('2019-06-17', 'nl')).toBe('17 juni 2019');
    expect(formatDate('2019-06-17', 'fr')).toBe('17 juin 2019');
    expect(formatDate('2019-06-17', 'en')).toBe('17 June 2019');
  });

  it('groups thousands the local way', () => {
    // nl-BE and fr-BE group with a dot / a narrow no-break space; en-GB with a comma.
    expect(formatNumber(12345, 'en')).toBe('12,345');
    expect(formatNumber(12345, 'nl')).toBe('12.345');
    expect(formatNumber(12345, 'fr').replace(/\s/g, ' ')).toBe('12 345');
  });

  it('names countries in the reader language', () => {
    expect(countryName('BE', 'nl')).toBe('België');
    expect(countryName('be', 'fr')).toBe('Belgique');
    expect(countryName('FR', 'en')).toBe('France');
  });

  it('says how long to wait in seconds or whole minutes', () => {
    expect(formatDuration(30, 'en')).toBe('30 seconds');
    expect(formatDuration(600, 'nl')).toBe('10 minuten');
    expect(formatDuration(61 * 5, 'fr')).toBe('6 minutes');
  });
});
