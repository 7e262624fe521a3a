import { describe, expect, it } from '@jest/globals';
import { diffWordCounts, percentOf, proposalVoteState } from './reports.js';
import { wordDiff } from './text-diff.js';

describe('proposalVoteState', () => {
  it('shows a result only once its poll is published', () => {
    expect(proposalVoteState('ADOPTED', 'PUBLISHED')).toBe('PUBLISHED');
    expect(proposalVoteState('REJECTED', 'PUBLISHED')).toBe('PUBLISHED');
    expect(proposalVoteState('ON_AGENDA', 'CLOSED')).toBe('AWAITING');
    expect(proposalVoteState('ON_AGENDA', 'OPEN')).toBe('AWAITING');
    expect(proposalVoteState('ON_AGENDA', 'DRAFT')).toBe('AWAITING');
  });

  it('tells a proposal not yet put to the assembly from one waiting for its vote', () => {
    expect(proposalVoteState('PROPOSED', null)).toBe('NOT_PUT');
    expect(proposalVoteState('ON_AGENDA', null)).toBe('AWAITING');
  });

  it('says when a decision was recorded without a vote in the platform', () => {
    expect(proposalVoteState('ADOPTED', null)).toBe('NO_VOTE_RECORDED');
    expect(proposalVoteState('REJECTED', null)).toBe('NO_VOTE_RECORDED');
  });
});

describe('percentOf', () => {
  it('rounds to one decimal and has no value without a whole', () => {
    expect(percentOf(2, 3)).toBe(66.7);
    expect(percentOf(1, 3)).toBe(33.3);
    expect(percentOf(3, 3)).toBe(100);
    expect(percentOf(0, 4)).toBe(0);
    expect(percentOf(0, 0)).toBeNull();
  });
});

describe('diffWordCounts', () => {
  it('counts the words added and removed, not the spaces', () => {
    const parts = wordDiff('Set up an internal ethics committee', 'Set up an ethics committee of 15 members');
    expect(diffWordCounts(parts)).toEqual({ added: 3, removed: 1 });
    expect(diffWordCounts(wordDiff('Same text', 'Same text'))).toEqual({ added: 0, removed: 0 });
  });
});
