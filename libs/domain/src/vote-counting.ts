/**
 * Counting at the general assembly: voting weights, quorum, motions (yes / no / abstain),
 * approval elections with seats, and the rules on proxies. Pure functions, no I/O: the API
 * feeds them aggregated figures and stores what they return; the web shows `ruleApplied`.
 *
 * Every comparison is exact. Weights are non-negative safe integers; thresholds are compared by
 * integer cross-multiplication (`yes * 3 >= counted * 2`) in BigInt, never with floating point,
 * so a motion exactly at two-thirds passes and one vote short of it fails, whatever the sizes.
 * Invalid input (a negative or fractional weight, more votes than entitled, an unknown
 * candidate) is a programming error and throws a RangeError: the API validates first.
 */
import { STAKEHOLDER_CATEGORIES } from './membership.js';
import type { MajorityRule, QuorumBasis, StakeholderCategory, VotingWeightMode } from './membership.js';

// ---------------------------------------------------------------------------------------------
// Weights
// ---------------------------------------------------------------------------------------------

/** The weight given to each college when voting by college (integers, e.g. 50 / 30 / 20). */
export type CollegeWeights = Readonly<Partial<Record<StakeholderCategory, number>>>;

/**
 * A voter's weight in a poll. One member, one vote: 1. Share-weighted: the shares they hold at
 * the record date. By college: 1 within their college (the colleges themselves are weighted
 * when the motion is tallied, see `collegeWeight` and `tallyMotion`).
 */
export function voterWeight(mode: VotingWeightMode, voter: { shares: number }): number {
  switch (mode) {
    case 'ONE_MEMBER_ONE_VOTE':
    case 'COLLEGES':
      return 1;
    case 'SHARE_WEIGHTED':
      assertWeight(voter.shares, 'shares');
      return voter.shares;
  }
}

/** A college's weight; a college the settings do not weigh is an error, not a silent zero. */
export function collegeWeight(weights: CollegeWeights, college: StakeholderCategory): number {
  const weight = weights[college];
  if (weight === undefined) throw new RangeError(`No college weight is set for ${college}.`);
  assertWeight(weight, `college weight of ${college}`);
  return weight;
}

// ---------------------------------------------------------------------------------------------
// Quorum
// ---------------------------------------------------------------------------------------------

export interface QuorumFigures {
  members: number;
  shares: number;
}

export interface QuorumInput {
  basis: QuorumBasis;
  /** The statutes' quorum, in percent of the entitled (0 to 100, at most 4 decimals: 5, 12.5, 33.33). */
  percent: number;
  entitled: QuorumFigures;
  /** Present in person or online, plus represented by a proxy. */
  presentOrRepresented: QuorumFigures;
}

export interface QuorumResult {
  reached: boolean;
  /** Members or shares needed: ceil(entitled × percent / 100), computed on integers. */
  required: number;
  /** Members or shares present or represented. */
  actual: number;
  /** Members or shares entitled (the basis of the percentage). */
  entitled: number;
  /** How many more are needed; 0 once the quorum is reached. */
  shortBy: number;
  basis: QuorumBasis;
  percent: number;
}

/**
 * Checks the quorum: present plus represented, counted in members or in shares, against a
 * percentage of the entitled. 5 % of 2,000 members requires 100; 99 is not enough. A quorum of
 * 0 % is always reached.
 */
export function checkQuorum(input: QuorumInput): QuorumResult {
  const { basis, percent } = input;
  const entitled = basis === 'MEMBERS' ? input.entitled.members : input.entitled.shares;
  const actual = basis === 'MEMBERS' ? input.presentOrRepresented.members : input.presentOrRepresented.shares;
  assertWeight(entitled, `entitled ${basis.toLowerCase()}`);
  assertWeight(actual, `${basis.toLowerCase()} present or represented`);
  if (actual > entitled) {
    throw new RangeError(`More ${basis.toLowerCase()} present or represented (${actual}) than entitled (${entitled}).`);
  }
  const { numerator, denominator } = percentAsRatio(percent);
  // required = ceil(entitled × numerator / (100 × denominator)), all in integers.
  const required = Number(ceilDiv(BigInt(entitled) * numerator, 100n * denominator));
  return {
    reached: actual >= required,
    required,
    actual,
    entitled,
    shortBy: Math.max(0, required - actual),
    basis,
    percent,
  };
}

