import { describe, expect, it } from '@jest/globals';
import type { MajorityRule } from './membership.js';
import {
  PROXY_PROBLEM_CODES,
  checkBallot,
  checkProxyGrant,
  checkQuorum,
  collegeWeight,
  describeBallotProblem,
  describeProxyProblem,
  minimumYes,
  tallyElection,
  tallyMotion,
  voterWeight,
  type MotionBallot,
  type MotionInput,
  type ProxyGrant,
  type QuorumResult,
} from './vote-counting.js';

/** An assembly of 2,000 entitled members holding 9,000 shares, 240 of them present or represented. */
const entitled = { members: 2000, shares: 9000 };
const quorumReached: QuorumResult = checkQuorum({
  basis: 'MEMBERS',
  percent: 5,
  entitled,
  presentOrRepresented: { members: 240, shares: 1100 },
});

function ballots(yes: number, no: number, abstain = 0): MotionBallot[] {
  return [
    { choice: 'YES', weight: yes },
    { choice: 'NO', weight: no },
    { choice: 'ABSTAIN', weight: abstain },
  ];
}

function motion(rule: MajorityRule, yes: number, no: number, abstain = 0, more: Partial<MotionInput> = {}) {
  return tallyMotion({
    rule,
    abstentionsCount: false,
    ballots: ballots(yes, no, abstain),
    mode: 'ONE_MEMBER_ONE_VOTE',
    quorum: quorumReached,
    entitledWeight: entitled.members,
    ...more,
  });
}

describe('voting weights', () => {
  it('gives one vote per member, one per share, or one per member within a college', () => {
    expect(voterWeight('ONE_MEMBER_ONE_VOTE', { shares: 40 })).toBe(1);
    expect(voterWeight('SHARE_WEIGHTED', { shares: 40 })).toBe(40);
    expect(voterWeight('COLLEGES', { shares: 40 })).toBe(1);
    expect(() => voterWeight('SHARE_WEIGHTED', { shares: 2.5 })).toThrow(RangeError);
  });

  it('reads college weights from the settings and refuses a college without one', () => {
    const weights = { WORKER_MEMBER: 50, PERMANENT_STAFF: 30 };
    expect(collegeWeight(weights, 'PERMANENT_STAFF')).toBe(30);
    expect(() => collegeWeight(weights, 'CLIENT')).toThrow('No college weight is set for CLIENT.');
  });
});

describe('quorum', () => {
  const byMembers = (percent: number, members: number, present: number) =>
    checkQuorum({
      basis: 'MEMBERS',
      percent,
      entitled: { members, shares: 0 },
      presentOrRepresented: { members: present, shares: 0 },
    });
  const byShares = (percent: number, shares: number, present: number) =>
    checkQuorum({
      basis: 'SHARES',
      percent,
      entitled: { members: 0, shares },
      presentOrRepresented: { members: 0, shares: present },
    });

  it('5 % of 2,000 members: 100 present or represented is just enough, 99 just misses', () => {
    expect(byMembers(5, 2000, 100)).toEqual({
      reached: true,
      required: 100,
      actual: 100,
      entitled: 2000,
      shortBy: 0,
      basis: 'MEMBERS',
      percent: 5,
    });
    expect(byMembers(5, 2000, 99)).toMatchObject({ reached: false, required: 100, actual: 99, shortBy: 1 });
  });

  it('rounds the required number up: 25 % of 48,130 shares is 12,032.5, so 12,033 shares are needed', () => {
    expect(byShares(25, 48130, 12033)).toMatchObject({ reached: true, required: 12033, basis: 'SHARES' });
    expect(byShares(25, 48130, 12032)).toMatchObject({ reached: false, required: 12033, shortBy: 1 });
  });

  it('counts members and shares separately: many small members reach a members quorum but not a shares quorum', () => {
    const input = {
      percent: 10,
      entitled: { members: 1000, shares: 20000 },
      presentOrRepresented: { members: 150, shares: 1500 },
    };
    expect(checkQuorum({ ...input, basis: 'MEMBERS' })).toMatchObject({ reached: true, required: 100, actual: 150 });
    expect(checkQuorum({ ...input, basis: 'SHARES' })).toMatchObject({
      reached: false,
      required: 2000,
      actual: 1500,
      shortBy: 500,
    });
  });

  it('computes with integers where floating point would be off by one', () => {
    // 300 × 0.07 = 21.000000000000004 and 50 × 0.14 = 7.000000000000001 in floating point.
    expect(byMembers(7, 300, 21)).toMatchObject({ reached: true, required: 21 });
    expect(byMembers(14, 50, 7)).toMatchObject({ reached: true, required: 7 });
    expect(byMembers(12.5, 800, 100)).toMatchObject({ reached: true, required: 100 });
    expect(byMembers(33.33, 3000, 999)).toMatchObject({ reached: false, required: 1000 });
  });

  it('a quorum of 0 % is always reached; 100 % needs everyone', () => {
    expect(byMembers(0, 2000, 0)).toMatchObject({ reached: true, required: 0 });
    expect(byMembers(100, 2000, 1999)).toMatchObject({ reached: false, required: 2000 });
  });

  it('refuses percentages it cannot read exactly and more present than entitled', () => {
    for (const percent of [101, -1, Number.NaN, 1 / 3, 0.1 + 0.2])
      expect(() => byMembers(percent, 100, 10)).toThrow(RangeError);
    expect(() => byMembers(5, 100, 101)).toThrow(RangeError);
  });
});

