import { Injectable } from '@nestjs/common';
import {
  can,
  checkBallot,
  describeBallotProblem,
  voterWeight,
  type Actor,
  type BallotChoice,
  type PollMethod,
  type PollStatus,
  type StakeholderCategory,
  type VotingWeightMode,
} from '@letscoop/domain';
import { DataSource, In, QueryFailedError, type EntityManager } from 'typeorm';
import { appError, forbidden, notFound, validation } from '../../common/errors.js';
import type { Viewer } from '../../common/request-context.js';
import { AuditService } from '../audit/audit.service.js';
import { ActionPlanService } from '../action-plan/action-plan.service.js';
import { EthicsService } from '../ethics/ethics.service.js';
import { MembersService, today } from '../members/members.service.js';
import { NotificationsService, pollEventKey } from '../notifications/notifications.service.js';
import { AgendaItemEntity } from './agenda-item.entity.js';
import { notEntitled, requireId, wrongStatus } from './assemblies.service.js';
import { AssemblyLiveService } from './assembly-live.service.js';
import { AssemblyEntity } from './assembly.entity.js';
import { newReceipt } from './ballot-receipt.js';
import type { CastBallotInput } from './dto/cast-ballot.input.js';
import type { FrozenPollResult } from './poll-result.js';
import { tallyPoll } from './poll-tally.js';
import { PollEntity } from './poll.entity.js';
import type { BallotReceiptModel } from './poll.model.js';

/**
 * The advisory lock that orders ballots and the close of one poll: every ballot takes it shared,
 * the close takes it exclusive. A ballot is thus committed before the close counts, or it waits
 * and then finds the poll closed: never lost in between. No poll row is locked or updated per
 * ballot. (Two polls whose ids hash alike merely share a lock.)
 */
const POLL_LOCK = (param: string): string => `hashtextextended('poll:' || ${param}::uuid::text, 0)`;

/** Everything castBallot checks, read in one statement. */
interface BallotContext {
  status: PollStatus;
  method: PollMethod;
  secret: boolean;
  assemblyId: string;
  cooperativeId: string;
  recordDate: string | null;
  weightMode: VotingWeightMode;
  seats: number | null;
  casterEntitled: boolean;
  casterCheckedIn: boolean;
  /** The voter's frozen entry (the caster, or the member represented); null when not on the list. */
  category: StakeholderCategory | null;
  shares: number | null;
  holdsProxy: boolean;
  voterCheckedIn: boolean;
  knownCandidates: number;
}

/** A poll with what its permission checks need. */
interface PollWithAssembly {
  poll: PollEntity;
  cooperativeId: string;
}

export interface VotingRightsRow {
  assemblyId: string;
  checkedIn: boolean;
  /** Members whose proxy (in force) the viewer holds and who are not checked in themselves. */
  grantors: string[];
}

export interface ReceiptRow {
  pollId: string;
  receipt: string;
  choice: BallotChoice | null;
  approvals: string[] | null;
}

export interface NamedBallotRow extends ReceiptRow {
  voterId: string;
  castBy: string;
  weight: number;
}

const STATUS_WORDS: Record<PollStatus, string> = {
  DRAFT: 'not open yet',
  OPEN: 'open',
  CLOSED: 'closed',
  PUBLISHED: 'closed and published',
};

const pgError = (error: unknown): { code?: string; constraint?: string } =>
  error instanceof QueryFailedError ? (error.driverError as { code?: string; constraint?: string }) : {};

/**
 * Polls and ballots: opening (which freezes the proxies), casting named or secret ballots (one
 * per voter, by primary key), closing (quorum and tally frozen, by libs/domain) and publishing
 * (a motion from an action proposal adopts or rejects it). The results' visibility rules are here.
 */
