import { describe, expect, it } from '@jest/globals';
import { linkify } from './linkify';

describe('linkify', () => {
  it('turns http(s) addresses into links and leaves the rest as text', () => {
    expect(linkify('Open http://localhost:3000/reset-password?token=abc.def to continue.')).toEqual([
      { kind: 'text', text: 'Open ' },
      {
        kind: 'link',
        href: 'http://localhost:3000/reset-password?token=abc.def',
        text: 'http://localhost:3000/reset-password?token=abc.def',
      },
      { kind: 'text', text: ' to continue.' },
    ]);
  });

  it('does not swallow the full stop that ends a sentence', () => {
    expect(linkify('See https://example.org.')).toEqual([
      { kind: 'text', text: 'See ' },
      { kind: 'link', href: 'https://example.org', text: 'https://example.org' },
      { kind: 'text', text: '.' },
    ]);
  });

  it('returns plain text untouched', () => {
    expect(linkify('No link here')).toEqual([{ kind: 'text', text: 'No link here' }]);
    expect(linkify('')).toEqual([]);
  });
});