describe('motions: majority rules at, just above and just below the threshold', () => {
  it('simple majority, abstentions not counted: more yes than no', () => {
    expect(motion('SIMPLE', 101, 100, 30)).toMatchObject({
      passed: true,
      reason: 'MAJORITY_REACHED',
      counted: 201,
      cast: 231,
      yesNeeded: 101,
    });
    expect(motion('SIMPLE', 100, 100, 30)).toMatchObject({ passed: false, reason: 'TIE' });
    expect(motion('SIMPLE', 99, 100, 30)).toMatchObject({ passed: false, reason: 'MAJORITY_NOT_REACHED' });
  });

  it('simple majority: abstentions do not matter when they do not count', () => {
    expect(motion('SIMPLE', 3, 2, 500, { entitledWeight: 505 })).toMatchObject({ passed: true, yesPercent: '60.00' });
  });

  it('simple majority, abstentions counted: yes must be more than half of yes + no + abstentions', () => {
    const counting = { abstentionsCount: true };
    // 120 yes, 80 no, 40 abstentions: 240 counted, 121 needed.
    expect(motion('SIMPLE', 121, 80, 40, counting)).toMatchObject({ passed: true, counted: 241, yesNeeded: 121 });
    expect(motion('SIMPLE', 120, 80, 40, counting)).toMatchObject({
      passed: false,
      reason: 'TIE',
      counted: 240,
      yesNeeded: 121,
    });
    expect(motion('SIMPLE', 119, 80, 41, counting)).toMatchObject({ passed: false, reason: 'MAJORITY_NOT_REACHED' });
  });

  it('the same ballots pass when abstentions are not counted and fail when they are', () => {
    expect(motion('SIMPLE', 110, 80, 40).passed).toBe(true);
    expect(motion('SIMPLE', 110, 80, 40, { abstentionsCount: true }).passed).toBe(false);
  });

  it('absolute majority: more than half of the votes cast', () => {
    expect(motion('ABSOLUTE', 101, 99)).toMatchObject({ passed: true, yesNeeded: 101 });
    expect(motion('ABSOLUTE', 100, 100)).toMatchObject({ passed: false, reason: 'TIE' });
    expect(motion('ABSOLUTE', 99, 101)).toMatchObject({ passed: false, reason: 'MAJORITY_NOT_REACHED' });
    // With abstentions counted: 100 yes of 200 counted is exactly half, not more.
    expect(motion('ABSOLUTE', 100, 60, 40, { abstentionsCount: true })).toMatchObject({ passed: false, reason: 'TIE' });
    expect(motion('ABSOLUTE', 101, 60, 40, { abstentionsCount: true })).toMatchObject({ passed: true });
  });

  it('two-thirds: 200 of 300 passes exactly at the threshold, 199 does not', () => {
    expect(motion('TWO_THIRDS', 200, 100)).toMatchObject({
      passed: true,
      reason: 'MAJORITY_REACHED',
      yesNeeded: 200,
      yesPercent: '66.67',
    });
    expect(motion('TWO_THIRDS', 201, 99)).toMatchObject({ passed: true });
    expect(motion('TWO_THIRDS', 199, 101)).toMatchObject({
      passed: false,
      reason: 'MAJORITY_NOT_REACHED',
      yesPercent: '66.33',
    });
  });

  it('two-thirds with abstentions counted: one more abstention tips it', () => {
    expect(motion('TWO_THIRDS', 200, 90, 10, { abstentionsCount: true })).toMatchObject({ passed: true, counted: 300 });
    expect(motion('TWO_THIRDS', 200, 90, 11, { abstentionsCount: true })).toMatchObject({
      passed: false,
      counted: 301,
      yesNeeded: 201,
    });
    expect(motion('TWO_THIRDS', 200, 90, 11)).toMatchObject({ passed: true, counted: 290 });
  });

  it('three-quarters: 75 of 100 passes, 74 does not', () => {
    expect(motion('THREE_QUARTERS', 75, 25)).toMatchObject({ passed: true, yesNeeded: 75 });
    expect(motion('THREE_QUARTERS', 76, 24)).toMatchObject({ passed: true });
    expect(motion('THREE_QUARTERS', 74, 26)).toMatchObject({ passed: false, reason: 'MAJORITY_NOT_REACHED' });
    // 3 of 4 is exactly three-quarters; 5 of 7 (71 %) is not.
    expect(motion('THREE_QUARTERS', 3, 1).passed).toBe(true);
    expect(motion('THREE_QUARTERS', 5, 2).passed).toBe(false);
  });

  it('stays exact at the edge of safe integers', () => {
    const big = { entitledWeight: Number.MAX_SAFE_INTEGER };
    // 6,004,799,503,160,660 of 9,007,199,254,740,990 is exactly two-thirds.
    expect(motion('TWO_THIRDS', 6004799503160660, 3002399751580330, 0, big).passed).toBe(true);
    expect(motion('TWO_THIRDS', 6004799503160659, 3002399751580331, 0, big).passed).toBe(false);
  });

  it('gives the smallest passing yes for each rule', () => {
    expect([
      minimumYes('SIMPLE', 200),
      minimumYes('SIMPLE', 201),
      minimumYes('TWO_THIRDS', 301),
      minimumYes('THREE_QUARTERS', 101),
    ]).toEqual([101, 101, 201, 76]);
  });

  it('fails when no vote is cast, or only abstentions that do not count', () => {
    expect(motion('SIMPLE', 0, 0, 0)).toMatchObject({
      passed: false,
      reason: 'MAJORITY_NOT_REACHED',
      cast: 0,
      yesNeeded: null,
      yesPercent: null,
    });
    expect(motion('TWO_THIRDS', 0, 0, 12)).toMatchObject({
      passed: false,
      reason: 'MAJORITY_NOT_REACHED',
      cast: 12,
      counted: 0,
    });
    expect(motion('TWO_THIRDS', 0, 0, 12).ruleApplied).toContain(
      'No votes counted: majority not reached, the motion fails.',
    );
  });

  it('fails without the quorum, whatever the votes', () => {
    const missed = checkQuorum({
      basis: 'MEMBERS',
      percent: 5,
      entitled,
      presentOrRepresented: { members: 99, shares: 400 },
    });
    const tally = motion('SIMPLE', 90, 9, 0, { quorum: missed });
    expect(tally).toMatchObject({ passed: false, reason: 'QUORUM_NOT_REACHED', yes: 90, no: 9 });
    expect(tally.ruleApplied).toContain(
      'Quorum not reached: 99 members present or represented, 100 required (5% of 2,000 entitled members).',
    );
    expect(tally.ruleApplied).toContain(
      'majority reached, but the quorum was not reached: the motion fails, whatever the votes.',
    );
  });

  it('says which rule was applied, with the figures, as the minutes print it', () => {
    expect(motion('SIMPLE', 120, 80, 40).ruleApplied).toBe(
      'Simple majority of the votes cast, abstentions not counted. One member, one vote. ' +
        'Quorum reached: 240 members present or represented, 100 required (5% of 2,000 entitled members). ' +
        'Yes 120, no 80, abstentions 40 (votes). ' +
        'Counted: 200 votes (yes + no); the motion needs more yes than no, i.e. at least 101 yes. ' +
        '120 yes (60.00%): majority reached, the motion passes.',
    );
    expect(motion('SIMPLE', 100, 100).ruleApplied).toContain('100 yes against 100 no: a tie, the motion fails.');
    expect(motion('THREE_QUARTERS', 1480, 520, 0, { abstentionsCount: true }).ruleApplied).toContain(
      'Counted: 2,000 votes (yes + no + abstentions); the motion needs at least three-quarters of them in favour, i.e. at least 1,500 yes. 1,480 yes (74.00%): majority not reached, the motion fails.',
    );
  });

  it('refuses impossible tallies rather than count them', () => {
    expect(() => motion('SIMPLE', 1500, 600)).toThrow('More weight cast (2100) than entitled to vote (2000).');
    expect(() => motion('SIMPLE', -1, 3)).toThrow(RangeError);
    expect(() => motion('SIMPLE', 1.5, 3)).toThrow(RangeError);
  });
});

