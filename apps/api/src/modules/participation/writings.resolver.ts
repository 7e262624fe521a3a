import type { Language } from '@letscoop/domain';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, ReaderLanguage } from '../../common/decorators.js';
import type { GqlContext, Viewer } from '../../common/request-context.js';
import { presentText, TranslatedText } from '../../common/translated-text.model.js';
import { Person } from '../members/person.model.js';
import { DecideWritingInput } from './dto/decide-writing.input.js';
import { SubmitWritingInput } from './dto/submit-writing.input.js';
import { ParticipationLoaders } from './participation.loaders.js';
import { WritingStatusEnum, type WritingStatus } from './participation.enums.js';
import type { WritingEntity } from './writing.entity.js';
import { Writing } from './writing.model.js';
import { WritingsService } from './writings.service.js';

@Resolver(() => Writing)
export class WritingsResolver {
  constructor(
    private readonly service: WritingsService,
    private readonly loaders: ParticipationLoaders,
  ) {}

  @Query(() => [Writing], {
    description:
      "An edition's writings, latest first: accepted ones for every member; submitted and declined ones for the coordinators and whoever submitted them.",
  })
  writings(
    @CurrentViewer() viewer: Viewer,
    @Args('editionId', { type: () => ID }) editionId: string,
    @Args('groupId', { type: () => ID, nullable: true }) groupId: string | null,
    @Args('status', { type: () => WritingStatusEnum, nullable: true }) status: WritingStatus | null,
  ): Promise<WritingEntity[]> {
    return this.service.list(viewer.actor, editionId, groupId, status);
  }

  @Query(() => Writing)
  writing(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<WritingEntity> {
    return this.service.get(viewer.actor, id);
  }

  @Mutation(() => Writing, {
    description: 'Any member: submits an essay invited from outside, for the coordinators to accept.',
  })
  submitWriting(@CurrentViewer() viewer: Viewer, @Args('input') input: SubmitWritingInput): Promise<WritingEntity> {
    return this.service.submit(viewer.actor, input);
  }

  @Mutation(() => Writing, {
    description: "The edition's coordinators: accept or decline (with a reason) a submitted writing.",
  })
  decideWriting(@CurrentViewer() viewer: Viewer, @Args('input') input: DecideWritingInput): Promise<WritingEntity> {
    return this.service.decide(viewer.actor, input);
  }

  @ResolveField(() => TranslatedText)
  title(@Parent() writing: WritingEntity, @ReaderLanguage() reader: Language): TranslatedText {
    return presentText(writing.title, reader);
  }

  @ResolveField(() => TranslatedText)
  body(@Parent() writing: WritingEntity, @ReaderLanguage() reader: Language): TranslatedText {
    return presentText(writing.body, reader);
  }

  @ResolveField(() => TranslatedText, { nullable: true })
  async theme(
    @Parent() writing: WritingEntity,
    @ReaderLanguage() reader: Language,
    @Context() ctx: GqlContext,
  ): Promise<TranslatedText | null> {
    const theme = writing.groupId ? await this.loaders.themes(ctx.req).load(writing.groupId) : null;
    return theme ? presentText(theme, reader) : null;
  }

  @ResolveField(() => Person, { nullable: true })
  submittedBy(@Parent() writing: WritingEntity, @Context() ctx: GqlContext): Promise<Person | null> | null {
    return writing.submittedBy ? this.loaders.people(ctx.req).load(writing.submittedBy) : null;
  }

  @ResolveField(() => Person, { nullable: true })
  decidedBy(@Parent() writing: WritingEntity, @Context() ctx: GqlContext): Promise<Person | null> | null {
    return writing.decidedBy ? this.loaders.people(ctx.req).load(writing.decidedBy) : null;
  }

  @ResolveField(() => Int)
  commentCount(@Parent() writing: WritingEntity, @Context() ctx: GqlContext): Promise<number> {
    return this.loaders.commentCounts(ctx.req, 'WRITING').load(writing.id);
  }
}
