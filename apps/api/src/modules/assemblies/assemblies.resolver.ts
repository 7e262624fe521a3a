import { can, type Language } from '@letscoop/domain';
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, ReaderLanguage } from '../../common/decorators.js';
import type { AppRequest, Viewer } from '../../common/request-context.js';
import { presentText, TranslatedText } from '../../common/translated-text.model.js';
import { Person } from '../members/person.model.js';
import { GqlRequest } from '../recommendations/recommendation-loaders.js';
import { ActionProposal } from '../recommendations/recommendation.model.js';
import type { AgendaItemEntity } from './agenda-item.entity.js';
import { AgendaItemModel, CandidateModel } from './agenda-item.model.js';
import { AssembliesService, attendanceSummary, proxiesOpen } from './assemblies.service.js';
import { afterAssemblyChange, assemblyLoadersFor, type AssemblyLoaders } from './assembly-loaders.js';
import type { AssemblyEntity } from './assembly.entity.js';
import { AssemblyModel } from './assembly.model.js';
import { AssemblyVoterPageModel, AttendanceSummaryModel, MyAssemblyParticipationModel } from './attendance.model.js';
import type { CandidateEntity } from './candidate.entity.js';
import { AddAgendaItemInput } from './dto/add-agenda-item.input.js';
import { CheckInInput } from './dto/check-in.input.js';
import { CreateAssemblyInput } from './dto/create-assembly.input.js';
import { GrantProxyInput } from './dto/grant-proxy.input.js';
import { ProxiesService } from './proxies.service.js';
import type { ProxyEntity } from './proxy.entity.js';
import { ProxyModel } from './proxy.model.js';

const people = async (loaders: AssemblyLoaders, ids: string[]): Promise<Map<string, Person>> => {
  const found = await loaders.person.loadMany(ids);
  return new Map(found.filter((p): p is Person => !!p && !(p instanceof Error)).map((p) => [p.id, p]));
};

/** The general assembly: reading it, preparing it, running the session, check-in and proxies. */
@Resolver(() => AssemblyModel)
export class AssembliesResolver {
  constructor(
    private readonly service: AssembliesService,
    private readonly proxyService: ProxiesService,
  ) {}

  private loaders(req: AppRequest): AssemblyLoaders {
    return assemblyLoadersFor(req, this.service);
  }

  // ── Queries ──

  @Query(() => [AssemblyModel], { description: "A cooperative's general assemblies, newest first." })
  assemblies(
    @CurrentViewer() viewer: Viewer,
    @Args('cooperativeId', { type: () => ID }) cooperativeId: string,
  ): Promise<AssemblyEntity[]> {
    return this.service.list(viewer.actor, cooperativeId);
  }

