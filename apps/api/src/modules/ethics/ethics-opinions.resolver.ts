import { ETHICS_CRITERIA, stanceFromFindings, type EthicsStance, type Language } from '@letscoop/domain';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, ReaderLanguage } from '../../common/decorators.js';
import type { GqlContext, Viewer } from '../../common/request-context.js';
import { presentText, TranslatedText } from '../../common/translated-text.model.js';
import { Person } from '../members/person.model.js';
import { CreateEthicsOpinionInput } from './dto/create-ethics-opinion.input.js';
import { UpdateEthicsOpinionInput } from './dto/update-ethics-opinion.input.js';
import type { EthicsOpinionEntity } from './ethics-opinion.entity.js';
import { EthicsAgendaItemRef, EthicsFinding, EthicsOpinion } from './ethics-opinion.model.js';
import { EthicsOpinionsService } from './ethics-opinions.service.js';
import { EthicsStanceEnum } from './ethics.enums.js';
import { EthicsLoaders } from './ethics.loaders.js';

@Resolver(() => EthicsOpinion)
export class EthicsOpinionsResolver {
  constructor(
    private readonly service: EthicsOpinionsService,
    private readonly loaders: EthicsLoaders,
  ) {}

  // ── Queries ──

  @Query(() => EthicsOpinion, {
    description: 'One opinion: published for every member, a draft for the committee only.',
  })
  ethicsOpinion(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<EthicsOpinionEntity> {
    return this.service.get(viewer.actor, id);
  }

  @Query(() => [EthicsOpinion], {
    description: "A cooperative's opinions: published ones, latest first; the committee also sees its drafts (first).",
  })
  ethicsOpinionsOfCooperative(
    @CurrentViewer() viewer: Viewer,
    @Args('cooperativeId', { type: () => ID }) cooperativeId: string,
  ): Promise<EthicsOpinionEntity[]> {
    return this.service.listForCooperative(viewer.actor, cooperativeId);
  }

  @Query(() => [EthicsOpinion], {
    description: 'The opinions on one agenda item (shown beside the motion at the assembly).',
  })
  ethicsOpinions(
    @CurrentViewer() viewer: Viewer,
    @Args('agendaItemId', { type: () => ID }) agendaItemId: string,
  ): Promise<EthicsOpinionEntity[]> {
    return this.service.listForAgendaItem(viewer.actor, agendaItemId);
  }

  @Query(() => [EthicsOpinion], { description: "The opinions on the items of one assembly's agenda, in agenda order." })
  ethicsOpinionsForAssembly(
    @CurrentViewer() viewer: Viewer,
    @Args('assemblyId', { type: () => ID }) assemblyId: string,
  ): Promise<EthicsOpinionEntity[]> {
    return this.service.listForAssembly(viewer.actor, assemblyId);
  }

  // ── Mutations (the committee) ──

  @Mutation(() => EthicsOpinion, {
    description: 'Committee: drafts an opinion on an agenda item or a member activity, with a finding per criterion.',
  })
  async createEthicsOpinion(
    @CurrentViewer() viewer: Viewer,
    @Context() ctx: GqlContext,
    @Args('input') input: CreateEthicsOpinionInput,
  ): Promise<EthicsOpinionEntity> {
    const opinion = await this.service.create(viewer, input);
    this.loaders.forget(ctx.req);
    return opinion;
  }

  @Mutation(() => EthicsOpinion, {
    description: 'Committee: saves a draft (texts in one language; other languages stay).',
  })
  async updateEthicsOpinion(
    @CurrentViewer() viewer: Viewer,
    @Context() ctx: GqlContext,
    @Args('input') input: UpdateEthicsOpinionInput,
  ): Promise<EthicsOpinionEntity> {
    const opinion = await this.service.update(viewer, input);
    this.loaders.forget(ctx.req);
    return opinion;
  }

  @Mutation(() => EthicsOpinion, {
    description:
      'Committee: publishes a complete draft (a finding per criterion, a conclusion and a stance); then it is final.',
  })
  async publishEthicsOpinion(
    @CurrentViewer() viewer: Viewer,
    @Context() ctx: GqlContext,
    @Args('opinionId', { type: () => ID }) opinionId: string,
  ): Promise<EthicsOpinionEntity> {
    const opinion = await this.service.publish(viewer, opinionId);
    this.loaders.forget(ctx.req);
    return opinion;
  }

  @Mutation(() => Boolean, { description: 'Committee: drops a draft (a published opinion stays).' })
  discardEthicsOpinionDraft(
    @CurrentViewer() viewer: Viewer,
    @Args('opinionId', { type: () => ID }) opinionId: string,
  ): Promise<boolean> {
    return this.service.discard(viewer, opinionId);
  }

  // ── Fields ──

  @ResolveField(() => EthicsAgendaItemRef, { nullable: true })
  async agendaItem(
    @Parent() o: EthicsOpinionEntity,
    @Context() ctx: GqlContext,
    @ReaderLanguage() reader: Language,
  ): Promise<EthicsAgendaItemRef | null> {
    if (!o.agendaItemId) return null;
    const item = await this.loaders.agendaItems(ctx.req).load(o.agendaItemId);
    return item
      ? {
          id: item.id,
          assemblyId: item.assembly_id,
          position: item.position,
          kind: item.kind,
          title: presentText(item.title, reader),
        }
      : null;
  }

  @ResolveField(() => TranslatedText, { nullable: true, description: 'A member activity: what it is.' })
  activity(@Parent() o: EthicsOpinionEntity, @ReaderLanguage() reader: Language): TranslatedText | null {
    return o.activity ? presentText(o.activity, reader) : null;
  }

  @ResolveField(() => Person, { nullable: true, description: "A member activity: whose, when it is one member's." })
  activityPerson(@Parent() o: EthicsOpinionEntity, @Context() ctx: GqlContext): Promise<Person | null> | null {
    return o.activityPersonId ? this.loaders.people(ctx.req).load(o.activityPersonId) : null;
  }

  @ResolveField(() => [EthicsFinding], { description: 'A finding per criterion, in the order of the statutes.' })
  async findings(
    @Parent() o: EthicsOpinionEntity,
    @Context() ctx: GqlContext,
    @ReaderLanguage() reader: Language,
  ): Promise<EthicsFinding[]> {
    const rows = await this.loaders.findings(ctx.req).load(o.id);
    return ETHICS_CRITERIA.flatMap((criterion) => {
      const f = rows.find((r) => r.criterion === criterion);
      return f ? [{ criterion, rating: f.rating, text: f.text ? presentText(f.text, reader) : null }] : [];
    });
  }

  @ResolveField(() => TranslatedText, { nullable: true })
  conclusion(@Parent() o: EthicsOpinionEntity, @ReaderLanguage() reader: Language): TranslatedText | null {
    return o.conclusion ? presentText(o.conclusion, reader) : null;
  }

  @ResolveField(() => EthicsStanceEnum, {
    nullable: true,
    description: 'The mildest stance the findings allow (the most severe applicable finding).',
  })
  async suggestedStance(@Parent() o: EthicsOpinionEntity, @Context() ctx: GqlContext): Promise<EthicsStance | null> {
    return stanceFromFindings(await this.loaders.findings(ctx.req).load(o.id));
  }

  @ResolveField(() => Person, { nullable: true })
  createdBy(@Parent() o: EthicsOpinionEntity, @Context() ctx: GqlContext): Promise<Person | null> {
    return this.loaders.people(ctx.req).load(o.createdBy);
  }

  @ResolveField(() => Person, { nullable: true })
  updatedBy(@Parent() o: EthicsOpinionEntity, @Context() ctx: GqlContext): Promise<Person | null> {
    return this.loaders.people(ctx.req).load(o.updatedBy);
  }

  @ResolveField(() => Person, { nullable: true })
  publishedBy(@Parent() o: EthicsOpinionEntity, @Context() ctx: GqlContext): Promise<Person | null> | null {
    return o.publishedBy ? this.loaders.people(ctx.req).load(o.publishedBy) : null;
  }

  @ResolveField(() => Boolean, {
    description: 'Whether you may edit, publish or discard it (a committee member, on a draft).',
  })
  mayEdit(@Parent() o: EthicsOpinionEntity, @CurrentViewer() viewer: Viewer): boolean {
    return o.status === 'DRAFT' && this.service.mayWrite(viewer.actor, o);
  }
}