describe('share-weighted voting', () => {
  // Three worker members with 1 share each vote for; a client with 3 shares and a partner with
  // 4 shares vote against.
  const members = [
    { shares: 1, choice: 'YES' as const },
    { shares: 1, choice: 'YES' as const },
    { shares: 1, choice: 'YES' as const },
    { shares: 3, choice: 'NO' as const },
    { shares: 4, choice: 'NO' as const },
  ];
  const quorum = checkQuorum({
    basis: 'SHARES',
    percent: 50,
    entitled: { members: 5, shares: 10 },
    presentOrRepresented: { members: 5, shares: 10 },
  });
  const run = (mode: 'ONE_MEMBER_ONE_VOTE' | 'SHARE_WEIGHTED') =>
    tallyMotion({
      rule: 'SIMPLE',
      abstentionsCount: false,
      ballots: members.map((m) => ({ choice: m.choice, weight: voterWeight(mode, m) })),
      mode,
      quorum,
      entitledWeight: mode === 'SHARE_WEIGHTED' ? 10 : 5,
    });

  it('flips the result that one member, one vote gives', () => {
    expect(run('ONE_MEMBER_ONE_VOTE')).toMatchObject({ passed: true, yes: 3, no: 2 });
    expect(run('SHARE_WEIGHTED')).toMatchObject({ passed: false, reason: 'MAJORITY_NOT_REACHED', yes: 3, no: 7 });
    expect(run('SHARE_WEIGHTED').ruleApplied).toContain(
      'Share-weighted: one vote per share. Quorum reached: 10 shares present or represented',
    );
    expect(run('SHARE_WEIGHTED').ruleApplied).toContain('Yes 3, no 7, abstentions 0 (shares).');
  });
});

