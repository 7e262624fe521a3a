import { can, type VotingWeightMode } from '@letscoop/domain';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { VotingWeightModeEnum } from '../../common/enums.js';
import { CurrentViewer } from '../../common/decorators.js';
import type { AppRequest, GqlContext, Viewer } from '../../common/request-context.js';
import type { Person } from '../members/person.model.js';
import { GqlRequest } from '../recommendations/recommendation-loaders.js';
import type { AgendaItemEntity } from './agenda-item.entity.js';
import { AgendaItemModel, CandidateModel } from './agenda-item.model.js';
import { AssembliesService } from './assemblies.service.js';
import {
  AssemblyLiveService,
  type AssemblyLiveEvent,
  type PollParticipationEvent,
  type PollPublishedEvent,
} from './assembly-live.service.js';
import { assemblyLoadersFor, type AssemblyLoaders } from './assembly-loaders.js';
import type { AssemblyEntity } from './assembly.entity.js';
import { AssemblyModel } from './assembly.model.js';
import type { CandidateEntity } from './candidate.entity.js';
import { CastBallotInput } from './dto/cast-ballot.input.js';
import { pollLoadersFor, type PollLoaders } from './poll-loaders.js';
import { presentResult, type FrozenPollResult } from './poll-result.js';
import type { PollEntity } from './poll.entity.js';
import {
  AssemblyLiveEventModel,
  BallotReceiptModel,
  NamedBallotModel,
  PollModel,
  PollParticipationModel,
  PollResultModel,
  RankedCandidateModel,
  ReceiptEntryModel,
  VotingRightModel,
} from './poll.model.js';
import { PollsService } from './polls.service.js';

/** After a change: the request's poll and assembly loaders read fresh rows for the answer. */
function afterPollChange<T>(req: AppRequest, result: T): T {
  req.loaders?.clear();
  return result;
}

/** A subscription event is resolved with the context of its subscribe: drop what the last event cached. */
function freshLoaders(ctx: GqlContext): void {
  ctx.req.loaders?.clear();
}

/** Polls and ballots: the chair's open / close / publish, castBallot, results and the live subscriptions. */
@Resolver(() => PollModel)
export class PollsResolver {
  constructor(
    private readonly service: PollsService,
    private readonly assemblies: AssembliesService,
    private readonly live: AssemblyLiveService,
  ) {}

  private loaders(req: AppRequest): PollLoaders {
    return pollLoadersFor(req, this.service);
  }

  private assemblyLoaders(req: AppRequest): AssemblyLoaders {
    return assemblyLoadersFor(req, this.assemblies);
  }

  // ── Queries and mutations ──