  @Query(() => AssemblyModel)
  assembly(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<AssemblyEntity> {
    return this.service.get(viewer.actor, id);
  }

  @Query(() => [Person], {
    description: 'Proxy candidates: entitled members of the assembly matching a name (for the proxy form).',
  })
  assemblyVoterSearch(
    @CurrentViewer() viewer: Viewer,
    @Args('assemblyId', { type: () => ID }) assemblyId: string,
    @Args('search') search: string,
    @Args('limit', { type: () => Int, nullable: true, defaultValue: 10 }) limit: number | null,
  ): Promise<Person[]> {
    return this.service.voterSearch(viewer.actor, assemblyId, search, limit ?? 10);
  }

  // ── Mutations ──

  @Mutation(() => AssemblyModel, {
    description: 'The board prepares an assembly (DRAFT); quorum and proxy cap are copied from the statutes.',
  })
  async createAssembly(
    @CurrentViewer() viewer: Viewer,
    @GqlRequest() req: AppRequest,
    @Args('input') input: CreateAssemblyInput,
  ): Promise<AssemblyEntity> {
    return afterAssemblyChange(req, await this.service.create(viewer, input));
  }

  @Mutation(() => AgendaItemModel, {
    description:
      'Adds an item at the end of the agenda (while DRAFT or CONVENED); a motion or election gets its DRAFT poll.',
  })
  async addAgendaItem(
    @CurrentViewer() viewer: Viewer,
    @GqlRequest() req: AppRequest,
    @Args('input') input: AddAgendaItemInput,
  ): Promise<AgendaItemEntity> {
    return afterAssemblyChange(req, await this.service.addAgendaItem(viewer, input));
  }

  @Mutation(() => [AgendaItemModel], {
    description:
      'Adds every ON_AGENDA proposal of a recommendation as motions (the board\'s "put on the agenda"); proposals already on an agenda are skipped.',
  })
  async addRecommendationToAgenda(
    @CurrentViewer() viewer: Viewer,
    @GqlRequest() req: AppRequest,
    @Args('assemblyId', { type: () => ID }) assemblyId: string,
    @Args('recommendationId', { type: () => ID }) recommendationId: string,
  ): Promise<AgendaItemEntity[]> {
    return afterAssemblyChange(req, await this.service.addRecommendationToAgenda(viewer, assemblyId, recommendationId));
  }

  @Mutation(() => AssemblyModel, {
    description: 'DRAFT → CONVENED: freezes the voter list (the record date is today).',
  })
  async conveneAssembly(
    @CurrentViewer() viewer: Viewer,
    @GqlRequest() req: AppRequest,
    @Args('assemblyId', { type: () => ID }) assemblyId: string,
  ): Promise<AssemblyEntity> {
    return afterAssemblyChange(req, await this.service.convene(viewer, assemblyId));
  }

  @Mutation(() => AssemblyModel, { description: 'CONVENED → IN_SESSION (the chair).' })
  async openAssembly(
    @CurrentViewer() viewer: Viewer,
    @GqlRequest() req: AppRequest,
    @Args('assemblyId', { type: () => ID }) assemblyId: string,
  ): Promise<AssemblyEntity> {
    return afterAssemblyChange(req, await this.service.open(viewer, assemblyId));
  }

  @Mutation(() => AssemblyModel, { description: 'IN_SESSION → CLOSED (the chair); refused while a poll is open.' })
  async closeAssembly(
    @CurrentViewer() viewer: Viewer,
    @GqlRequest() req: AppRequest,
    @Args('assemblyId', { type: () => ID }) assemblyId: string,
  ): Promise<AssemblyEntity> {
    return afterAssemblyChange(req, await this.service.close(viewer, assemblyId));
  }

  @Mutation(() => AssemblyModel, {
    description: 'Checks in yourself (personId empty) or, for the secretariat, someone at the door. In session only.',
  })
  async checkIn(
    @CurrentViewer() viewer: Viewer,
    @GqlRequest() req: AppRequest,
    @Args('input') input: CheckInInput,
  ): Promise<AssemblyEntity> {
    return afterAssemblyChange(req, await this.service.checkIn(viewer, input));
  }

  @Mutation(() => ProxyModel, {
    description:
      'Gives your proxy (grantorId empty) or, for the secretariat, registers a written one; until the first poll opens.',
  })
  async grantProxy(
    @CurrentViewer() viewer: Viewer,
    @GqlRequest() req: AppRequest,
    @Args('input') input: GrantProxyInput,
  ): Promise<ProxyEntity> {
    return afterAssemblyChange(req, await this.proxyService.grant(viewer, input));
  }

  @Mutation(() => ProxyModel, {
    description: 'The grantor or the secretariat revokes a proxy; until the first poll opens.',
  })
  async revokeProxy(
    @CurrentViewer() viewer: Viewer,
    @GqlRequest() req: AppRequest,
    @Args('proxyId', { type: () => ID }) proxyId: string,
  ): Promise<ProxyEntity> {
    return afterAssemblyChange(req, await this.proxyService.revoke(viewer, proxyId));
  }

  // ── Fields ──

  @ResolveField(() => TranslatedText)
  title(@Parent() a: AssemblyEntity, @ReaderLanguage() reader: Language): TranslatedText {
    return presentText(a.title, reader);
  }

  @ResolveField(() => Boolean, { description: 'True until the first poll opens: proxies can be given and revoked.' })
  proxiesOpen(@Parent() a: AssemblyEntity): boolean {
    return proxiesOpen(a);
  }

  @ResolveField(() => [AgendaItemModel], { description: 'Ordered by position.' })
  agenda(@Parent() a: AssemblyEntity, @GqlRequest() req: AppRequest): Promise<AgendaItemEntity[]> {
    return this.loaders(req).agenda.load(a.id);
  }

  @ResolveField(() => AttendanceSummaryModel, {
    description: "Live figures: entitled, present, represented, and the assembly's quorum.",
  })
  async attendance(@Parent() a: AssemblyEntity, @GqlRequest() req: AppRequest): Promise<AttendanceSummaryModel> {
    return attendanceSummary(a, await this.loaders(req).attendance.load(a.id));
  }

  @ResolveField(() => MyAssemblyParticipationModel, {
    nullable: true,
    description: "The viewer's own situation (null when not signed in or not a member of the cooperative).",
  })
  async me(@Parent() a: AssemblyEntity, @GqlRequest() req: AppRequest): Promise<MyAssemblyParticipationModel | null> {
    const actor = req.viewer?.actor;
    if (!actor || !can(actor, 'assembly.view', { cooperativeId: a.cooperativeId })) return null;
    const { voter, proxies } = await this.loaders(req).mine.load(a.id);
    return {
      entitled: voter !== null,
      weightShares: voter?.shares ?? null,
      category: voter?.category ?? null,
      checkedIn: !!voter?.checkInMode,
      checkInMode: voter?.checkInMode ?? null,
      proxyGiven: proxies.find((p) => p.grantorId === actor.personId) ?? null,
      proxiesHeld: proxies.filter((p) => p.holderId === actor.personId),
    };
  }

  @ResolveField(() => [ProxyModel], {
    description: 'Every proxy in force (assembly.viewAttendance only; others get FORBIDDEN).',
  })
  proxies(
    @Parent() a: AssemblyEntity,
    @GqlRequest() req: AppRequest,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ProxyEntity[]> {
    this.service.requireAttendanceView(viewer.actor, a);
    return this.loaders(req).proxies.load(a.id);
  }

  @ResolveField(() => AssemblyVoterPageModel, {
    description:
      'The frozen voter list with check-in state, searchable (assembly.viewAttendance only): the check-in desk.',
  })
  async voters(
    @Parent() a: AssemblyEntity,
    @GqlRequest() req: AppRequest,
    @CurrentViewer() viewer: Viewer,
    @Args('search', { type: () => String, nullable: true }) search: string | null,
    @Args('offset', { type: () => Int, nullable: true, defaultValue: 0 }) offset: number | null,
    @Args('limit', { type: () => Int, nullable: true, defaultValue: 50 }) limit: number | null,
  ): Promise<AssemblyVoterPageModel> {
    const { rows, total } = await this.service.voters(viewer.actor, a, search, offset ?? 0, limit ?? 50);
    const found = await people(this.loaders(req), [
      ...rows.map((r) => r.personId),
      ...rows.map((r) => r.proxyGivenTo).filter((id): id is string => !!id),
    ]);
    return {
      total,
      items: rows.map((r) => ({
        person: found.get(r.personId) as Person,
        category: r.category,
        shares: r.shares,
        checkedIn: r.checkInMode !== null,
        checkInMode: r.checkInMode,
        proxyGivenTo: r.proxyGivenTo ? (found.get(r.proxyGivenTo) ?? null) : null,
        proxiesHeld: r.proxiesHeld,
      })),
    };
  }

  @ResolveField(() => Boolean, { description: 'May convene the assembly and set its agenda (assembly.convene).' })
  viewerCanConvene(@Parent() a: AssemblyEntity, @CurrentViewer() viewer: Viewer): boolean {
    return can(viewer.actor, 'assembly.convene', { cooperativeId: a.cooperativeId });
  }

  @ResolveField(() => Boolean, { description: 'May run the session: open, close, polls (assembly.chair).' })
  viewerCanChair(@Parent() a: AssemblyEntity, @CurrentViewer() viewer: Viewer): boolean {
    return can(viewer.actor, 'assembly.chair', { cooperativeId: a.cooperativeId });
  }

  @ResolveField(() => Boolean, {
    description: 'May check others in and register written proxies (assembly.checkInOthers).',
  })
  viewerCanCheckInOthers(@Parent() a: AssemblyEntity, @CurrentViewer() viewer: Viewer): boolean {
    return can(viewer.actor, 'assembly.checkInOthers', { cooperativeId: a.cooperativeId });
  }
}

/** An agenda item's texts, its proposal and its candidates. */
@Resolver(() => AgendaItemModel)
export class AgendaItemResolver {
  constructor(private readonly service: AssembliesService) {}

  @ResolveField(() => TranslatedText)
  title(@Parent() i: AgendaItemEntity, @ReaderLanguage() reader: Language): TranslatedText {
    return presentText(i.title, reader);
  }

  @ResolveField(() => TranslatedText, { nullable: true })
  body(@Parent() i: AgendaItemEntity, @ReaderLanguage() reader: Language): TranslatedText | null {
    return i.body ? presentText(i.body, reader) : null;
  }

  @ResolveField(() => ActionProposal, { nullable: true, description: 'When the motion comes from the cycle.' })
  async actionProposal(
    @Parent() i: AgendaItemEntity,
    @GqlRequest() req: AppRequest,
    @ReaderLanguage() reader: Language,
  ): Promise<ActionProposal | null> {
    if (!i.actionProposalId) return null;
    const p = await assemblyLoadersFor(req, this.service).proposal.load(i.actionProposalId);
    return p
      ? {
          id: p.id,
          recommendationId: p.recommendationId,
          number: p.number,
          title: presentText(p.title, reader),
          body: presentText(p.body, reader),
          proposedOwner: p.proposedOwner,
          budgetEstimateCents: p.budgetEstimateCents,
          status: p.status,
          createdAt: p.createdAt,
        }
      : null;
  }

  @ResolveField(() => ID, { nullable: true, description: 'The recommendation the proposal came from.' })
  async recommendationId(@Parent() i: AgendaItemEntity, @GqlRequest() req: AppRequest): Promise<string | null> {
    if (!i.actionProposalId) return null;
    return (await assemblyLoadersFor(req, this.service).proposal.load(i.actionProposalId))?.recommendationId ?? null;
  }

  @ResolveField(() => [CandidateModel], { description: 'ELECTION only, else [].' })
  async candidates(@Parent() i: AgendaItemEntity, @GqlRequest() req: AppRequest): Promise<CandidateEntity[]> {
    if (i.kind !== 'ELECTION') return [];
    return assemblyLoadersFor(req, this.service).candidates.load(i.id);
  }
}

@Resolver(() => CandidateModel)
export class CandidateResolver {
  constructor(private readonly service: AssembliesService) {}

  @ResolveField(() => Person, { nullable: true })
  person(@Parent() c: CandidateEntity, @GqlRequest() req: AppRequest): Promise<Person | null> | null {
    return c.personId ? assemblyLoadersFor(req, this.service).person.load(c.personId) : null;
  }

  @ResolveField(() => TranslatedText, { nullable: true })
  statement(@Parent() c: CandidateEntity, @ReaderLanguage() reader: Language): TranslatedText | null {
    return c.statement ? presentText(c.statement, reader) : null;
  }
}

@Resolver(() => ProxyModel)
export class ProxyResolver {
  constructor(private readonly service: AssembliesService) {}

  @ResolveField(() => Person)
  async grantor(@Parent() p: ProxyEntity, @GqlRequest() req: AppRequest): Promise<Person> {
    return (await assemblyLoadersFor(req, this.service).person.load(p.grantorId)) as Person;
  }

  @ResolveField(() => Person)
  async holder(@Parent() p: ProxyEntity, @GqlRequest() req: AppRequest): Promise<Person> {
    return (await assemblyLoadersFor(req, this.service).person.load(p.holderId)) as Person;
  }
}
