import { isActionOverdue, type ActionStatus, type Language, type ProgressRollUp } from '@letscoop/domain';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, ReaderLanguage } from '../../common/decorators.js';
import type { AppRequest, Viewer } from '../../common/request-context.js';
import { presentText, TranslatedText } from '../../common/translated-text.model.js';
import type { EditionEntity } from '../editions/edition.entity.js';
import { MembersService } from '../members/members.service.js';
import type { Person } from '../members/person.model.js';
import { GqlRequest } from '../recommendations/recommendation-loaders.js';
import type { RecommendationEntity } from '../recommendations/recommendation.entity.js';
import { ActionProposal, EditionRef, Recommendation } from '../recommendations/recommendation.model.js';
import { presentProposal } from '../recommendations/recommendations.resolver.js';
import { RecommendationsService } from '../recommendations/recommendations.service.js';
import { actionPlanLoaders, afterActionChange, type ActionPlanLoaders } from './action-plan.loaders.js';
import {
  Action,
  ActionMilestone,
  ActionOwner,
  ActionPlacement,
  ActionPlan,
  ActionProgramme,
  ActionProgress,
  ActionProgressUpdate,
  ActionProject,
  ActionStatusChange,
  ActionStatusEnum,
} from './action-plan.model.js';
import { ActionPlanService, planDay, type PlanProgrammeNode } from './action-plan.service.js';
import type { ActionProgrammeEntity } from './action-programme.entity.js';
import type { ActionProjectEntity } from './action-project.entity.js';
import type { ActionEntity } from './action.entity.js';
import { AddMilestoneInput } from './dto/add-milestone.input.js';
import { AssignActionOwnerInput } from './dto/assign-action-owner.input.js';
import { CompleteMilestoneInput } from './dto/complete-milestone.input.js';
import { CreateProgrammeInput } from './dto/create-programme.input.js';
import { CreateProjectInput } from './dto/create-project.input.js';
import { MoveActionInput } from './dto/move-action.input.js';
import { PostProgressUpdateInput } from './dto/post-progress-update.input.js';
import { SetActionStatusInput } from './dto/set-action-status.input.js';

/** What the ActionPlan and ActionProgramme field resolvers start from. */
type PlanParent = ActionPlan & { ownerRefs: { unit: string | null; personId: string | null }[] };
type ProgrammeParent = ActionProgramme & { defaultForEditionId: string | null };

const progressOf = (r: ProgressRollUp): ActionProgress => ({ ...r });

const presentEdition = (e: EditionEntity, reader: Language): EditionRef => ({
  id: e.id,
  number: e.number,
  period: e.period,
  title: presentText(e.title, reader),
});

function presentProject(p: ActionProjectEntity, reader: Language, progress: ProgressRollUp, actions: ActionEntity[]): ActionProject {
  return {
    id: p.id,
    programmeId: p.programmeId,
    title: presentText(p.title, reader),
    description: p.description ? presentText(p.description, reader) : null,
    isDefault: p.isDefault,
    progress: progressOf(progress),
    actions: actions as unknown as Action[],
  };
}

function presentProgramme(
  p: ActionProgrammeEntity,
  reader: Language,
  progress: ProgressRollUp,
  projects: ActionProject[],
): ProgrammeParent {
  return {
    id: p.id,
    cooperativeId: p.cooperativeId,
    title: presentText(p.title, reader),
    description: p.description ? presentText(p.description, reader) : null,
    defaultForEdition: null,
    defaultForEditionId: p.defaultForEditionId,
    progress: progressOf(progress),
    projects,
  };
}

const EMPTY: ProgressRollUp = { percent: null, counted: 0, abandoned: 0, sum: 0 };

abstract class WithLoaders {
  constructor(
    protected readonly service: ActionPlanService,
    protected readonly recommendations: RecommendationsService,
    protected readonly members: MembersService,
  ) {}

  protected loaders(req: AppRequest): ActionPlanLoaders {
    return actionPlanLoaders(req, { plan: this.service, recommendations: this.recommendations, members: this.members });
  }
}

@Resolver(() => ActionPlan)
export class ActionPlanResolver extends WithLoaders {
  constructor(service: ActionPlanService, recommendations: RecommendationsService, members: MembersService) {
    super(service, recommendations, members);
  }