// ---------------------------------------------------------------------------------------------
// Motions
// ---------------------------------------------------------------------------------------------

export const BALLOT_CHOICES = ['YES', 'NO', 'ABSTAIN'] as const;
export type BallotChoice = (typeof BALLOT_CHOICES)[number];

export const MOTION_OUTCOMES = ['QUORUM_NOT_REACHED', 'MAJORITY_REACHED', 'MAJORITY_NOT_REACHED', 'TIE'] as const;
export type MotionOutcome = (typeof MOTION_OUTCOMES)[number];

/**
 * One ballot, or an aggregate of ballots with the same choice (and college): the API counts
 * with `GROUP BY choice, college` and passes the summed weights.
 */
export interface MotionBallot {
  choice: BallotChoice;
  weight: number;
  /** Required when voting by college. */
  college?: StakeholderCategory | null;
}

export interface MotionInput {
  rule: MajorityRule;
  /** Whether abstentions count among the votes cast (the statutes say; by default they do not). */
  abstentionsCount: boolean;
  ballots: readonly MotionBallot[];
  mode: VotingWeightMode;
  /** Required when `mode` is COLLEGES. */
  collegeWeights?: CollegeWeights;
  /** The quorum, checked (and frozen) when the poll closed. */
  quorum: QuorumResult;
  /** The total weight entitled to vote in this poll (members, or shares); no tally may exceed it. */
  entitledWeight: number;
}

/** The share of the counted votes a motion needs: more than (strict) or at least numerator/denominator. */
export interface MajorityThreshold {
  numerator: number;
  denominator: number;
  strict: boolean;
  /** "more than half", "at least two-thirds", "at least three-quarters". */
  text: string;
}

export interface CollegeTally {
  college: StakeholderCategory;
  collegeWeight: number;
  yes: number;
  no: number;
  abstain: number;
  cast: number;
  /** The college's votes the rule counts (yes + no, plus abstentions when they count). */
  counted: number;
  /** yes / counted as a percentage with two decimals ("60.00"); null when nothing was counted. */
  yesPercent: string | null;
  /** Whether the college weighs in the result: it has counted votes and a weight above zero. */
  included: boolean;
  /** The rule applied to this college alone (for display; the motion is decided on the weighted result). */
  majorityWithin: boolean;
}

export interface MotionTally {
  passed: boolean;
  reason: MotionOutcome;
  /** The rule, with the figures, in plain English: what the minutes print. */
  ruleApplied: string;
  rule: MajorityRule;
  abstentionsCount: boolean;
  mode: VotingWeightMode;
  /** Weights cast per option (votes, or shares), summed over every ballot and every college. */
  yes: number;
  no: number;
  abstain: number;
  /** yes + no + abstain. */
  cast: number;
  /** What the rule divides by: yes + no, plus abstentions when they count. */
  counted: number;
  entitled: number;
  threshold: MajorityThreshold;
  /**
   * The smallest yes weight that passes with these counted votes; null when nothing was counted
   * or when voting by college (there the weighted percentage decides).
   */
  yesNeeded: number | null;
  /** Yes as a percentage of the counted votes (weighted by college when voting by college); null when nothing counts. */
  yesPercent: string | null;
  quorum: QuorumResult;
  /** Per-college results, in the order of STAKEHOLDER_CATEGORIES; null unless voting by college. */
  colleges: CollegeTally[] | null;
}

const THRESHOLDS: Record<MajorityRule, MajorityThreshold> = {
  SIMPLE: { numerator: 1, denominator: 2, strict: true, text: 'more than half' },
  ABSOLUTE: { numerator: 1, denominator: 2, strict: true, text: 'more than half' },
  TWO_THIRDS: { numerator: 2, denominator: 3, strict: false, text: 'at least two-thirds' },
  THREE_QUARTERS: { numerator: 3, denominator: 4, strict: false, text: 'at least three-quarters' },
};

export function majorityThreshold(rule: MajorityRule): MajorityThreshold {
  return THRESHOLDS[rule];
}

