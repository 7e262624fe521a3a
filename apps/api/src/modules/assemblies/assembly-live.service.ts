import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { checkQuorum, type PollStatus, type QuorumBasis, type QuorumResult } from '@letscoop/domain';
import { DataSource } from 'typeorm';
import { attendanceFigures, type AttendanceFigures } from './attendance-figures.js';
import type { AttendanceSummaryModel } from './attendance.model.js';
import { LIVE_PUBSUB, LIVE_TOPICS, type LivePubSub } from './live-pubsub.js';
import { Throttle } from './live-throttle.js';

/** What pollParticipation subscribers receive: counts only, never a choice (secret polls stay secret). */
export interface PollParticipationEvent {
  pollId: string;
  status: PollStatus;
  ballotsCast: number;
  eligible: number;
}

/** What assemblyLive subscribers receive. */
export interface AssemblyLiveEvent {
  assemblyId: string;
  attendance: AttendanceSummaryModel;
  currentPollId: string | null;
}

/** What pollResults subscribers receive: which poll was published (each subscriber then reads it as itself). */
export interface PollPublishedEvent {
  pollId: string;
}

/** At most one participation or attendance event per poll or assembly in this window (about 4 a second). */
export const LIVE_INTERVAL_MS = 250;

/**
 * Live updates of assemblies and polls (GraphQL subscriptions over graphql-ws). Services call
 * these after their transaction commits. A burst of ballots or check-ins is throttled: the first
 * change is sent at once, the rest are folded into one event at the end of each window, read
 * from the database then (so the figures are always the committed ones, on every instance). The
 * event is computed once and published; subscribers receive it as is (no query per subscriber).
 */
@Injectable()
export class AssemblyLiveService implements OnModuleDestroy {
  private readonly logger = new Logger('AssemblyLive');
  private readonly pollThrottle: Throttle;
  private readonly assemblyThrottle: Throttle;

  constructor(
    private readonly db: DataSource,
    @Inject(LIVE_PUBSUB) private readonly pubsub: LivePubSub,
  ) {
    const onError = (error: unknown): void => this.logger.error(error);
    this.pollThrottle = new Throttle(LIVE_INTERVAL_MS, (pollId) => this.publishParticipation(pollId), onError);
    this.assemblyThrottle = new Throttle(LIVE_INTERVAL_MS, (assemblyId) => this.publishAssembly(assemblyId), onError);
  }

  /** Attendance, proxies or the open poll changed. `now`: a status change, sent without waiting. */
  assemblyChanged(assemblyId: string, now = false): void {
    this.assemblyThrottle.request(assemblyId, now);
  }

  /** A ballot was cast (throttled), or the poll's status changed (`now`). */
  pollChanged(pollId: string, now = false): void {
    this.pollThrottle.request(pollId, now);
  }

  /** The poll's results were published. */
  pollPublished(pollId: string): void {
    const event: PollPublishedEvent = { pollId };
    this.pubsub.publish(LIVE_TOPICS.pollResults(pollId), event).catch((error: unknown) => this.logger.error(error));
  }

  pollParticipationEvents(pollId: string): AsyncIterableIterator<PollParticipationEvent> {
    return this.pubsub.asyncIterator(LIVE_TOPICS.pollParticipation(pollId));
  }

  pollResultEvents(pollId: string): AsyncIterableIterator<PollPublishedEvent> {
    return this.pubsub.asyncIterator(LIVE_TOPICS.pollResults(pollId));
  }

  assemblyEvents(assemblyId: string): AsyncIterableIterator<AssemblyLiveEvent> {
    return this.pubsub.asyncIterator(LIVE_TOPICS.assemblyLive(assemblyId));
  }

  async onModuleDestroy(): Promise<void> {
    this.pollThrottle.stop();
    this.assemblyThrottle.stop();
    await this.pubsub.close();
  }

  /** The participation of a poll now: ballots cast, and present + represented members. */
  async participation(pollId: string): Promise<PollParticipationEvent | null> {
    const rows = await this.db.query<{ status: PollStatus; assemblyId: string; ballotsCast: number }[]>(
      `SELECT p.status, p.assembly_id AS "assemblyId",
              (CASE WHEN p.secret THEN (SELECT count(*) FROM poll_participation b WHERE b.poll_id = p.id)
                    ELSE (SELECT count(*) FROM ballot b WHERE b.poll_id = p.id) END)::int AS "ballotsCast"
         FROM poll p WHERE p.id = $1`,
      [pollId],
    );
    if (rows.length === 0) return null;
    const figures = await attendanceFigures(this.db.manager, rows[0].assemblyId);
    return {
      pollId,
      status: rows[0].status,
      ballotsCast: rows[0].ballotsCast,
      eligible: figures.presentMembers + figures.representedMembers,
    };
  }

  private async publishParticipation(pollId: string): Promise<void> {
    const event = await this.participation(pollId);
    if (event) await this.pubsub.publish(LIVE_TOPICS.pollParticipation(pollId), event);
  }

  private async publishAssembly(assemblyId: string): Promise<void> {
    const rows = await this.db.query<
      { quorumPercent: string; quorumBasis: QuorumBasis; currentPollId: string | null }[]
    >(
      `SELECT a.quorum_percent AS "quorumPercent", a.quorum_basis AS "quorumBasis",
              (SELECT p.id FROM poll p WHERE p.assembly_id = a.id AND p.status = 'OPEN') AS "currentPollId"
         FROM assembly a WHERE a.id = $1`,
      [assemblyId],
    );
    if (rows.length === 0) return;
    const { quorumBasis, currentPollId } = rows[0];
    const figures = await attendanceFigures(this.db.manager, assemblyId);
    const event: AssemblyLiveEvent = {
      assemblyId,
      attendance: {
        ...figures,
        quorum: checkQuorumOf(quorumBasis, Number(rows[0].quorumPercent), figures),
      },
      currentPollId,
    };
    await this.pubsub.publish(LIVE_TOPICS.assemblyLive(assemblyId), event);
    // A check-in or a proxy changes who may still vote: the open poll's `eligible` follows.
    if (currentPollId) this.pollChanged(currentPollId);
  }
}

/** The assembly's quorum on the live figures (as AssembliesService's attendanceSummary computes it). */
function checkQuorumOf(basis: QuorumBasis, percent: number, f: AttendanceFigures): QuorumResult {
  return checkQuorum({
    basis,
    percent,
    entitled: { members: f.entitledMembers, shares: f.entitledShares },
    presentOrRepresented: {
      members: f.presentMembers + f.representedMembers,
      shares: f.presentShares + f.representedShares,
    },
  });
}