describe('voting by college', () => {
  const collegeWeights = { WORKER_MEMBER: 50, PERMANENT_STAFF: 30, CLIENT: 20, PARTNER: 10 };
  const college = (c: MotionBallot['college'], yes: number, no: number, abstain = 0): MotionBallot[] =>
    ballots(yes, no, abstain).map((b) => ({ ...b, college: c }));
  const byCollege = (rule: MajorityRule, ballotList: MotionBallot[], more: Partial<MotionInput> = {}) =>
    tallyMotion({
      rule,
      abstentionsCount: false,
      ballots: ballotList,
      mode: 'COLLEGES',
      collegeWeights,
      quorum: quorumReached,
      entitledWeight: entitled.members,
      ...more,
    });

  it('weights each college by its share, so a large college cannot outvote the others alone', () => {
    // Worker members 70 % yes (weight 50), staff 10 of 120 yes (weight 30), clients 20 % yes
    // (weight 20); partners did not vote. 0.5 × 70 % + 0.3 × 8.33 % + 0.2 × 20 % = 41.5 %.
    const all = [
      ...college('WORKER_MEMBER', 700, 300),
      ...college('PERMANENT_STAFF', 10, 110),
      ...college('CLIENT', 2, 8),
    ];
    const tally = byCollege('SIMPLE', all);
    expect(tally).toMatchObject({
      passed: false,
      reason: 'MAJORITY_NOT_REACHED',
      yes: 712,
      no: 418,
      yesPercent: '41.50',
      yesNeeded: null,
    });
    expect(tally.colleges).toEqual([
      {
        college: 'WORKER_MEMBER',
        collegeWeight: 50,
        yes: 700,
        no: 300,
        abstain: 0,
        cast: 1000,
        counted: 1000,
        yesPercent: '70.00',
        included: true,
        majorityWithin: true,
      },
      {
        college: 'PERMANENT_STAFF',
        collegeWeight: 30,
        yes: 10,
        no: 110,
        abstain: 0,
        cast: 120,
        counted: 120,
        yesPercent: '8.33',
        included: true,
        majorityWithin: false,
      },
      {
        college: 'CLIENT',
        collegeWeight: 20,
        yes: 2,
        no: 8,
        abstain: 0,
        cast: 10,
        counted: 10,
        yesPercent: '20.00',
        included: true,
        majorityWithin: false,
      },
      {
        college: 'PARTNER',
        collegeWeight: 10,
        yes: 0,
        no: 0,
        abstain: 0,
        cast: 0,
        counted: 0,
        yesPercent: null,
        included: false,
        majorityWithin: false,
      },
    ]);
    expect(tally.ruleApplied).toContain('Permanent staff (weight 30): yes 10, no 110, abstentions 0: 8.33% yes.');
    expect(tally.ruleApplied).toContain(
      'Partners (weight 10): yes 0, no 0, abstentions 0; no votes counted, college left out.',
    );
    expect(tally.ruleApplied).toContain(
      'Weighted by college, yes is 41.50% of the votes counted; the motion needs more than half: majority not reached, the motion fails.',
    );
    // The same ballots, one member one vote: 712 yes against 418 no passes.
    expect(motion('SIMPLE', 712, 418).passed).toBe(true);
  });

  it('is exact at two-thirds: a third in one college and all in another, equally weighted', () => {
    const weights = { collegeWeights: { WORKER_MEMBER: 1, CLIENT: 1 } };
    const exact = [...college('WORKER_MEMBER', 1, 2), ...college('CLIENT', 7, 0)];
    expect(byCollege('TWO_THIRDS', exact, weights)).toMatchObject({ passed: true, yesPercent: '66.67' });
    const short = [...college('WORKER_MEMBER', 600, 1201), ...college('CLIENT', 7, 0)];
    expect(byCollege('TWO_THIRDS', short, weights)).toMatchObject({ passed: false, yesPercent: '66.66' });
  });

  it('a college-weighted tie fails under a simple majority', () => {
    const tally = byCollege('SIMPLE', [...college('WORKER_MEMBER', 900, 100), ...college('CLIENT', 0, 10)], {
      collegeWeights: { WORKER_MEMBER: 3, CLIENT: 3 },
    });
    // 90 % and 0 %, weighted equally: 45 %. Fails. Now 100 % and 0 %: exactly half.
    expect(tally).toMatchObject({ passed: false, reason: 'MAJORITY_NOT_REACHED', yesPercent: '45.00' });
    const tie = byCollege('SIMPLE', [...college('WORKER_MEMBER', 900, 0), ...college('CLIENT', 0, 10)], {
      collegeWeights: { WORKER_MEMBER: 3, CLIENT: 3 },
    });
    expect(tie).toMatchObject({ passed: false, reason: 'TIE', yesPercent: '50.00' });
  });

  it('counts abstentions inside each college when the statutes count them', () => {
    const ballotList = [...college('WORKER_MEMBER', 60, 20, 20), ...college('PERMANENT_STAFF', 6, 4, 0)];
    const weights = { collegeWeights: { WORKER_MEMBER: 1, PERMANENT_STAFF: 1 } };
    // Not counted: 75 % and 60 % → 67.5 %. Counted: 60 % and 60 % → 60 %.
    expect(byCollege('TWO_THIRDS', ballotList, weights)).toMatchObject({ passed: true, yesPercent: '67.50' });
    expect(byCollege('TWO_THIRDS', ballotList, { ...weights, abstentionsCount: true })).toMatchObject({
      passed: false,
      yesPercent: '60.00',
    });
  });

  it('fails when no college has votes counted', () => {
    const tally = byCollege('SIMPLE', college('CLIENT', 0, 0, 4));
    expect(tally).toMatchObject({ passed: false, reason: 'MAJORITY_NOT_REACHED', yesPercent: null });
    expect(tally.ruleApplied).toContain('No college has votes counted: majority not reached, the motion fails.');
  });

  it('needs the college weights and a college on every ballot', () => {
    expect(() => byCollege('SIMPLE', college('WORKER_MEMBER', 1, 0), { collegeWeights: undefined })).toThrow(
      'Voting by college needs the college weights.',
    );
    expect(() => byCollege('SIMPLE', ballots(1, 0))).toThrow(RangeError);
    expect(() => byCollege('SIMPLE', college('SALARIED_ENTREPRENEUR', 1, 0))).toThrow(
      'No college weight is set for SALARIED_ENTREPRENEUR.',
    );
  });
});

