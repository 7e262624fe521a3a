import { describe, expect, it } from '@jest/globals';
import { CYCLE_TRANSITIONS, RECOMMENDATION_STAGES, TRANSITIONS, checkTransition, transitionsFrom, type CycleTransition, type RecommendationStage } from './cycle.js';

const vote = { inFavour: 10, against: 2, abstaining: 1 };
const complete = { reason: 'because', vote, meetingId: 'meeting-1', boardSize: 18 };

describe('the recommendation cycle', () => {
  const cases = RECOMMENDATION_STAGES.flatMap((stage) => CYCLE_TRANSITIONS.map((t) => [stage, t] as [RecommendationStage, CycleTransition]));
  it.each(cases)('from %s, %s is allowed exactly when the table says so', (stage, transition) => {
    const problem = checkTransition(stage, transition, complete);
    expect(problem === null).toBe(TRANSITIONS[transition].from.includes(stage));
  });

  it('walks the main path: draft → submitted → under review → endorsed → converted → at the assembly', () => {
    let stage: RecommendationStage = 'DRAFT';
    for (const t of ['submit', 'startReview', 'endorse', 'convert', 'putToAssembly'] as const) {
      expect(checkTransition(stage, t, complete)).toBeNull();
      stage = TRANSITIONS[t].to;
    }
    expect(stage).toBe('AT_ASSEMBLY');
  });

  it('sends a recommendation back to the group as a draft', () => {
    expect(TRANSITIONS.sendBack.to).toBe('DRAFT');
    expect(transitionsFrom('UNDER_REVIEW')).toEqual(['endorse', 'amendAndEndorse', 'merge', 'sendBack', 'decline']);
  });

  it('ends the path at merged and declined', () => {
    expect(transitionsFrom('MERGED')).toEqual([]);
    expect(transitionsFrom('DECLINED')).toEqual([]);
  });

  it('requires a reason to decline, amend, merge or send back', () => {
    for (const t of ['decline', 'amendAndEndorse', 'merge', 'sendBack'] as const) {
      expect(checkTransition('UNDER_REVIEW', t, { ...complete, reason: '  ' })).toEqual({ code: 'REASON_REQUIRED' });
    }
    expect(checkTransition('UNDER_REVIEW', 'endorse', { ...complete, reason: null })).toBeNull();
  });

  it("requires the group's adopting meeting to submit", () => {
    expect(checkTransition('DRAFT', 'submit', { ...complete, meetingId: null })).toEqual({ code: 'MEETING_REQUIRED' });
  });

  it("records the board's vote, which must carry and fit the board", () => {
    expect(checkTransition('UNDER_REVIEW', 'endorse', { ...complete, vote: null })).toEqual({ code: 'BOARD_VOTE_REQUIRED' });
    expect(checkTransition('UNDER_REVIEW', 'endorse', { ...complete, vote: { inFavour: 6, against: 6, abstaining: 6 } })).toMatchObject({ code: 'BOARD_VOTE_NOT_CARRIED' });
    expect(checkTransition('UNDER_REVIEW', 'endorse', { ...complete, vote: { inFavour: 15, against: 3, abstaining: 1 } })).toEqual({ code: 'BOARD_VOTE_TOO_LARGE', boardSize: 18 });
    expect(checkTransition('UNDER_REVIEW', 'decline', { ...complete, vote: { inFavour: 9, against: 8, abstaining: 1 } })).toBeNull();
  });
});
