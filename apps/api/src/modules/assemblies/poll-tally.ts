import {
  checkQuorum,
  tallyElection,
  tallyMotion,
  type BallotChoice,
  type MotionBallot,
  type QuorumResult,
  type StakeholderCategory,
} from '@letscoop/domain';
import type { EntityManager } from 'typeorm';
import { AgendaItemEntity } from './agenda-item.entity.js';
import { attendanceFigures, type AttendanceFigures } from './attendance-figures.js';
import { CandidateEntity } from './candidate.entity.js';
import { electionResult, motionResult, type FrozenPollResult } from './poll-result.js';
import type { PollEntity } from './poll.entity.js';

/**
 * A poll's result at close: aggregates over its ballots, the quorum on the attendance now,
 * libs/domain's tally. PollsService.close freezes what this returns; the demo loader freezes its
 * historic polls with it too, so their results are counted by the very same code.
 */
export async function tallyPoll(
  m: EntityManager,
  poll: Pick<PollEntity, 'id' | 'assemblyId' | 'agendaItemId' | 'method' | 'secret'>,
  closedAt: Date,
): Promise<FrozenPollResult> {
  const item = await m.getRepository(AgendaItemEntity).findOneByOrFail({ id: poll.agendaItemId });
  const figures = await attendanceFigures(m, poll.assemblyId);
  const quorum = quorumOf(item, figures);
  const mode = item.weightMode ?? 'ONE_MEMBER_ONE_VOTE';
  // Σ voterWeight over the frozen list: one per member, or their shares.
  const entitled = mode === 'SHARE_WEIGHTED' ? figures.entitledShares : figures.entitledMembers;
  const table = poll.secret ? 'secret_ballot' : 'ballot';
  if (poll.method === 'MOTION') {
    const rows = await m.query<{ choice: BallotChoice; college: StakeholderCategory; weight: string; n: number }[]>(
      `SELECT choice, college, sum(weight)::bigint AS weight, count(*)::int AS n FROM ${table} WHERE poll_id = $1 GROUP BY choice, college`,
      [poll.id],
    );
    const ballots: MotionBallot[] = rows.map((r) => ({
      choice: r.choice,
      college: r.college,
      weight: Number(r.weight),
    }));
    const tally = tallyMotion({
      rule: item.majorityRule ?? 'SIMPLE',
      abstentionsCount: item.abstentionsCount ?? false,
      ballots,
      mode,
      collegeWeights: item.collegeWeights ?? undefined,
      quorum,
      entitledWeight: entitled,
    });
    return motionResult(
      tally,
      rows.reduce((n, r) => n + r.n, 0),
      closedAt,
    );
  }
  const [totals] = await m.query<{ n: number; weight: string }[]>(
    `SELECT count(*)::int AS n, coalesce(sum(weight), 0)::bigint AS weight FROM ${table} WHERE poll_id = $1`,
    [poll.id],
  );
  const approvals = await m.query<{ candidateId: string; weight: string }[]>(
    `SELECT c.id AS "candidateId", sum(b.weight)::bigint AS weight
       FROM ${table} b CROSS JOIN LATERAL unnest(b.approvals) AS c(id)
      WHERE b.poll_id = $1 GROUP BY c.id`,
    [poll.id],
  );
  const candidates = await m
    .getRepository(CandidateEntity)
    .find({ where: { agendaItemId: item.id }, order: { position: 'ASC' } });
  // Aggregated approvals: one "ballot" per candidate carrying the summed weight of its approvals.
  const tally = tallyElection({
    seats: item.seats ?? 1,
    candidates: candidates.map((c) => c.id),
    ballots: approvals.map((a) => ({ approvals: [a.candidateId], weight: Number(a.weight) })),
    // The majority per seat is of every ballot cast, blank ones included.
    ballotWeight: Number(totals.weight),
    method: item.electionMethod ?? 'APPROVAL',
  });
  return electionResult(
    {
      tally,
      quorum,
      mode,
      ballots: totals.n,
      cast: Number(totals.weight),
      entitled,
      names: new Map(candidates.map((c) => [c.id, c.name])),
    },
    closedAt,
  );
}

function quorumOf(item: AgendaItemEntity, f: AttendanceFigures): QuorumResult {
  return checkQuorum({
    basis: item.quorumBasis ?? 'MEMBERS',
    percent: Number(item.quorumPercent ?? 0),
    entitled: { members: f.entitledMembers, shares: f.entitledShares },
    presentOrRepresented: {
      members: f.presentMembers + f.representedMembers,
      shares: f.presentShares + f.representedShares,
    },
  });
}