describe('elections by approval voting', () => {
  const candidates = ['anna', 'bram', 'chloe', 'dirk', 'emma'];
  const ballot = (approvals: string[], weight = 1) => ({ approvals, weight });
  // anna 5, bram 4, chloe 3, dirk 3, emma 1.
  const ballotList = [
    ballot(['anna', 'bram', 'chloe']),
    ballot(['anna', 'bram', 'dirk']),
    ballot(['anna', 'bram', 'chloe']),
    ballot(['anna', 'bram', 'dirk']),
    ballot(['anna', 'chloe', 'dirk', 'emma']),
  ];

  it('reports a tie for the last seat and picks no one among the tied', () => {
    const result = tallyElection({ seats: 3, candidates, ballots: ballotList, method: 'APPROVAL' });
    expect(result.ranking).toEqual([
      { candidateId: 'anna', approvals: 5, rank: 1 },
      { candidateId: 'bram', approvals: 4, rank: 2 },
      { candidateId: 'chloe', approvals: 3, rank: 3 },
      { candidateId: 'dirk', approvals: 3, rank: 3 },
      { candidateId: 'emma', approvals: 1, rank: 5 },
    ]);
    expect(result.elected).toEqual(['anna', 'bram']);
    expect(result.tieAtCutoff).toEqual({ candidateIds: ['chloe', 'dirk'], seatsLeft: 1 });
    expect(result.vacantSeats).toBe(0);
    expect(result.ballotWeight).toBe(5);
  });

  it('elects the top candidates when there is no tie at the cut-off', () => {
    expect(tallyElection({ seats: 2, candidates, ballots: ballotList, method: 'APPROVAL' })).toMatchObject({
      elected: ['anna', 'bram'],
      tieAtCutoff: null,
    });
    expect(tallyElection({ seats: 4, candidates, ballots: ballotList, method: 'APPROVAL' })).toMatchObject({
      elected: ['anna', 'bram', 'chloe', 'dirk'],
      tieAtCutoff: null,
    });
  });

  it('weights approvals by shares: one partner with 10 shares tips the last seat', () => {
    const result = tallyElection({
      seats: 3,
      candidates,
      ballots: [...ballotList, ballot(['dirk'], 10)],
      method: 'APPROVAL',
    });
    expect(result.elected).toEqual(['dirk', 'anna', 'bram']);
    expect(result.tieAtCutoff).toBeNull();
  });

  it('leaves a seat vacant rather than elect a candidate nobody approved', () => {
    const result = tallyElection({
      seats: 3,
      candidates: ['anna', 'bram', 'chloe'],
      ballots: [ballot(['anna', 'bram'])],
      method: 'APPROVAL',
    });
    expect(result).toMatchObject({ elected: ['anna', 'bram'], tieAtCutoff: null, vacantSeats: 1 });
  });

  it('refuses unknown candidates, a candidate approved twice on a ballot, and no seats', () => {
    expect(() => tallyElection({ seats: 1, candidates, ballots: [ballot(['zoe'])], method: 'APPROVAL' })).toThrow(
      'not a candidate',
    );
    expect(() =>
      tallyElection({ seats: 1, candidates, ballots: [ballot(['anna', 'anna'])], method: 'APPROVAL' }),
    ).toThrow('twice');
    expect(() => tallyElection({ seats: 0, candidates, ballots: [], method: 'APPROVAL' })).toThrow(RangeError);
  });
});

