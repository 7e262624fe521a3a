import { describe, expect, it } from '@jest/globals';
import { hasChanges, wordDiff } from './text-diff.js';
import { startsWithActionVerb } from './action-verbs.js';

describe('wordDiff', () => {
  it('marks the words the board changed', () => {
    const parts = wordDiff('Set up an internal ethics committee', 'Set up an ethics committee of 15 members');
    expect(parts.filter((p) => p.kind === 'removed').map((p) => p.text.trim())).toEqual(['internal']);
    expect(parts.filter((p) => p.kind === 'added').map((p) => p.text).join('')).toContain('of 15 members');
    expect(parts.filter((p) => p.kind !== 'removed').map((p) => p.text).join('')).toBe('Set up an ethics committee of 15 members');
  });

  it('sees no change between equal texts', () => {
    expect(hasChanges(wordDiff('Keep reflecting', 'Keep reflecting'))).toBe(false);
  });
});

describe('startsWithActionVerb', () => {
  it.each([
    ['Open up to all profiles and all trades', 'en', true],
    ['Keep one solidarity rate for all', 'en', true],
    ['An ethics committee', 'en', false],
    ['Versterk de collaboratieve economie', 'nl', true],
    ['Richt een intern ethisch comité op', 'nl', true],
    ['Een ethisch comité', 'nl', false],
    ['Améliorer les outils informatiques', 'fr', true],
    ['Ouvrir à tous les profils', 'fr', true],
    ['Le comité', 'fr', false],
  ] as const)('%s (%s) → %s', (title, lang, expected) => {
    expect(startsWithActionVerb(title, lang)).toBe(expected);
  });
});