  @Query(() => PollModel, { description: 'A poll with its status, participation and (when you may see them) results.' })
  poll(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<PollEntity> {
    return this.service.get(viewer.actor, id);
  }

  @Mutation(() => PollModel, {
    description:
      'DRAFT → OPEN (the chair), while the assembly is in session and no other poll is open; freezes the proxies.',
  })
  async openPoll(
    @CurrentViewer() viewer: Viewer,
    @GqlRequest() req: AppRequest,
    @Args('pollId', { type: () => ID }) pollId: string,
  ): Promise<PollEntity> {
    return afterPollChange(req, await this.service.open(viewer, pollId));
  }

  @Mutation(() => PollModel, { description: 'OPEN → CLOSED (the chair): the quorum is checked and the result frozen.' })
  async closePoll(
    @CurrentViewer() viewer: Viewer,
    @GqlRequest() req: AppRequest,
    @Args('pollId', { type: () => ID }) pollId: string,
  ): Promise<PollEntity> {
    return afterPollChange(req, await this.service.close(viewer, pollId));
  }

  @Mutation(() => PollModel, {
    description:
      'CLOSED → PUBLISHED (the chair): every member sees the result; a motion from an action proposal adopts or rejects it.',
  })
  async publishPoll(
    @CurrentViewer() viewer: Viewer,
    @GqlRequest() req: AppRequest,
    @Args('pollId', { type: () => ID }) pollId: string,
  ): Promise<PollEntity> {
    return afterPollChange(req, await this.service.publish(viewer, pollId));
  }

  @Mutation(() => BallotReceiptModel, {
    description:
      'Casts a ballot in an open poll, for yourself or (onBehalfOf) for a member whose proxy you hold; checked in first. A cast ballot cannot be changed.',
  })
  castBallot(@CurrentViewer() viewer: Viewer, @Args('input') input: CastBallotInput): Promise<BallotReceiptModel> {
    return this.service.castBallot(viewer, input);
  }

  // ── Subscriptions ──

  @Subscription(() => PollParticipationModel, {
    description:
      "Ballots cast so far while open (a secret poll's choices stay hidden); fires on each ballot (at most 4 times a second) and on status changes.",
    resolve: (event: PollParticipationEvent) => event,
  })
  async pollParticipation(
    @CurrentViewer() viewer: Viewer,
    @Args('pollId', { type: () => ID }) pollId: string,
  ): Promise<AsyncIterableIterator<PollParticipationEvent>> {
    await this.service.get(viewer.actor, pollId);
    return this.live.pollParticipationEvents(pollId);
  }

  @Subscription(() => PollModel, {
    description: 'Fires once the poll is published, with its results.',
    async resolve(
      this: PollsResolver,
      event: PollPublishedEvent,
      _args: unknown,
      ctx: GqlContext,
    ): Promise<PollEntity> {
      freshLoaders(ctx);
      return (await this.loaders(ctx.req).poll.load(event.pollId)) as PollEntity;
    },
  })
  async pollResults(
    @CurrentViewer() viewer: Viewer,
    @Args('pollId', { type: () => ID }) pollId: string,
  ): Promise<AsyncIterableIterator<PollPublishedEvent>> {
    await this.service.get(viewer.actor, pollId);
    return this.live.pollResultEvents(pollId);
  }

  @Subscription(() => AssemblyLiveEventModel, {
    description: "Attendance and quorum, and which poll is open: for the chair's console and the projector.",
    resolve: (event: AssemblyLiveEvent) => event,
  })
  async assemblyLive(
    @CurrentViewer() viewer: Viewer,
    @Args('assemblyId', { type: () => ID }) assemblyId: string,
  ): Promise<AsyncIterableIterator<AssemblyLiveEvent>> {
    await this.assemblies.get(viewer.actor, assemblyId);
    return this.live.assemblyEvents(assemblyId);
  }

  // ── Fields ──

  @ResolveField(() => AgendaItemModel)
  async agendaItem(@Parent() p: PollEntity, @GqlRequest() req: AppRequest): Promise<AgendaItemEntity> {
    return (await this.loaders(req).agendaItem.load(p.agendaItemId)) as AgendaItemEntity;
  }

  @ResolveField(() => VotingWeightModeEnum, { description: "The agenda item's weight mode." })
  async weightMode(@Parent() p: PollEntity, @GqlRequest() req: AppRequest): Promise<VotingWeightMode> {
    return (await this.loaders(req).agendaItem.load(p.agendaItemId))?.weightMode ?? 'ONE_MEMBER_ONE_VOTE';
  }

  @ResolveField(() => PollParticipationModel, {
    description: 'Live while open: ballots cast so far, and how many could be cast (present + represented).',
  })
  async participation(@Parent() p: PollEntity, @GqlRequest() req: AppRequest): Promise<PollParticipationModel> {
    const [ballotsCast, figures] = await Promise.all([
      this.loaders(req).ballotsCast.load(p.id),
      this.assemblyLoaders(req).attendance.load(p.assemblyId),
    ]);
    return {
      pollId: p.id,
      status: p.status,
      ballotsCast,
      eligible: figures.presentMembers + figures.representedMembers,
    };
  }

  @ResolveField(() => PollResultModel, {
    nullable: true,
    description:
      'Null until CLOSED; after close visible to the chair (assembly.chair); after PUBLISHED to every member.',
  })
  async results(@Parent() p: PollEntity, @GqlRequest() req: AppRequest): Promise<PollResultModel | null> {
    if (!p.result) return null;
    const assembly = await this.assemblyLoaders(req).assembly.load(p.assemblyId);
    if (!assembly || !this.service.mayReadResults(req.viewer?.actor ?? null, p, assembly.cooperativeId)) return null;
    const result = presentResult(p.result as unknown as FrozenPollResult);
    for (const r of result.election?.ranking ?? []) r.agendaItemId = p.agendaItemId;
    return result;
  }

  @ResolveField(() => [VotingRightModel], {
    description: 'The ballots the viewer may cast now: for themselves and for each member they represent.',
  })
  async myVotingRights(@Parent() p: PollEntity, @GqlRequest() req: AppRequest): Promise<VotingRightModel[]> {
    const actor = req.viewer?.actor;
    if (p.status !== 'OPEN' || !actor) return [];
    const rights = await this.loaders(req).rights.load(p.assemblyId);
    if (!rights?.checkedIn) return [];
    const voters = [actor.personId, ...rights.grantors];
    const [voted, people] = await Promise.all([
      this.loaders(req).voted.loadMany(voters.map((v) => `${p.id}:${v}`)),
      this.assemblyLoaders(req).person.loadMany(voters),
    ]);
    return voters.map((voterId, i) => ({
      voter: people[i] as Person,
      onBehalf: i > 0,
      alreadyVoted: voted[i] === true,
    }));
  }

  @ResolveField(() => [ReceiptEntryModel], {
    description:
      'After publication of a SECRET poll: every receipt with its choice (no names). Named polls: [] (see namedBallots).',
  })
  async receipts(@Parent() p: PollEntity, @GqlRequest() req: AppRequest): Promise<ReceiptEntryModel[]> {
    if (!p.secret || !(await this.published(p, req))) return [];
    return (await this.loaders(req).receipts.load(p.id)).map(({ receipt, choice, approvals }) => ({
      receipt,
      choice,
      approvals,
    }));
  }

  @ResolveField(() => [NamedBallotModel], {
    description: 'After publication of a NAMED poll: who voted what (name, choice, cast by whom).',
  })
  async namedBallots(@Parent() p: PollEntity, @GqlRequest() req: AppRequest): Promise<NamedBallotModel[]> {
    if (p.secret || !(await this.published(p, req))) return [];
    const ballots = await this.loaders(req).namedBallots.load(p.id);
    const people = await this.assemblyLoaders(req).person.loadMany([
      ...new Set(ballots.flatMap((b) => [b.voterId, b.castBy])),
    ]);
    const byId = new Map(people.filter((x): x is Person => !!x && !(x instanceof Error)).map((x) => [x.id, x]));
    return ballots.map((b) => ({
      voter: byId.get(b.voterId) as Person,
      castBy: byId.get(b.castBy) as Person,
      choice: b.choice,
      approvals: b.approvals,
      weight: b.weight,
    }));
  }

  /** Published, and the viewer belongs to the cooperative. */
  private async published(p: PollEntity, req: AppRequest): Promise<boolean> {
    if (p.status !== 'PUBLISHED') return false;
    const assembly = await this.assemblyLoaders(req).assembly.load(p.assemblyId);
    return !!assembly && can(req.viewer?.actor, 'assembly.view', { cooperativeId: assembly.cooperativeId });
  }
}

/** A ranked candidate's candidate, from the agenda item's candidates (one query per page). */
@Resolver(() => RankedCandidateModel)
export class RankedCandidateResolver {
  constructor(private readonly assemblies: AssembliesService) {}