describe('proxies', () => {
  // Marie gave her proxy to Jan; Jan also holds Pieter's.
  const existingGrants: ProxyGrant[] = [
    { grantorId: 'marie', holderId: 'jan' },
    { grantorId: 'pieter', holderId: 'jan' },
  ];
  const check = (grantorId: string, holderId: string, capPerHolder = 2) =>
    checkProxyGrant({ grantorId, holderId, capPerHolder, existingGrants });

  it('accepts a proxy within the rules', () => {
    expect(check('sofie', 'lotte')).toBeNull();
    expect(check('sofie', 'jan', 3)).toBeNull();
  });

  it('refuses a proxy to oneself', () => {
    expect(check('sofie', 'sofie')).toEqual({ code: 'SELF' });
  });

  it('refuses a second proxy from the same member', () => {
    expect(check('marie', 'lotte')).toEqual({ code: 'GRANTOR_ALREADY_GAVE', holderId: 'jan' });
  });

  it('refuses chains: a member who gave a proxy cannot hold one', () => {
    expect(check('sofie', 'marie')).toEqual({ code: 'HOLDER_GAVE_PROXY' });
  });

  it('refuses chains: a member holding proxies cannot give their own away', () => {
    expect(check('jan', 'lotte')).toEqual({ code: 'GRANTOR_HOLDS_PROXIES', held: 2 });
  });

  it('refuses a proxy beyond the cap the statutes set', () => {
    expect(check('sofie', 'jan', 2)).toEqual({ code: 'CAP_REACHED', cap: 2 });
    expect(check('sofie', 'lotte', 0)).toEqual({ code: 'CAP_REACHED', cap: 0 });
  });

  it('explains every problem in words', () => {
    const problems = [
      check('sofie', 'sofie'),
      check('marie', 'lotte'),
      check('sofie', 'marie'),
      check('jan', 'lotte'),
      check('sofie', 'jan'),
      check('sofie', 'lotte', 0),
    ];
    expect(problems.map((p) => p?.code)).toEqual([...PROXY_PROBLEM_CODES, 'CAP_REACHED']);
    expect(problems.map((p) => (p ? describeProxyProblem(p) : ''))).toEqual([
      'A member cannot give a proxy to themselves.',
      'This member has already given their proxy for this assembly: revoke it before giving a new one.',
      'The chosen member has given their own proxy to someone else, so cannot hold one: a proxy cannot be passed on.',
      'This member holds 2 proxies for other members, so cannot give their own away: a proxy cannot be passed on.',
      'The chosen member already holds 2 proxies, the most the statutes allow.',
      'The statutes do not allow proxies.',
    ]);
  });
});