  @Query(() => ActionPlan, {
    description:
      "The cooperative's action plan across editions: programmes → projects → actions, filtered by edition, status or owner (a constant number of queries whatever its size).",
  })
  async actionPlan(
    @CurrentViewer() viewer: Viewer,
    @ReaderLanguage() reader: Language,
    @Args('cooperativeId', { type: () => ID }) cooperativeId: string,
    @Args('editionId', { type: () => ID, nullable: true }) editionId: string | null,
    @Args('status', { type: () => ActionStatusEnum, nullable: true }) status: ActionStatus | null,
    @Args('ownerUnit', { type: () => String, nullable: true }) ownerUnit: string | null,
    @Args('ownerPersonId', { type: () => ID, nullable: true }) ownerPersonId: string | null,
  ): Promise<PlanParent> {
    const data = await this.service.plan(viewer.actor, cooperativeId, { editionId, status, ownerUnit, ownerPersonId });
    return {
      cooperativeId,
      programmes: data.programmes.map((node: PlanProgrammeNode) =>
        presentProgramme(
          node.programme,
          reader,
          node.progress,
          node.projects.map((p) => presentProject(p.project, reader, p.progress, p.actions)),
        ),
      ),
      progress: progressOf(data.progress),
      owners: [],
      editions: [],
      ownerRefs: data.owners,
    };
  }

  @ResolveField(() => [ActionOwner])
  async owners(@Parent() plan: PlanParent, @GqlRequest() req: AppRequest): Promise<ActionOwner[]> {
    const people = await this.loaders(req).person.loadMany(plan.ownerRefs.flatMap((o) => (o.personId ? [o.personId] : [])));
    const byId = new Map(people.filter((p): p is Person => !!p && !(p instanceof Error)).map((p) => [p.id, p]));
    return plan.ownerRefs
      .map((o) => ({ unit: o.unit, person: o.personId ? (byId.get(o.personId) ?? null) : null }))
      .filter((o) => o.unit !== null || o.person !== null);
  }

  @ResolveField(() => [EditionRef])
  async editions(@Parent() plan: PlanParent, @ReaderLanguage() reader: Language): Promise<EditionRef[]> {
    return (await this.service.editionsOfCooperative(plan.cooperativeId)).map((e) => presentEdition(e, reader));
  }
}

@Resolver(() => ActionProgramme)
export class ActionProgrammeResolver extends WithLoaders {
  constructor(service: ActionPlanService, recommendations: RecommendationsService, members: MembersService) {
    super(service, recommendations, members);
  }

  @Mutation(() => ActionProgramme, { description: 'Secretariat or managing director: a new programme in the plan.' })
  async createProgramme(
    @CurrentViewer() viewer: Viewer,
    @ReaderLanguage() reader: Language,
    @Args('input') input: CreateProgrammeInput,
  ): Promise<ProgrammeParent> {
    return presentProgramme(await this.service.createProgramme(viewer, input), reader, EMPTY, []);
  }

  @Mutation(() => ActionProject, { description: 'Secretariat or managing director: a new project in a programme.' })
  async createProject(
    @CurrentViewer() viewer: Viewer,
    @ReaderLanguage() reader: Language,
    @Args('input') input: CreateProjectInput,
  ): Promise<ActionProject> {
    return presentProject(await this.service.createProject(viewer, input), reader, EMPTY, []);
  }

  @ResolveField(() => EditionRef, { nullable: true })
  async defaultForEdition(
    @Parent() p: ProgrammeParent,
    @GqlRequest() req: AppRequest,
    @ReaderLanguage() reader: Language,
  ): Promise<EditionRef | null> {
    if (!p.defaultForEditionId) return null;
    const edition = await this.loaders(req).edition.load(p.defaultForEditionId);
    return edition ? presentEdition(edition, reader) : null;
  }
}

@Resolver(() => Action)
export class ActionResolver extends WithLoaders {
  constructor(service: ActionPlanService, recommendations: RecommendationsService, members: MembersService) {
    super(service, recommendations, members);
  }