/**
 * Tallies a motion (yes / no / abstain).
 *
 * The rules, with `counted` = yes + no, plus abstentions when the statutes count them:
 * - SIMPLE: more yes than no; when abstentions count they sit in the denominator, so yes must be
 *   more than half of yes + no + abstain (an abstention then weighs like a no).
 * - ABSOLUTE: yes more than half of the votes counted (abstentions included when they count).
 *   With the same counting it decides exactly like SIMPLE; statutes name it differently.
 * - TWO_THIRDS: yes × 3 ≥ counted × 2. THREE_QUARTERS: yes × 4 ≥ counted × 3.
 * - SIMPLE and ABSOLUTE need *more than* half: exactly half (100 yes, 100 no) is a TIE and fails;
 *   no casting vote is assumed. Nothing counted fails. A quorum not reached fails, whatever the votes.
 *
 * Voting by college (SCIC-style): within each college every member has one vote. Each college's
 * result is its yes share, yes_c / counted_c. The motion's yes share is the average of those
 * shares weighted by the college weights w_c:  Y = Σ w_c · yes_c / counted_c  over  W = Σ w_c.
 * The rule is then applied to Y out of W (e.g. two-thirds: 3·Y ≥ 2·W). A college in which nothing
 * was counted (nobody voted, or only abstained while abstentions do not count) is left out of
 * both sums, so it neither helps nor blocks; so is a college weighted 0. The sums are brought to
 * the common denominator lcm(counted_c) and compared in BigInt, so the result is exact.
 */
export function tallyMotion(input: MotionInput): MotionTally {
  const { rule, abstentionsCount, mode, quorum } = input;
  assertWeight(input.entitledWeight, 'entitled weight');
  const totals = emptyCount();
  const byCollege = new Map<StakeholderCategory, Count>();
  for (const ballot of input.ballots) {
    assertWeight(ballot.weight, 'ballot weight');
    if (!BALLOT_CHOICES.includes(ballot.choice))
      throw new RangeError(`Unknown ballot choice: ${String(ballot.choice)}.`);
    addTo(totals, ballot);
    if (mode === 'COLLEGES') {
      if (!ballot.college || !STAKEHOLDER_CATEGORIES.includes(ballot.college)) {
        throw new RangeError(`Voting by college: every ballot must name its college, not ${String(ballot.college)}.`);
      }
      let count = byCollege.get(ballot.college);
      if (!count) byCollege.set(ballot.college, (count = emptyCount()));
      addTo(count, ballot);
    }
  }
  const cast = totals.yes + totals.no + totals.abstain;
  if (!Number.isSafeInteger(cast)) throw new RangeError('The weights cast are too large to count exactly.');
  if (cast > input.entitledWeight) {
    throw new RangeError(`More weight cast (${cast}) than entitled to vote (${input.entitledWeight}).`);
  }
  const counted = countedOf(totals, abstentionsCount);
  const threshold = THRESHOLDS[rule];

  let colleges: CollegeTally[] | null = null;
  let share: { yes: bigint; of: bigint };
  if (mode === 'COLLEGES') {
    const weights = input.collegeWeights;
    if (!weights) throw new RangeError('Voting by college needs the college weights.');
    colleges = collegeOrder(weights, byCollege).map((college) => {
      const count = byCollege.get(college) ?? emptyCount();
      const w = collegeWeight(weights, college);
      const collegeCounted = countedOf(count, abstentionsCount);
      return {
        college,
        collegeWeight: w,
        ...count,
        cast: count.yes + count.no + count.abstain,
        counted: collegeCounted,
        yesPercent: collegeCounted > 0 ? formatPercent(BigInt(count.yes), BigInt(collegeCounted)) : null,
        included: collegeCounted > 0 && w > 0,
        majorityWithin: judge(rule, BigInt(count.yes), BigInt(collegeCounted)) === 'MAJORITY_REACHED',
      };
    });
    share = weightedShare(colleges.filter((c) => c.included));
  } else {
    share = { yes: BigInt(totals.yes), of: BigInt(counted) };
  }

  const onVotes = judge(rule, share.yes, share.of);
  const reason: MotionOutcome = quorum.reached ? onVotes : 'QUORUM_NOT_REACHED';
  const yesNeeded = mode === 'COLLEGES' || counted === 0 ? null : minimumYes(rule, counted);
  const yesPercent = share.of > 0n ? formatPercent(share.yes, share.of) : null;
  const tally: Omit<MotionTally, 'ruleApplied'> = {
    passed: reason === 'MAJORITY_REACHED',
    reason,
    rule,
    abstentionsCount,
    mode,
    ...totals,
    cast,
    counted,
    entitled: input.entitledWeight,
    threshold,
    yesNeeded,
    yesPercent,
    quorum,
    colleges,
  };
  return { ...tally, ruleApplied: describeTally(tally, onVotes) };
}