@Injectable()
export class PollsService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly members: MembersService,
    private readonly live: AssemblyLiveService,
    private readonly actionPlan: ActionPlanService,
    private readonly notifications: NotificationsService,
    private readonly ethics: EthicsService,
  ) {}

  /** The assembly's followers hear of it once (the hourly reminder shares the key, so never twice). */
  private async notifyFollowers(
    m: EntityManager,
    cooperativeId: string,
    poll: PollEntity,
    kind: 'poll.opened' | 'poll.closed' | 'poll.published',
    actorId: string,
  ): Promise<void> {
    await this.notifications.notifySubject(m, {
      cooperativeId,
      subjectType: 'assembly',
      subjectId: poll.assemblyId,
      kind,
      payload: { pollId: poll.id, agendaItemId: poll.agendaItemId },
      actorId,
      onceKey: pollEventKey(kind, poll.id),
    });
  }

  // ── Reading ──────────────────────────────────────────────────────────────────────────────

  async get(actor: Actor, id: string): Promise<PollEntity> {
    const { poll, cooperativeId } = await this.load(id, 'id');
    if (!can(actor, 'assembly.view', { cooperativeId })) throw forbidden("see this cooperative's assemblies");
    return poll;
  }

  /** Results: none before close; the chair after close; every member once published. */
  mayReadResults(actor: Actor | null, poll: Pick<PollEntity, 'status'>, cooperativeId: string): boolean {
    if (poll.status === 'PUBLISHED') return can(actor, 'assembly.view', { cooperativeId });
    if (poll.status === 'CLOSED') return can(actor, 'assembly.chair', { cooperativeId });
    return false;
  }

  async pollsByIds(ids: readonly string[]): Promise<PollEntity[]> {
    return this.db.getRepository(PollEntity).findBy({ id: In([...ids]) });
  }

  async pollsOfAgendaItems(itemIds: readonly string[]): Promise<PollEntity[]> {
    return this.db.getRepository(PollEntity).findBy({ agendaItemId: In([...itemIds]) });
  }

  async openPollsOf(assemblyIds: readonly string[]): Promise<PollEntity[]> {
    return this.db.getRepository(PollEntity).findBy({ assemblyId: In([...assemblyIds]), status: 'OPEN' });
  }

  async agendaItemsByIds(ids: readonly string[]): Promise<AgendaItemEntity[]> {
    return this.db.getRepository(AgendaItemEntity).findBy({ id: In([...ids]) });
  }

  /** Ballots cast per poll: rows of ballot (named) or poll_participation (secret). */
  async ballotCounts(pollIds: readonly string[]): Promise<Map<string, number>> {
    const rows = await this.db.query<{ pollId: string; n: number }[]>(
      `SELECT poll_id AS "pollId", count(*)::int AS n FROM ballot WHERE poll_id = ANY($1::uuid[]) GROUP BY poll_id
       UNION ALL
       SELECT poll_id, count(*)::int FROM poll_participation WHERE poll_id = ANY($1::uuid[]) GROUP BY poll_id`,
      [pollIds],
    );
    const counts = new Map<string, number>();
    for (const r of rows) counts.set(r.pollId, (counts.get(r.pollId) ?? 0) + r.n);
    return counts;
  }

  /** The viewer's check-in and the absent members whose proxy they hold, per assembly. */
  async votingRightsOf(assemblyIds: readonly string[], personId: string): Promise<VotingRightsRow[]> {
    return this.db.query<VotingRightsRow[]>(
      `SELECT v.assembly_id AS "assemblyId",
              EXISTS (SELECT 1 FROM assembly_attendance a WHERE a.assembly_id = v.assembly_id AND a.person_id = v.person_id) AS "checkedIn",
              ARRAY(SELECT p.grantor_id FROM proxy p
                     WHERE p.assembly_id = v.assembly_id AND p.holder_id = v.person_id AND p.revoked_at IS NULL
                       AND NOT EXISTS (SELECT 1 FROM assembly_attendance g WHERE g.assembly_id = p.assembly_id AND g.person_id = p.grantor_id)
                     ORDER BY p.granted_at, p.id)::text[] AS grantors
         FROM assembly_voter v
        WHERE v.assembly_id = ANY($1::uuid[]) AND v.person_id = $2`,
      [assemblyIds, personId],
    );
  }

  /** Which of these (poll, voter) pairs have a ballot: keys `${pollId}:${voterId}`. */
  async votedAmong(pairs: readonly string[]): Promise<Set<string>> {
    const polls = pairs.map((p) => p.split(':')[0]);
    const voters = pairs.map((p) => p.split(':')[1]);
    const rows = await this.db.query<{ key: string }[]>(
      `SELECT b.poll_id || ':' || b.voter_id AS key
         FROM unnest($1::uuid[], $2::uuid[]) AS k(poll_id, voter_id)
         JOIN ballot b ON b.poll_id = k.poll_id AND b.voter_id = k.voter_id
       UNION ALL
       SELECT b.poll_id || ':' || b.voter_id
         FROM unnest($1::uuid[], $2::uuid[]) AS k(poll_id, voter_id)
         JOIN poll_participation b ON b.poll_id = k.poll_id AND b.voter_id = k.voter_id`,
      [polls, voters],
    );
    return new Set(rows.map((r) => r.key));
  }

  /** Secret polls: every receipt with its choice, in the receipts' order (which says nothing of who or when). */
  async receiptsOf(pollIds: readonly string[]): Promise<ReceiptRow[]> {
    return this.db.query<ReceiptRow[]>(
      `SELECT poll_id AS "pollId", receipt, choice, approvals::text[] AS approvals
         FROM secret_ballot WHERE poll_id = ANY($1::uuid[]) ORDER BY poll_id, receipt`,
      [pollIds],
    );
  }

  /** Named polls: every ballot with its voter and caster, by voter name. */
  async namedBallotsOf(pollIds: readonly string[]): Promise<NamedBallotRow[]> {
    return this.db.query<NamedBallotRow[]>(
      `SELECT b.poll_id AS "pollId", b.voter_id AS "voterId", b.cast_by AS "castBy", b.receipt, b.choice,
              b.approvals::text[] AS approvals, b.weight
         FROM ballot b JOIN person p ON p.id = b.voter_id
        WHERE b.poll_id = ANY($1::uuid[]) ORDER BY b.poll_id, p.search_name, p.id`,
      [pollIds],
    );
  }

  // ── The chair: open, close, publish ──────────────────────────────────────────────────────

  /**
   * DRAFT → OPEN, while the assembly is in session. The first poll to open freezes the proxies
   * (grants and revocations take the assembly row FOR SHARE, this takes it FOR UPDATE). At most
   * one poll is open per assembly: the partial unique index decides between two chairs.
   */
  async open(viewer: Viewer, pollId: string): Promise<PollEntity> {
    requireId('pollId', pollId);
    const poll = await this.db.transaction(async (m) => {
      const [row] = await m.query<
        (AssemblyEntity & { pollStatus: PollStatus; method: PollMethod; agendaItemId: string })[]
      >(
        `SELECT a.id, a.cooperative_id AS "cooperativeId", a.status, a.proxies_frozen_at AS "proxiesFrozenAt",
                p.status AS "pollStatus", p.method, p.agenda_item_id AS "agendaItemId"
           FROM poll p JOIN assembly a ON a.id = p.assembly_id
          WHERE p.id = $1 FOR UPDATE OF a`,
        [pollId],
      );
      if (!row) throw notFound('poll', pollId);
      this.requireChair(viewer.actor, row.cooperativeId, 'open');
      if (row.status !== 'IN_SESSION')
        wrongStatus(row, 'polls open while the assembly is in session; open the session first.');
      if (row.pollStatus !== 'DRAFT') throw this.wrongPollStatus(row.pollStatus, 'open', 'Only a draft poll opens.');
      if (row.method === 'APPROVAL') {
        const [{ n }] = await m.query<{ n: number }[]>(
          `SELECT count(*)::int AS n FROM candidate WHERE agenda_item_id = $1`,
          [row.agendaItemId],
        );
        if (n === 0)
          throw validation(
            [{ field: 'pollId', messages: ['This election has no candidates.'] }],
            'This election has no candidates yet: add them to the agenda item, then open the vote.',
          );
      }
      const freezing = row.proxiesFrozenAt === null;
      if (freezing) await m.query(`UPDATE assembly SET proxies_frozen_at = now() WHERE id = $1`, [row.id]);
      try {
        await m.query(`UPDATE poll SET status = 'OPEN', opened_at = now(), opened_by = $2 WHERE id = $1`, [
          pollId,
          viewer.person.id,
        ]);
      } catch (error) {
        if (pgError(error).code === '23505')
          throw appError('CONFLICT', 'Another poll of this assembly is open: close the open poll first.', {
            reason: 'ANOTHER_POLL_OPEN',
          });
        throw error;
      }
      await this.audit.record(m, {
        actorId: viewer.person.id,
        action: 'poll.open',
        subjectType: 'poll',
        subjectId: pollId,
        cooperativeId: row.cooperativeId,
        before: { status: 'DRAFT' },
        after: { status: 'OPEN', ...(freezing ? { proxiesFrozen: true } : {}) },
      });
      const opened = await m.getRepository(PollEntity).findOneByOrFail({ id: pollId });
      await this.notifyFollowers(m, row.cooperativeId, opened, 'poll.opened', viewer.person.id);
      return opened;
    });
    this.live.pollChanged(poll.id, true);
    this.live.assemblyChanged(poll.assemblyId, true);
    return poll;
  }

  /**
   * OPEN → CLOSED: waits for the ballots being cast (they hold the poll's lock shared), then
   * counts with aggregates, checks the quorum on the attendance now and freezes the result.
   */
  async close(viewer: Viewer, pollId: string): Promise<PollEntity> {
    const { cooperativeId } = await this.load(pollId, 'pollId');
    this.requireChair(viewer.actor, cooperativeId, 'close');
    const poll = await this.db.transaction(async (m) => {
      await m.query(`SELECT pg_advisory_xact_lock(${POLL_LOCK('$1')})`, [pollId]);
      const closed = await m.query<[{ closedAt: Date }[], number]>(
        `UPDATE poll SET status = 'CLOSED', closed_at = now(), closed_by = $2 WHERE id = $1 AND status = 'OPEN' RETURNING closed_at AS "closedAt"`,
        [pollId, viewer.person.id],
      );
      const poll = await m.getRepository(PollEntity).findOneByOrFail({ id: pollId });
      if (closed[0].length === 0) throw this.wrongPollStatus(poll.status, 'close', 'Only an open poll closes.');
      const result = await tallyPoll(m, poll, closed[0][0].closedAt);
      await m.query(`UPDATE poll SET result = $2 WHERE id = $1`, [pollId, JSON.stringify(result)]);
      await this.audit.record(m, {
        actorId: viewer.person.id,
        action: 'poll.close',
        subjectType: 'poll',
        subjectId: pollId,
        cooperativeId,
        before: { status: 'OPEN' },
        after: { status: 'CLOSED', outcome: result.outcome, passed: result.passed, ballots: result.ballots },
      });
      await this.notifyFollowers(m, cooperativeId, poll, 'poll.closed', viewer.person.id);
      return { ...poll, result: result as unknown as Record<string, unknown> };
    });
    this.live.pollChanged(poll.id, true);
    this.live.assemblyChanged(poll.assemblyId, true);
    return poll;
  }

  /** CLOSED → PUBLISHED: every member sees the result; a motion from an action proposal decides it. */
  async publish(viewer: Viewer, pollId: string): Promise<PollEntity> {
    const { cooperativeId } = await this.load(pollId, 'pollId');
    this.requireChair(viewer.actor, cooperativeId, 'publish');
    const poll = await this.db.transaction(async (m) => {
      const published = await m.query<[{ id: string }[], number]>(
        `UPDATE poll SET status = 'PUBLISHED', published_at = now(), published_by = $2 WHERE id = $1 AND status = 'CLOSED' RETURNING id`,
        [pollId, viewer.person.id],
      );
      const poll = await m.getRepository(PollEntity).findOneByOrFail({ id: pollId });
      if (published[0].length === 0)
        throw this.wrongPollStatus(poll.status, 'publish', 'Close the poll first; a result is published once.');
      const result = poll.result as unknown as FrozenPollResult;
      const item = await m.getRepository(AgendaItemEntity).findOneByOrFail({ id: poll.agendaItemId });
      if (item.actionProposalId) {
        const status = result.passed ? 'ADOPTED' : 'REJECTED';
        const [before] = await m.query<{ status: string }[]>(
          `SELECT status FROM action_proposal WHERE id = $1 FOR UPDATE`,
          [item.actionProposalId],
        );
        await m.query(`UPDATE action_proposal SET status = $2 WHERE id = $1`, [item.actionProposalId, status]);
        await this.audit.record(m, {
          actorId: viewer.person.id,
          action: result.passed ? 'actionProposal.adopt' : 'actionProposal.reject',
          subjectType: 'action_proposal',
          subjectId: item.actionProposalId,
          cooperativeId,
          reason: `General assembly vote: ${result.outcome}`,
          before: { status: before?.status ?? null },
          after: { status, pollId },
        });
        // An adopted proposal enters the action plan, once, in the same transaction as the vote.
        if (result.passed) await this.actionPlan.enterAdoptedProposal(m, item.actionProposalId, viewer.person.id);
      }
      if (item.fillsSeatsOf === 'ETHICS_COMMITTEE' && result.election) {
        // The elected take their two-year seats on the committee from the day the result is published.
        const elected = await m.query<{ personId: string }[]>(
          `SELECT person_id AS "personId" FROM candidate WHERE id = ANY($1::uuid[]) AND person_id IS NOT NULL ORDER BY position`,
          [result.election.elected],
        );
        for (const { personId } of elected)
          await this.ethics.seatElected(m, cooperativeId, personId, today(), pollId, viewer.person.id);
      }
      await this.notifyFollowers(m, cooperativeId, poll, 'poll.published', viewer.person.id);
      await this.audit.record(m, {
        actorId: viewer.person.id,
        action: 'poll.publish',
        subjectType: 'poll',
        subjectId: pollId,
        cooperativeId,
        before: { status: 'CLOSED' },
        after: { status: 'PUBLISHED', outcome: result.outcome, passed: result.passed },
      });
      return poll;
    });
    this.live.pollChanged(poll.id, true);
    this.live.pollPublished(poll.id);
    return poll;
  }

  // ── Members: cast a ballot ───────────────────────────────────────────────────────────────

  /**
   * One ballot for the caster, or for a member whose proxy they hold. Inside one transaction:
   * the poll's lock (shared) with every check in one statement, then one insert that re-reads
   * the status under the lock. One ballot per voter is the primary key's work (a second insert
   * fails with a unique violation), never a check-then-insert.
   */
  async castBallot(viewer: Viewer, input: CastBallotInput): Promise<BallotReceiptModel> {
    requireId('pollId', input.pollId);
    const casterId = viewer.person.id;
    const onBehalfOf = input.onBehalfOf && input.onBehalfOf !== casterId ? input.onBehalfOf : null;
    if (onBehalfOf) requireId('onBehalfOf', onBehalfOf);
    const approvals = input.approvals ?? null;
    if (approvals) for (const id of approvals) requireId('approvals', id);
    const voterId = onBehalfOf ?? casterId;
    for (let attempt = 1; ; attempt++) {
      try {
        const receipt = await this.db.transaction((m) =>
          this.insertBallot(m, viewer.actor, input, casterId, voterId, approvals),
        );
        this.live.pollChanged(input.pollId);
        return { ...receipt, onBehalfOf };
      } catch (error) {
        const { code, constraint } = pgError(error);
        if (code !== '23505') throw error;
        // 60 random bits: two equal receipts in one poll is a freak; draw again.
        if (constraint?.includes('receipt') && attempt < 3) continue;
        throw await this.alreadyVoted(voterId, onBehalfOf !== null, viewer.actor);
      }
    }
  }

  private async insertBallot(
    m: EntityManager,
    actor: Actor,
    input: CastBallotInput,
    casterId: string,
    voterId: string,
    approvals: string[] | null,
  ): Promise<Omit<BallotReceiptModel, 'onBehalfOf'>> {
    // The lock comes first in this statement; the status it reads may predate the lock, so the
    // insert below (a new statement, so a new snapshot) checks it again.
    const [ctx] = await m.query<BallotContext[]>(
      `SELECT p.status, p.method, p.secret, p.assembly_id AS "assemblyId", a.cooperative_id AS "cooperativeId",
              to_char(a.record_date, 'YYYY-MM-DD') AS "recordDate", i.weight_mode AS "weightMode", i.seats,
              cv.person_id IS NOT NULL AS "casterEntitled",
              EXISTS (SELECT 1 FROM assembly_attendance x WHERE x.assembly_id = p.assembly_id AND x.person_id = $2) AS "casterCheckedIn",
              v.category, v.shares,
              EXISTS (SELECT 1 FROM proxy x WHERE x.assembly_id = p.assembly_id AND x.grantor_id = $3 AND x.holder_id = $2
                        AND x.revoked_at IS NULL) AS "holdsProxy",
              EXISTS (SELECT 1 FROM assembly_attendance x WHERE x.assembly_id = p.assembly_id AND x.person_id = $3) AS "voterCheckedIn",
              (SELECT count(*) FROM candidate c WHERE c.agenda_item_id = i.id AND c.id = ANY($4::uuid[]))::int AS "knownCandidates"
         FROM (SELECT pg_advisory_xact_lock_shared(${POLL_LOCK('$1')})) AS lock
         JOIN poll p ON p.id = $1
         JOIN assembly a ON a.id = p.assembly_id
         JOIN agenda_item i ON i.id = p.agenda_item_id
         LEFT JOIN assembly_voter cv ON cv.assembly_id = p.assembly_id AND cv.person_id = $2
         LEFT JOIN assembly_voter v ON v.assembly_id = p.assembly_id AND v.person_id = $3`,
      [input.pollId, casterId, voterId, approvals ?? []],
    );
    if (!ctx) throw notFound('poll', input.pollId);
    const ballot = this.checkBallot(ctx, actor, input, casterId !== voterId, approvals);
    const weight = voterWeight(ctx.weightMode, { shares: ctx.shares ?? 0 });
    const receipt = newReceipt();
    const values = [input.pollId, voterId, casterId, ballot.choice, ballot.approvals, weight, ctx.category, receipt];
    const inserted = ctx.secret
      ? await m.query<unknown[]>(
          `WITH part AS (
             INSERT INTO poll_participation (poll_id, voter_id, cast_by)
             SELECT $1, $2, $3 WHERE EXISTS (SELECT 1 FROM poll WHERE id = $1 AND status = 'OPEN')
             RETURNING poll_id)
           INSERT INTO secret_ballot (poll_id, choice, approvals, weight, college, receipt)
           SELECT poll_id, $4, $5::uuid[], $6, $7, $8 FROM part RETURNING 1`,
          values,
        )
      : await m.query<unknown[]>(
          `INSERT INTO ballot (poll_id, voter_id, cast_by, choice, approvals, weight, college, receipt)
           SELECT $1, $2, $3, $4, $5::uuid[], $6, $7, $8 WHERE EXISTS (SELECT 1 FROM poll WHERE id = $1 AND status = 'OPEN')
           RETURNING 1`,
          values,
        );
    if (inserted.length === 0) throw this.pollNotOpen('CLOSED');
    return { pollId: input.pollId, receipt, choice: ballot.choice, approvals: ballot.approvals, secret: ctx.secret };
  }

  /** The checks on a ballot, in the order a voter would want to hear them. */
  private checkBallot(
    ctx: BallotContext,
    actor: Actor,
    input: CastBallotInput,
    onBehalf: boolean,
    approvals: string[] | null,
  ): { choice: BallotChoice | null; approvals: string[] | null } {
    if (!can(actor, 'ballot.cast', { cooperativeId: ctx.cooperativeId }))
      throw forbidden("vote in this cooperative's assembly: only its members vote");
    if (ctx.status !== 'OPEN') throw this.pollNotOpen(ctx.status);
    if (!ctx.casterEntitled) throw notEntitled(ctx, 'You are');
    if (!ctx.casterCheckedIn)
      throw appError(
        'NOT_CHECKED_IN',
        'You are not checked in: check in (online on the assembly page, or at the desk in the room), then vote.',
      );
    if (onBehalf) {
      if (!ctx.holdsProxy || ctx.category === null)
        throw appError(
          'NOT_ENTITLED',
          'You hold no proxy in force from this member for this assembly: you can vote for yourself and for the members whose proxy you hold.',
        );
      if (ctx.voterCheckedIn)
        throw appError(
          'NOT_ENTITLED',
          'This member checked in and votes in person: their proxy no longer counts for this poll.',
        );
    }
    const problem = checkBallot({
      method: ctx.method,
      choice: input.choice,
      approvals,
      seats: ctx.seats ?? 0,
      knownApprovals: ctx.knownCandidates,
    });
    if (problem) {
      const field = problem.code === 'MOTION_NEEDS_CHOICE' ? 'choice' : 'approvals';
      throw validation([{ field, messages: [describeBallotProblem(problem)] }]);
    }
    return ctx.method === 'MOTION' ? { choice: input.choice ?? null, approvals: null } : { choice: null, approvals };
  }

  private async alreadyVoted(voterId: string, onBehalf: boolean, actor: Actor) {
    const name = onBehalf
      ? ((await this.members.peopleByIds([voterId], actor)).get(voterId)?.displayName ?? 'this member')
      : 'yourself';
    return appError(
      'ALREADY_VOTED',
      `You have already voted in this poll (for ${name}); a cast ballot cannot be changed.`,
    );
  }

  private pollNotOpen(status: PollStatus) {
    return appError(
      'POLL_NOT_OPEN',
      status === 'DRAFT'
        ? 'This poll is not open yet: wait until the chair opens the vote.'
        : 'This poll is closed: ballots are no longer accepted.',
      { status },
    );
  }

  // ── Helpers ──────────────────────────────────────────────────────────────────────────────

  private async load(id: string, field: string): Promise<PollWithAssembly> {
    requireId(field, id);
    const poll = await this.db.getRepository(PollEntity).findOneBy({ id });
    if (!poll) throw notFound('poll', id);
    const assembly = await this.db.getRepository(AssemblyEntity).findOneByOrFail({ id: poll.assemblyId });
    return { poll, cooperativeId: assembly.cooperativeId };
  }

  private requireChair(actor: Actor, cooperativeId: string, verb: string): void {
    if (!can(actor, 'assembly.chair', { cooperativeId }))
      throw forbidden(`${verb} polls: the chair of the assembly and the secretariat do`);
  }

  private wrongPollStatus(status: PollStatus, verb: string, hint: string) {
    return appError(
      'CONFLICT',
      `This poll is ${STATUS_WORDS[status]}, so it cannot ${verb === 'open' ? 'be opened' : verb === 'close' ? 'be closed' : 'be published'}: ${hint}`,
      {
        reason: 'WRONG_STATUS',
        status,
      },
    );
  }
}
