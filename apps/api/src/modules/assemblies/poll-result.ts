import type {
  ElectionTally,
  MajorityRule,
  MotionTally,
  QuorumResult,
  StakeholderCategory,
  VotingWeightMode,
} from '@letscoop/domain';
import type { PollResultModel } from './poll.model.js';

/**
 * A poll's result as frozen at close (poll.result, jsonb): libs/domain's tally with every figure,
 * the quorum and the rule in words. Written once, in the closing transaction; never recomputed.
 */
export interface FrozenPollResult {
  outcome: string;
  passed: boolean;
  ruleApplied: string;
  majorityRule: MajorityRule | null;
  abstentionsCount: boolean;
  weightMode: VotingWeightMode;
  ballots: number;
  yes: number;
  no: number;
  abstain: number;
  cast: number;
  counted: number;
  entitled: number;
  yesNeeded: number | null;
  yesPercent: string | null;
  quorum: QuorumResult;
  colleges: FrozenCollege[] | null;
  election: FrozenElection | null;
  /** ISO 8601: the moment the poll closed. */
  frozenAt: string;
}

interface FrozenCollege {
  college: StakeholderCategory;
  collegeWeight: number;
  yes: number;
  no: number;
  abstain: number;
  counted: number;
  yesPercent: string | null;
  included: boolean;
}

interface FrozenElection {
  seats: number;
  ranking: { candidateId: string; approvals: number; rank: number; elected: boolean }[];
  elected: string[];
  tieCandidateIds: string[];
  vacantSeats: number;
}

export function motionResult(tally: MotionTally, ballots: number, frozenAt: Date): FrozenPollResult {
  return {
    outcome: tally.reason,
    passed: tally.passed,
    ruleApplied: tally.ruleApplied,
    majorityRule: tally.rule,
    abstentionsCount: tally.abstentionsCount,
    weightMode: tally.mode,
    ballots,
    yes: tally.yes,
    no: tally.no,
    abstain: tally.abstain,
    cast: tally.cast,
    counted: tally.counted,
    entitled: tally.entitled,
    yesNeeded: tally.yesNeeded,
    yesPercent: tally.yesPercent,
    quorum: tally.quorum,
    colleges:
      tally.colleges?.map((c) => ({
        college: c.college,
        collegeWeight: c.collegeWeight,
        yes: c.yes,
        no: c.no,
        abstain: c.abstain,
        counted: c.counted,
        yesPercent: c.yesPercent,
        included: c.included,
      })) ?? null,
    election: null,
    frozenAt: frozenAt.toISOString(),
  };
}

export interface ElectionFigures {
  tally: ElectionTally;
  quorum: QuorumResult;
  mode: VotingWeightMode;
  /** Ballots (rows), blank ones included. */
  ballots: number;
  /** Their total weight. */
  cast: number;
  entitled: number;
  /** Candidate names by id, for the rule in words. */
  names: ReadonlyMap<string, string>;
}

/**
 * An approval election's result. A quorum not reached elects nobody (the ranking stays, for the
 * record); a tie for the last seat(s) is reported and left to the assembly, never settled here.
 */
export function electionResult(f: ElectionFigures, frozenAt: Date): FrozenPollResult {
  const { tally, quorum } = f;
  const elected = quorum.reached ? tally.elected : [];
  const tie = quorum.reached ? tally.tieAtCutoff : null;
  const outcome = !quorum.reached ? 'QUORUM_NOT_REACHED' : tie ? 'TIE_AT_CUTOFF' : 'ELECTED';
  const electedSet = new Set(elected);
  return {
    outcome,
    passed: outcome === 'ELECTED',
    ruleApplied: describeElection(f, elected, tie),
    majorityRule: null,
    abstentionsCount: false,
    weightMode: f.mode,
    ballots: f.ballots,
    yes: 0,
    no: 0,
    abstain: 0,
    cast: f.cast,
    counted: f.cast,
    entitled: f.entitled,
    yesNeeded: null,
    yesPercent: null,
    quorum,
    colleges: null,
    election: {
      seats: tally.seats,
      ranking: tally.ranking.map((r) => ({ ...r, elected: electedSet.has(r.candidateId) })),
      elected,
      tieCandidateIds: tie?.candidateIds ?? [],
      vacantSeats: quorum.reached ? tally.vacantSeats : tally.seats,
    },
    frozenAt: frozenAt.toISOString(),
  };
}

/** The frozen result as the GraphQL type (RankedCandidate.candidate is resolved from candidateId). */
export function presentResult(frozen: FrozenPollResult): PollResultModel {
  return {
    ...frozen,
    frozenAt: new Date(frozen.frozenAt),
    election: frozen.election ? { ...frozen.election, ranking: frozen.election.ranking.map((r) => ({ ...r })) } : null,
  };
}

const num = (value: number): string => String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const plural = (n: number, one: string, many: string): string => `${num(n)} ${n === 1 ? one : many}`;

function describeElection(
  f: ElectionFigures,
  elected: readonly string[],
  tie: { candidateIds: string[]; seatsLeft: number } | null,
): string {
  const { tally, quorum, names } = f;
  const name = (id: string): string => names.get(id) ?? id;
  const unit = f.mode === 'SHARE_WEIGHTED' ? 'shares' : 'votes';
  const what = quorum.basis === 'MEMBERS' ? 'members' : 'shares';
  const parts = [
    tally.method === 'MAJORITY_PER_SEAT'
      ? `Approval voting for ${plural(tally.seats, 'seat', 'seats')} with a majority per seat: each ballot approves at most ${plural(tally.seats, 'candidate', 'candidates')}; the most approved candidates approved by more than half of the ballots (more than ${num(Math.floor(tally.ballotWeight / 2))} of ${num(tally.ballotWeight)}) are elected; other seats stay vacant.`
      : `Approval voting for ${plural(tally.seats, 'seat', 'seats')}: each ballot approves at most ${plural(tally.seats, 'candidate', 'candidates')}; the most approved candidates with at least one approval are elected.`,
    f.mode === 'SHARE_WEIGHTED' ? "Share-weighted: each approval counts the voter's shares." : 'One member, one vote.',
    `Quorum ${quorum.reached ? 'reached' : 'not reached'}: ${num(quorum.actual)} ${what} present or represented, ${num(quorum.required)} required (${quorum.percent}% of ${num(quorum.entitled)} entitled ${what}).`,
    `${plural(f.ballots, 'ballot', 'ballots')} (${num(f.cast)} ${unit}).`,
    tally.ranking.length > 0
      ? `Approvals: ${tally.ranking.map((r) => `${name(r.candidateId)} ${num(r.approvals)}`).join(', ')}.`
      : 'No candidates.',
  ];
  if (!quorum.reached) {
    parts.push('The quorum was not reached: nobody is elected, whatever the approvals.');
    return parts.join(' ');
  }
  parts.push(elected.length > 0 ? `Elected: ${elected.map(name).join(', ')}.` : 'Nobody is elected.');
  if (tie) {
    const approvals = tally.ranking.find((r) => r.candidateId === tie.candidateIds[0])?.approvals ?? 0;
    parts.push(
      `Tie for the last ${tie.seatsLeft === 1 ? 'seat' : `${num(tie.seatsLeft)} seats`} between ${tie.candidateIds.map(name).join(' and ')} (${num(approvals)} approvals each): the assembly decides.`,
    );
  }
  if (tally.vacantSeats > 0) parts.push(`${plural(tally.vacantSeats, 'seat stays', 'seats stay')} vacant.`);
  return parts.join(' ');
}