/** The smallest yes weight that satisfies the rule when `counted` votes count (counted > 0). */
export function minimumYes(rule: MajorityRule, counted: number): number {
  const { numerator, denominator, strict } = THRESHOLDS[rule];
  const c = BigInt(counted) * BigInt(numerator);
  const d = BigInt(denominator);
  return Number(strict ? c / d + 1n : ceilDiv(c, d));
}

function judge(rule: MajorityRule, yes: bigint, of: bigint): Exclude<MotionOutcome, 'QUORUM_NOT_REACHED'> {
  if (of === 0n) return 'MAJORITY_NOT_REACHED';
  const { numerator, denominator, strict } = THRESHOLDS[rule];
  const lhs = yes * BigInt(denominator);
  const rhs = of * BigInt(numerator);
  if (strict) {
    if (lhs > rhs) return 'MAJORITY_REACHED';
    return lhs === rhs ? 'TIE' : 'MAJORITY_NOT_REACHED';
  }
  return lhs >= rhs ? 'MAJORITY_REACHED' : 'MAJORITY_NOT_REACHED';
}

/** Σ w_c · yes_c / counted_c and Σ w_c, scaled to the common denominator lcm(counted_c). */
function weightedShare(colleges: readonly CollegeTally[]): { yes: bigint; of: bigint } {
  const common = colleges.reduce((l, c) => lcm(l, BigInt(c.counted)), 1n);
  let yes = 0n;
  let of = 0n;
  for (const c of colleges) {
    const w = BigInt(c.collegeWeight);
    yes += w * BigInt(c.yes) * (common / BigInt(c.counted));
    of += w * common;
  }
  return { yes, of };
}

interface Count {
  yes: number;
  no: number;
  abstain: number;
}

function emptyCount(): Count {
  return { yes: 0, no: 0, abstain: 0 };
}

function addTo(count: Count, ballot: MotionBallot): void {
  switch (ballot.choice) {
    case 'YES':
      count.yes += ballot.weight;
      break;
    case 'NO':
      count.no += ballot.weight;
      break;
    case 'ABSTAIN':
      count.abstain += ballot.weight;
      break;
  }
}

function countedOf(count: Count, abstentionsCount: boolean): number {
  return count.yes + count.no + (abstentionsCount ? count.abstain : 0);
}

/** The weighted colleges and those that voted (a missing weight then throws), in the order of STAKEHOLDER_CATEGORIES. */
function collegeOrder(weights: CollegeWeights, voted: ReadonlyMap<StakeholderCategory, Count>): StakeholderCategory[] {
  return STAKEHOLDER_CATEGORIES.filter((c) => weights[c] !== undefined || voted.has(c));
}

// ---------------------------------------------------------------------------------------------
// The rule applied, in words
// ---------------------------------------------------------------------------------------------

const RULE_NAMES: Record<MajorityRule, string> = {
  SIMPLE: 'Simple majority',
  ABSOLUTE: 'Absolute majority',
  TWO_THIRDS: 'Two-thirds majority',
  THREE_QUARTERS: 'Three-quarters majority',
};

const MODE_NAMES: Record<VotingWeightMode, string> = {
  ONE_MEMBER_ONE_VOTE: 'One member, one vote',
  SHARE_WEIGHTED: 'Share-weighted: one vote per share',
  COLLEGES: "By college: one vote per member within a college, each college's result weighted by its college weight",
};

const COLLEGE_NAMES: Record<StakeholderCategory, string> = {
  WORKER_MEMBER: 'Worker members',
  SALARIED_ENTREPRENEUR: 'Salaried entrepreneurs',
  PERMANENT_STAFF: 'Permanent staff',
  CLIENT: 'Clients',
  PARTNER: 'Partners',
};