describe('tallyElection with a majority per seat', () => {
  const candidates = ['ann', 'bert', 'carla', 'dirk'];
  const ballots = (approvals: string[][]) => approvals.map((a) => ({ approvals: a, weight: 1 }));

  it('seats only candidates approved by more than half of the ballots; the other seats stay vacant', () => {
    // 5 ballots: ann 4, bert 3, carla 2 (not more than half), dirk 1.
    const result = tallyElection({
      seats: 3,
      candidates,
      method: 'MAJORITY_PER_SEAT',
      ballots: ballots([['ann', 'bert'], ['ann', 'bert', 'carla'], ['ann', 'bert'], ['ann', 'carla'], ['dirk']]),
    });
    expect(result.elected).toEqual(['ann', 'bert']);
    expect(result.vacantSeats).toBe(1);
    expect(result.tieAtCutoff).toBeNull();
  });

  it('exactly half is not a majority; one more approval is', () => {
    const half = ballots([['ann'], ['ann'], ['bert'], ['bert']]);
    expect(tallyElection({ seats: 1, candidates, method: 'MAJORITY_PER_SEAT', ballots: half }).elected).toEqual([]);
    const more = ballots([['ann'], ['ann'], ['ann', 'bert'], ['bert'], []]);
    expect(tallyElection({ seats: 1, candidates, method: 'MAJORITY_PER_SEAT', ballots: more }).elected).toEqual([
      'ann',
    ]);
  });

  it('counts weights: shares decide the majority when voting by shares', () => {
    const result = tallyElection({
      seats: 2,
      candidates,
      method: 'MAJORITY_PER_SEAT',
      ballots: [
        { approvals: ['carla'], weight: 10 },
        { approvals: ['ann', 'bert'], weight: 3 },
        { approvals: ['ann'], weight: 3 },
      ],
    });
    // 16 shares: carla 10 (> 8) is elected, ann 6 and bert 3 are not.
    expect(result.elected).toEqual(['carla']);
    expect(result.vacantSeats).toBe(1);
  });

  it('reports a tie among majority winners for the last seat, and ignores candidates below the majority', () => {
    const result = tallyElection({
      seats: 1,
      candidates,
      method: 'MAJORITY_PER_SEAT',
      ballots: ballots([
        ['ann', 'bert'],
        ['ann', 'bert'],
        ['ann', 'bert', 'carla'],
      ]),
    });
    expect(result.elected).toEqual([]);
    expect(result.tieAtCutoff).toEqual({ candidateIds: ['ann', 'bert'], seatsLeft: 1 });
  });

  it("takes the ballots' total weight when the approvals come aggregated per candidate", () => {
    // The API's GROUP BY: ann 3, bert 2 approvals, out of 5 ballots (two of them blank).
    const aggregated = [
      { approvals: ['ann'], weight: 3 },
      { approvals: ['bert'], weight: 2 },
    ];
    const result = tallyElection({
      seats: 2,
      candidates,
      method: 'MAJORITY_PER_SEAT',
      ballots: aggregated,
      ballotWeight: 5,
    });
    expect(result.elected).toEqual(['ann']);
    expect(result.ballotWeight).toBe(5);
    expect(() =>
      tallyElection({ seats: 2, candidates, method: 'MAJORITY_PER_SEAT', ballots: aggregated, ballotWeight: 2 }),
    ).toThrow(RangeError);
  });
});

