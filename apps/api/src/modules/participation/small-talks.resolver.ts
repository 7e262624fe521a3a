import type { Language } from '@letscoop/domain';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, ReaderLanguage } from '../../common/decorators.js';
import type { GqlContext, Viewer } from '../../common/request-context.js';
import { presentText, TranslatedText } from '../../common/translated-text.model.js';
import { Branch } from '../cooperatives/branch.model.js';
import { Person } from '../members/person.model.js';
import { HostSmallTalkInput } from './dto/host-small-talk.input.js';
import { ReportSmallTalkInput } from './dto/report-small-talk.input.js';
import { ParticipationLoaders } from './participation.loaders.js';
import type { SmallTalkEntity } from './small-talk.entity.js';
import { SmallTalk } from './small-talk.model.js';
import { SmallTalksService } from './small-talks.service.js';

@Resolver(() => SmallTalk)
export class SmallTalksResolver {
  constructor(
    private readonly service: SmallTalksService,
    private readonly loaders: ParticipationLoaders,
  ) {}

  @Query(() => [SmallTalk], {
    description: "An edition's small talks, latest first; optionally those feeding one group.",
  })
  smallTalks(
    @CurrentViewer() viewer: Viewer,
    @Args('editionId', { type: () => ID }) editionId: string,
    @Args('groupId', { type: () => ID, nullable: true }) groupId: string | null,
  ): Promise<SmallTalkEntity[]> {
    return this.service.list(viewer.actor, editionId, groupId);
  }

  @Query(() => SmallTalk)
  smallTalk(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<SmallTalkEntity> {
    return this.service.get(viewer.actor, id);
  }

  @Mutation(() => SmallTalk, { description: 'Any member: records a small talk at a local branch, hosted by you.' })
  hostSmallTalk(@CurrentViewer() viewer: Viewer, @Args('input') input: HostSmallTalkInput): Promise<SmallTalkEntity> {
    return this.service.host(viewer.actor, input);
  }

  @Mutation(() => SmallTalk, {
    description: 'The host or a coordinator: writes (or rewrites) the report of a small talk.',
  })
  reportSmallTalk(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ReportSmallTalkInput,
  ): Promise<SmallTalkEntity> {
    return this.service.writeReport(viewer.actor, input);
  }

  @ResolveField(() => TranslatedText)
  title(@Parent() talk: SmallTalkEntity, @ReaderLanguage() reader: Language): TranslatedText {
    return presentText(talk.title, reader);
  }

  @ResolveField(() => TranslatedText, { nullable: true })
  report(@Parent() talk: SmallTalkEntity, @ReaderLanguage() reader: Language): TranslatedText | null {
    return talk.report ? presentText(talk.report, reader) : null;
  }

  @ResolveField(() => TranslatedText, { nullable: true })
  async theme(
    @Parent() talk: SmallTalkEntity,
    @ReaderLanguage() reader: Language,
    @Context() ctx: GqlContext,
  ): Promise<TranslatedText | null> {
    const theme = talk.groupId ? await this.loaders.themes(ctx.req).load(talk.groupId) : null;
    return theme ? presentText(theme, reader) : null;
  }

  @ResolveField(() => Branch, { nullable: true })
  branch(@Parent() talk: SmallTalkEntity, @Context() ctx: GqlContext): Promise<Branch | null> | null {
    return talk.branchId ? this.loaders.branches(ctx.req).load(talk.branchId) : null;
  }

  @ResolveField(() => Person, { nullable: true })
  host(@Parent() talk: SmallTalkEntity, @Context() ctx: GqlContext): Promise<Person | null> | null {
    return talk.hostId ? this.loaders.people(ctx.req).load(talk.hostId) : null;
  }

  @ResolveField(() => Int)
  commentCount(@Parent() talk: SmallTalkEntity, @Context() ctx: GqlContext): Promise<number> {
    return this.loaders.commentCounts(ctx.req, 'SMALL_TALK').load(talk.id);
  }
}