const VERDICTS: Record<Exclude<MotionOutcome, 'QUORUM_NOT_REACHED'>, string> = {
  MAJORITY_REACHED: 'majority reached',
  MAJORITY_NOT_REACHED: 'majority not reached',
  TIE: 'a tie',
};

/** `onVotes` is the verdict on the votes alone; the quorum may still sink the motion. */
function describeTally(
  t: Omit<MotionTally, 'ruleApplied'>,
  onVotes: Exclude<MotionOutcome, 'QUORUM_NOT_REACHED'>,
): string {
  const unit = t.mode === 'SHARE_WEIGHTED' ? 'shares' : 'votes';
  const verdict = t.quorum.reached
    ? `${VERDICTS[onVotes]}, the motion ${onVotes === 'MAJORITY_REACHED' ? 'passes' : 'fails'}.`
    : `${VERDICTS[onVotes]}, but the quorum was not reached: the motion fails, whatever the votes.`;
  const parts = [
    `${RULE_NAMES[t.rule]} of the votes cast, abstentions ${t.abstentionsCount ? 'counted' : 'not counted'}.`,
    `${MODE_NAMES[t.mode]}.`,
    describeQuorum(t.quorum),
    `Yes ${num(t.yes)}, no ${num(t.no)}, abstentions ${num(t.abstain)} (${unit}).`,
  ];

  if (t.colleges) {
    for (const c of t.colleges) {
      const head = `${COLLEGE_NAMES[c.college]} (weight ${num(c.collegeWeight)}): yes ${num(c.yes)}, no ${num(c.no)}, abstentions ${num(c.abstain)}`;
      if (c.counted === 0) parts.push(`${head}; no votes counted, college left out.`);
      else if (c.collegeWeight === 0) parts.push(`${head}; weight 0, college left out.`);
      else parts.push(`${head}: ${c.yesPercent}% yes.`);
    }
    parts.push(
      t.yesPercent === null
        ? `No college has votes counted: ${verdict}`
        : `Weighted by college, yes is ${t.yesPercent}% of the votes counted; the motion needs ${t.threshold.text}: ${verdict}`,
    );
    return parts.join(' ');
  }

  if (t.yesNeeded === null) {
    parts.push(`No votes counted: ${verdict}`);
    return parts.join(' ');
  }
  const countedWhat = t.abstentionsCount ? 'yes + no + abstentions' : 'yes + no';
  const needs =
    t.rule === 'SIMPLE' && !t.abstentionsCount ? 'more yes than no' : `${t.threshold.text} of them in favour`;
  parts.push(
    `Counted: ${num(t.counted)} ${unit} (${countedWhat}); the motion needs ${needs}, i.e. at least ${num(t.yesNeeded)} yes.`,
  );
  const figure =
    onVotes === 'TIE' && !t.abstentionsCount
      ? `${num(t.yes)} yes against ${num(t.no)} no`
      : onVotes === 'TIE'
        ? `${num(t.yes)} yes, exactly half`
        : `${num(t.yes)} yes (${t.yesPercent}%)`;
  parts.push(`${figure}: ${verdict}`);
  return parts.join(' ');
}

function describeQuorum(q: QuorumResult): string {
  const what = q.basis === 'MEMBERS' ? 'members' : 'shares';
  return (
    `Quorum ${q.reached ? 'reached' : 'not reached'}: ${num(q.actual)} ${what} present or represented, ` +
    `${num(q.required)} required (${q.percent}% of ${num(q.entitled)} entitled ${what}).`
  );
}

// ---------------------------------------------------------------------------------------------
// Elections
// ---------------------------------------------------------------------------------------------

/**
 * APPROVAL: the most approved candidates take the seats (at least one approval each).
 * MAJORITY_PER_SEAT: the same, but a candidate takes a seat only when approved by more than half
 * of the ballots cast (by weight); seats nobody wins that way stay vacant.
 */
export const ELECTION_METHODS = ['APPROVAL', 'MAJORITY_PER_SEAT'] as const;
export type ElectionMethod = (typeof ELECTION_METHODS)[number];

export interface ElectionBallot {
  /** The candidates this ballot approves (each at most once). */
  approvals: readonly string[];
  weight: number;
}