  @ResolveField(() => CandidateModel)
  async candidate(@Parent() r: RankedCandidateModel, @GqlRequest() req: AppRequest): Promise<CandidateEntity> {
    const candidates = await assemblyLoadersFor(req, this.assemblies).candidates.load(r.agendaItemId as string);
    return candidates.find((c) => c.id === r.candidateId) as CandidateEntity;
  }
}

/** AgendaItem.poll, through the poll loaders. */
@Resolver(() => AgendaItemModel)
export class AgendaItemPollResolver {
  constructor(private readonly service: PollsService) {}

  @ResolveField(() => PollModel, { nullable: true, description: 'Null for INFORMATION.' })
  poll(@Parent() i: AgendaItemEntity, @GqlRequest() req: AppRequest): Promise<PollEntity | null> {
    return pollLoadersFor(req, this.service).pollOfItem.load(i.id);
  }
}

/** Assembly.currentPoll, through the poll loaders. */
@Resolver(() => AssemblyModel)
export class AssemblyPollResolver {
  constructor(private readonly service: PollsService) {}

  @ResolveField(() => PollModel, {
    nullable: true,
    description: 'The poll open right now, if any (at most one per assembly).',
  })
  currentPoll(@Parent() a: AssemblyEntity, @GqlRequest() req: AppRequest): Promise<PollEntity | null> {
    return pollLoadersFor(req, this.service).openPoll.load(a.id);
  }
}