describe('checkBallot: what a ballot must look like', () => {
  const election = { method: 'APPROVAL' as const, choice: null, seats: 2 };
  it.each([
    [{ method: 'MOTION' as const, choice: 'YES' as const, approvals: null, seats: 0, knownApprovals: 0 }, null],
    [{ method: 'MOTION' as const, choice: null, approvals: null, seats: 0, knownApprovals: 0 }, 'MOTION_NEEDS_CHOICE'],
    [
      { method: 'MOTION' as const, choice: 'NO' as const, approvals: [], seats: 0, knownApprovals: 0 },
      'MOTION_NEEDS_CHOICE',
    ],
    [{ ...election, approvals: null, knownApprovals: 0 }, 'ELECTION_NEEDS_APPROVALS'],
    [{ ...election, choice: 'YES' as const, approvals: ['a'], knownApprovals: 1 }, 'ELECTION_NEEDS_APPROVALS'],
    [{ ...election, approvals: [], knownApprovals: 0 }, null],
    [{ ...election, approvals: ['a', 'a'], knownApprovals: 1 }, 'DUPLICATE_APPROVAL'],
    [{ ...election, approvals: ['a', 'b', 'c'], knownApprovals: 3 }, 'TOO_MANY_APPROVALS'],
    [{ ...election, approvals: ['a', 'x'], knownApprovals: 1 }, 'UNKNOWN_CANDIDATE'],
    [{ ...election, approvals: ['a', 'b'], knownApprovals: 2 }, null],
  ])('%o → %s', (input, code) => {
    expect(checkBallot(input)?.code ?? null).toBe(code);
  });

  it('says how many seats there are when too many are approved', () => {
    expect(describeBallotProblem({ code: 'TOO_MANY_APPROVALS', seats: 1 })).toBe(
      'Approve at most 1 candidate: there is 1 seat.',
    );
  });
});