export interface ElectionInput {
  seats: number;
  /** Candidate ids, in the order the ballot paper lists them. */
  candidates: readonly string[];
  ballots: readonly ElectionBallot[];
  method: ElectionMethod;
  /**
   * The total weight of the ballots cast, when `ballots` are aggregates (one entry per candidate
   * with its summed approvals, as the API counts with GROUP BY): the majority per seat is of the
   * ballots, blank ones included. Defaults to the sum of `ballots`' weights.
   */
  ballotWeight?: number;
}

export interface RankedCandidate {
  candidateId: string;
  /** Weighted approvals. */
  approvals: number;
  /** 1 for the most approved; candidates with equal approvals share a rank (1, 2, 2, 4). */
  rank: number;
}

export interface ElectionTally {
  method: ElectionMethod;
  seats: number;
  /** Every candidate, most approved first; ties keep the ballot-paper order (display only). */
  ranking: RankedCandidate[];
  /** Candidates surely elected: never more than `seats`, never a pick among tied candidates. */
  elected: string[];
  /**
   * When candidates tie for the last seat(s): the tied candidates and how many seats are left
   * for them. The assembly decides (a new round, a draw, the statutes' rule); the software does not pick.
   */
  tieAtCutoff: { candidateIds: string[]; seatsLeft: number } | null;
  /** Seats nobody fills: too few candidates with at least one approval (or, per seat, a majority). */
  vacantSeats: number;
  /** Total weight of the ballots (the number of voters, or shares). */
  ballotWeight: number;
}

/**
 * Approval voting with seats: each ballot approves any number of candidates, each approval
 * counts the ballot's weight, the most approved take the seats. A candidate needs at least one
 * approval to be elected, and with MAJORITY_PER_SEAT approvals from more than half of the ballot
 * weight (compared in integers: 2 × approvals > ballot weight). A tie for the last seat is
 * reported, never settled silently.
 */
export function tallyElection(input: ElectionInput): ElectionTally {
  const { seats, candidates, method } = input;
  if (!Number.isSafeInteger(seats) || seats < 1)
    throw new RangeError(`Seats must be a positive integer, not ${seats}.`);
  const approvals = new Map<string, number>();
  for (const id of candidates) {
    if (approvals.has(id)) throw new RangeError(`Candidate ${id} is listed twice.`);
    approvals.set(id, 0);
  }
  let ballotWeight = 0;
  for (const ballot of input.ballots) {
    assertWeight(ballot.weight, 'ballot weight');
    ballotWeight += ballot.weight;
    const seen = new Set<string>();
    for (const id of ballot.approvals) {
      const current = approvals.get(id);
      if (current === undefined) throw new RangeError(`A ballot approves ${id}, who is not a candidate.`);
      if (seen.has(id)) throw new RangeError(`A ballot approves ${id} twice.`);
      seen.add(id);
      approvals.set(id, current + ballot.weight);
    }
  }
  if (input.ballotWeight !== undefined) {
    assertWeight(input.ballotWeight, 'ballot weight');
    const most = Math.max(0, ...approvals.values());
    if (input.ballotWeight < most)
      throw new RangeError(`A candidate has more approvals (${most}) than the ballots weigh (${input.ballotWeight}).`);
    ballotWeight = input.ballotWeight;
  }
  if (!Number.isSafeInteger(ballotWeight)) throw new RangeError('The weights cast are too large to count exactly.');

  const sorted = candidates
    .map((candidateId, order) => ({ candidateId, approvals: approvals.get(candidateId) ?? 0, order }))
    .sort((a, b) => b.approvals - a.approvals || a.order - b.order);
  const ranking: RankedCandidate[] = sorted.map((c, i) => ({
    candidateId: c.candidateId,
    approvals: c.approvals,
    rank: i > 0 && sorted[i - 1].approvals === c.approvals ? 0 : i + 1,
  }));
  for (let i = 1; i < ranking.length; i++) if (ranking[i].rank === 0) ranking[i].rank = ranking[i - 1].rank;

  if (!ELECTION_METHODS.includes(method)) throw new RangeError(`Unknown election method: ${String(method)}.`);
  const eligible = ranking.filter((c) =>
    method === 'MAJORITY_PER_SEAT' ? c.approvals * 2 > ballotWeight : c.approvals > 0,
  );
  let elected: string[];
  let tieAtCutoff: ElectionTally['tieAtCutoff'] = null;
  if (eligible.length <= seats) {
    elected = eligible.map((c) => c.candidateId);
  } else {
    const cutoff = eligible[seats - 1].approvals;
    if (eligible[seats].approvals === cutoff) {
      elected = eligible.filter((c) => c.approvals > cutoff).map((c) => c.candidateId);
      tieAtCutoff = {
        candidateIds: eligible.filter((c) => c.approvals === cutoff).map((c) => c.candidateId),
        seatsLeft: seats - elected.length,
      };
    } else {
      elected = eligible.slice(0, seats).map((c) => c.candidateId);
    }
  }
  const vacantSeats = seats - elected.length - (tieAtCutoff?.seatsLeft ?? 0);
  return { method, seats, ranking, elected, tieAtCutoff, vacantSeats, ballotWeight };
}