  @Query(() => Action, { description: 'One action with its milestones, progress updates, status changes and origin.' })
  action(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<ActionEntity> {
    return this.service.get(viewer.actor, id);
  }

  // ── Mutations ──

  @Mutation(() => Action, { description: 'Secretariat or managing director: places the action in another project.' })
  async moveAction(
    @CurrentViewer() viewer: Viewer,
    @GqlRequest() req: AppRequest,
    @Args('input') input: MoveActionInput,
  ): Promise<ActionEntity> {
    return afterActionChange(req, await this.service.moveAction(viewer, input));
  }

  @Mutation(() => Action, {
    description: 'Secretariat or managing director: a directorate or department by name, or a staff member.',
  })
  async assignActionOwner(
    @CurrentViewer() viewer: Viewer,
    @GqlRequest() req: AppRequest,
    @Args('input') input: AssignActionOwnerInput,
  ): Promise<ActionEntity> {
    return afterActionChange(req, await this.service.assignOwner(viewer, input));
  }

  @Mutation(() => Action, {
    description: 'Owner, managing director or secretariat: moves the status (abandoning needs a reason).',
  })
  async setActionStatus(
    @CurrentViewer() viewer: Viewer,
    @GqlRequest() req: AppRequest,
    @Args('input') input: SetActionStatusInput,
  ): Promise<ActionEntity> {
    return afterActionChange(req, await this.service.setStatus(viewer, input));
  }

  @Mutation(() => Action, {
    description:
      'Owner, managing director or secretariat: a dated progress update with the progress now (a planned action starts).',
  })
  async postProgressUpdate(
    @CurrentViewer() viewer: Viewer,
    @GqlRequest() req: AppRequest,
    @Args('input') input: PostProgressUpdateInput,
  ): Promise<ActionEntity> {
    return afterActionChange(req, await this.service.postUpdate(viewer, input));
  }

  @Mutation(() => Action, { description: 'Owner, managing director or secretariat: a dated milestone.' })
  async addMilestone(
    @CurrentViewer() viewer: Viewer,
    @GqlRequest() req: AppRequest,
    @Args('input') input: AddMilestoneInput,
  ): Promise<ActionEntity> {
    return afterActionChange(req, await this.service.addMilestone(viewer, input));
  }

  @Mutation(() => Action, { description: 'Owner, managing director or secretariat: marks a milestone done.' })
  async completeMilestone(
    @CurrentViewer() viewer: Viewer,
    @GqlRequest() req: AppRequest,
    @Args('input') input: CompleteMilestoneInput,
  ): Promise<ActionEntity> {
    return afterActionChange(req, await this.service.completeMilestone(viewer, input));
  }

  // ── Fields ──

  @ResolveField(() => TranslatedText)
  title(@Parent() a: ActionEntity, @ReaderLanguage() reader: Language): TranslatedText {
    return presentText(a.title, reader);
  }

  @ResolveField(() => TranslatedText)
  description(@Parent() a: ActionEntity, @ReaderLanguage() reader: Language): TranslatedText {
    return presentText(a.description, reader);
  }

  @ResolveField(() => ActionOwner, { nullable: true, description: 'Null while nobody is assigned.' })
  async owner(@Parent() a: ActionEntity, @GqlRequest() req: AppRequest): Promise<ActionOwner | null> {
    if (a.ownerPersonId) return { unit: null, person: await this.loaders(req).person.load(a.ownerPersonId) };
    return a.ownerUnit ? { unit: a.ownerUnit, person: null } : null;
  }

  @ResolveField(() => ActionPlacement)
  async placement(
    @Parent() a: ActionEntity,
    @GqlRequest() req: AppRequest,
    @ReaderLanguage() reader: Language,
  ): Promise<ActionPlacement> {
    const loaders = this.loaders(req);
    const project = await loaders.project.load(a.projectId);
    if (!project) throw new Error(`project ${a.projectId} missing`);
    const programme = await loaders.programme.load(project.programmeId);
    if (!programme) throw new Error(`programme ${project.programmeId} missing`);
    return {
      projectId: project.id,
      project: presentText(project.title, reader),
      programmeId: programme.id,
      programme: presentText(programme.title, reader),
    };
  }

  @ResolveField(() => EditionRef, { nullable: true, description: 'The edition its recommendation came from.' })
  async edition(
    @Parent() a: ActionEntity,
    @GqlRequest() req: AppRequest,
    @ReaderLanguage() reader: Language,
  ): Promise<EditionRef | null> {
    if (!a.editionId) return null;
    const edition = await this.loaders(req).edition.load(a.editionId);
    return edition ? presentEdition(edition, reader) : null;
  }

  @ResolveField(() => ActionProposal, { nullable: true, description: 'The adopted action proposal it came from.' })
  async proposal(
    @Parent() a: ActionEntity,
    @GqlRequest() req: AppRequest,
    @ReaderLanguage() reader: Language,
  ): Promise<ActionProposal | null> {
    if (!a.actionProposalId) return null;
    const proposal = await this.loaders(req).proposal.load(a.actionProposalId);
    return proposal ? presentProposal(proposal, reader) : null;
  }

  @ResolveField(() => Recommendation, { nullable: true, description: 'The recommendation it came from.' })
  async recommendation(@Parent() a: ActionEntity, @GqlRequest() req: AppRequest): Promise<RecommendationEntity | null> {
    return a.recommendationId ? this.loaders(req).recommendation.load(a.recommendationId) : null;
  }

  @ResolveField(() => ID, {
    nullable: true,
    description: "The assembly that voted on its proposal (the motion's assembly), if recorded.",
  })
  async assemblyId(@Parent() a: ActionEntity, @GqlRequest() req: AppRequest): Promise<string | null> {
    return a.actionProposalId ? ((await this.loaders(req).vote.load(a.actionProposalId))?.assemblyId ?? null) : null;
  }

  @ResolveField(() => ID, { nullable: true, description: 'The poll on its proposal at the assembly, if there was one.' })
  async assemblyPollId(@Parent() a: ActionEntity, @GqlRequest() req: AppRequest): Promise<string | null> {
    return a.actionProposalId ? ((await this.loaders(req).vote.load(a.actionProposalId))?.pollId ?? null) : null;
  }

  @ResolveField(() => [ActionMilestone], { description: 'By due day.' })
  async milestones(
    @Parent() a: ActionEntity,
    @GqlRequest() req: AppRequest,
    @ReaderLanguage() reader: Language,
  ): Promise<ActionMilestone[]> {
    const today = planDay();
    return (await this.loaders(req).milestones.load(a.id)).map((m) => ({
      id: m.id,
      title: presentText(m.title, reader),
      dueOn: m.dueOn,
      doneOn: m.doneOn,
      overdue: isActionOverdue(a.status, [m], today),
    }));
  }

  @ResolveField(() => Boolean, { description: 'Open, with a milestone past its due day and not done.' })
  async overdue(@Parent() a: ActionEntity, @GqlRequest() req: AppRequest): Promise<boolean> {
    return isActionOverdue(a.status, await this.loaders(req).milestones.load(a.id), planDay());
  }

  @ResolveField(() => [ActionProgressUpdate], { description: 'Newest first.' })
  async updates(
    @Parent() a: ActionEntity,
    @GqlRequest() req: AppRequest,
    @ReaderLanguage() reader: Language,
  ): Promise<ActionProgressUpdate[]> {
    const loaders = this.loaders(req);
    const updates = await loaders.updates.load(a.id);
    const authors = await loaders.person.loadMany(updates.map((u) => u.authorId).filter((id): id is string => !!id));
    const byId = new Map(authors.filter((p): p is Person => !!p && !(p instanceof Error)).map((p) => [p.id, p]));
    return updates.map((u) => ({
      id: u.id,
      body: presentText(u.body, reader),
      progress: u.progress,
      author: u.authorId ? (byId.get(u.authorId) ?? null) : null,
      postedAt: u.postedAt,
    }));
  }

  @ResolveField(() => [ActionStatusChange], { description: 'Newest first.' })
  async statusChanges(@Parent() a: ActionEntity, @GqlRequest() req: AppRequest): Promise<ActionStatusChange[]> {
    const loaders = this.loaders(req);
    const changes = await loaders.statusChanges.load(a.id);
    const actors = await loaders.person.loadMany(changes.map((c) => c.actorId).filter((id): id is string => !!id));
    const byId = new Map(actors.filter((p): p is Person => !!p && !(p instanceof Error)).map((p) => [p.id, p]));
    return changes.map((c) => ({
      id: c.id,
      fromStatus: c.fromStatus,
      toStatus: c.toStatus,
      reason: c.reason,
      actor: c.actorId ? (byId.get(c.actorId) ?? null) : null,
      occurredAt: c.occurredAt,
    }));
  }

  @ResolveField(() => Boolean, { description: 'Whether you may post progress, move the status and manage milestones.' })
  mayUpdate(@Parent() a: ActionEntity, @CurrentViewer() viewer: Viewer): boolean {
    return this.service.mayUpdate(viewer.actor, a);
  }

  @ResolveField(() => [ActionStatusEnum], { description: 'The statuses you may move it to now.' })
  availableStatuses(@Parent() a: ActionEntity, @CurrentViewer() viewer: Viewer): ActionStatus[] {
    return this.service.availableStatuses(viewer.actor, a);
  }
}

/** What became of an action proposal: its action in the plan, once adopted. */
@Resolver(() => ActionProposal)
export class ActionProposalActionResolver extends WithLoaders {
  constructor(service: ActionPlanService, recommendations: RecommendationsService, members: MembersService) {
    super(service, recommendations, members);
  }

  @ResolveField(() => Action, { nullable: true, description: 'Its action in the plan, once the assembly adopted it.' })
  action(@Parent() p: ActionProposal, @GqlRequest() req: AppRequest): Promise<ActionEntity | null> {
    return this.loaders(req).actionOfProposal.load(p.id);
  }
}