// ---------------------------------------------------------------------------------------------
// Ballots
// ---------------------------------------------------------------------------------------------

export type BallotProblem =
  | { code: 'MOTION_NEEDS_CHOICE' }
  | { code: 'ELECTION_NEEDS_APPROVALS' }
  | { code: 'DUPLICATE_APPROVAL' }
  | { code: 'TOO_MANY_APPROVALS'; seats: number }
  | { code: 'UNKNOWN_CANDIDATE' };

/**
 * What a ballot must look like: a motion takes one choice and no approvals; an election takes
 * approvals (none is a blank ballot) and no choice, each candidate at most once, at most `seats`
 * of them, all candidates of this election (`knownApprovals`: how many of them are).
 */
export function checkBallot(input: {
  method: 'MOTION' | 'APPROVAL';
  choice: BallotChoice | null | undefined;
  approvals: readonly string[] | null;
  seats: number;
  knownApprovals: number;
}): BallotProblem | null {
  const { method, choice, approvals } = input;
  if (method === 'MOTION') return !choice || approvals !== null ? { code: 'MOTION_NEEDS_CHOICE' } : null;
  if (choice || approvals === null) return { code: 'ELECTION_NEEDS_APPROVALS' };
  if (new Set(approvals).size !== approvals.length) return { code: 'DUPLICATE_APPROVAL' };
  if (approvals.length > input.seats) return { code: 'TOO_MANY_APPROVALS', seats: input.seats };
  if (input.knownApprovals !== approvals.length) return { code: 'UNKNOWN_CANDIDATE' };
  return null;
}

/** A plain-language message for each problem (the API's error text). */
export function describeBallotProblem(problem: BallotProblem): string {
  switch (problem.code) {
    case 'MOTION_NEEDS_CHOICE':
      return 'A motion takes a choice: YES, NO or ABSTAIN (and no approvals).';
    case 'ELECTION_NEEDS_APPROVALS':
      return 'An election takes approvals: the candidates you approve (none for a blank ballot), no choice.';
    case 'DUPLICATE_APPROVAL':
      return 'Approve each candidate at most once.';
    case 'TOO_MANY_APPROVALS': {
      const { seats } = problem;
      return `Approve at most ${seats} candidate${seats === 1 ? '' : 's'}: there ${seats === 1 ? 'is 1 seat' : `are ${seats} seats`}.`;
    }
    case 'UNKNOWN_CANDIDATE':
      return 'Approve only candidates of this election.';
  }
}

// ---------------------------------------------------------------------------------------------
// Proxies
// ---------------------------------------------------------------------------------------------

export interface ProxyGrant {
  grantorId: string;
  holderId: string;
}

export type ProxyProblem =
  | { code: 'SELF' }
  | { code: 'GRANTOR_ALREADY_GAVE'; holderId: string }
  | { code: 'HOLDER_GAVE_PROXY' }
  | { code: 'GRANTOR_HOLDS_PROXIES'; held: number }
  | { code: 'CAP_REACHED'; cap: number };

export const PROXY_PROBLEM_CODES = [
  'SELF',
  'GRANTOR_ALREADY_GAVE',
  'HOLDER_GAVE_PROXY',
  'GRANTOR_HOLDS_PROXIES',
  'CAP_REACHED',
] as const satisfies readonly ProxyProblem['code'][];

/**
 * Checks a new proxy against the grants in force for the same assembly (revoked ones left out).
 * A member gives at most one proxy, never to themselves; no chains (a member who gave a proxy
 * can't hold one, a member who holds proxies can't give theirs away); a holder holds at most
 * `capPerHolder` proxies (the statutes; 0 means no proxies). The database enforces the same
 * under concurrency; this gives the reason in words.
 */
export function checkProxyGrant(input: {
  grantorId: string;
  holderId: string;
  capPerHolder: number;
  existingGrants: readonly ProxyGrant[];
}): ProxyProblem | null {
  const { grantorId, holderId, capPerHolder, existingGrants } = input;
  assertWeight(capPerHolder, 'proxy cap');
  if (grantorId === holderId) return { code: 'SELF' };
  const given = existingGrants.find((g) => g.grantorId === grantorId);
  if (given) return { code: 'GRANTOR_ALREADY_GAVE', holderId: given.holderId };
  if (existingGrants.some((g) => g.grantorId === holderId)) return { code: 'HOLDER_GAVE_PROXY' };
  const heldByGrantor = existingGrants.filter((g) => g.holderId === grantorId).length;
  if (heldByGrantor > 0) return { code: 'GRANTOR_HOLDS_PROXIES', held: heldByGrantor };
  const heldByHolder = existingGrants.filter((g) => g.holderId === holderId).length;
  if (heldByHolder >= capPerHolder) return { code: 'CAP_REACHED', cap: capPerHolder };
  return null;
}

/** A plain-language message for each problem (the API's error text). */
export function describeProxyProblem(problem: ProxyProblem): string {
  switch (problem.code) {
    case 'SELF':
      return 'A member cannot give a proxy to themselves.';
    case 'GRANTOR_ALREADY_GAVE':
      return 'This member has already given their proxy for this assembly: revoke it before giving a new one.';
    case 'HOLDER_GAVE_PROXY':
      return 'The chosen member has given their own proxy to someone else, so cannot hold one: a proxy cannot be passed on.';
    case 'GRANTOR_HOLDS_PROXIES':
      return `This member holds ${problem.held === 1 ? 'a proxy' : `${problem.held} proxies`} for other members, so cannot give their own away: a proxy cannot be passed on.`;
    case 'CAP_REACHED':
      return problem.cap === 0
        ? 'The statutes do not allow proxies.'
        : `The chosen member already holds ${problem.cap === 1 ? '1 proxy' : `${problem.cap} proxies`}, the most the statutes allow.`;
  }
}

// ---------------------------------------------------------------------------------------------
// Exact arithmetic
// ---------------------------------------------------------------------------------------------

function assertWeight(value: number, label: string): void {
  if (!Number.isSafeInteger(value) || value < 0)
    throw new RangeError(`The ${label} must be a whole number ≥ 0, not ${value}.`);
}

/** A percentage as an exact ratio of integers: 12.5 → 125/10. At most 4 decimals, 0 to 100. */
function percentAsRatio(percent: number): { numerator: bigint; denominator: bigint } {
  const text = String(percent);
  const match = /^(\d+)(?:\.(\d{1,4}))?$/.exec(text);
  if (!match || percent > 100) {
    throw new RangeError(`A quorum is a percentage from 0 to 100 with at most 4 decimals, not ${text}.`);
  }
  const decimals = match[2] ?? '';
  return { numerator: BigInt(match[1] + decimals), denominator: 10n ** BigInt(decimals.length) };
}

function ceilDiv(a: bigint, b: bigint): bigint {
  return (a + b - 1n) / b;
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

function lcm(a: bigint, b: bigint): bigint {
  return (a / gcd(a, b)) * b;
}

/** num / den as a percentage with two decimals, rounded half up ("66.67"). */
function formatPercent(num: bigint, den: bigint): string {
  const hundredths = (num * 20000n + den) / (2n * den);
  const whole = hundredths / 100n;
  const frac = hundredths % 100n;
  return `${whole}.${frac.toString().padStart(2, '0')}`;
}

/** 2000 → "2,000". */
function num(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
