import type { CommentSubjectType } from '@letscoop/domain';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../common/decorators.js';
import type { GqlContext, Viewer } from '../../common/request-context.js';
import { Person } from '../members/person.model.js';
import { Comment, CommentHidden, CommentReport, ModerationItem } from './comment.model.js';
import { CommentsService } from './comments.service.js';
import { HideCommentInput } from './dto/hide-comment.input.js';
import { PostCommentInput } from './dto/post-comment.input.js';
import { ReportCommentInput } from './dto/report-comment.input.js';
import { CommentSubjectTypeEnum } from './participation.enums.js';
import { ParticipationLoaders } from './participation.loaders.js';

@Resolver(() => Comment)
export class CommentsResolver {
  constructor(
    private readonly service: CommentsService,
    private readonly loaders: ParticipationLoaders,
  ) {}

  @Query(() => [Comment], {
    description: 'The thread on a recommendation, writing or small talk: flat, oldest first, with parentId and depth.',
  })
  comments(
    @CurrentViewer() viewer: Viewer,
    @Args('subjectType', { type: () => CommentSubjectTypeEnum }) subjectType: CommentSubjectType,
    @Args('subjectId', { type: () => ID }) subjectId: string,
  ): Promise<Comment[]> {
    return this.service.thread(viewer.actor, subjectType, subjectId);
  }

  @Query(() => [ModerationItem], {
    description: 'Moderators (secretariat, staff): reported comments with their reports, oldest report first.',
  })
  moderationQueue(
    @CurrentViewer() viewer: Viewer,
    @Args('cooperativeId', { type: () => ID }) cooperativeId: string,
    @Args('includeHidden', { defaultValue: false, description: 'Also list reported comments already hidden.' })
    includeHidden: boolean,
  ): Promise<ModerationItem[]> {
    return this.service.moderationQueue(viewer.actor, cooperativeId, includeHidden);
  }

  @Mutation(() => Comment, {
    description: 'Any member: comments on a subject of their cooperative, or replies to a comment.',
  })
  postComment(@CurrentViewer() viewer: Viewer, @Args('input') input: PostCommentInput): Promise<Comment> {
    return this.service.post(viewer.actor, input);
  }

  @Mutation(() => Comment, { description: 'Any member: asks the moderators to look at a comment (once per member).' })
  reportComment(@CurrentViewer() viewer: Viewer, @Args('input') input: ReportCommentInput): Promise<Comment> {
    return this.service.report(viewer.actor, input);
  }

  @Mutation(() => Comment, { description: 'Moderators: hides a comment with a reason; the trace stays in the thread.' })
  hideComment(@CurrentViewer() viewer: Viewer, @Args('input') input: HideCommentInput): Promise<Comment> {
    return this.service.hide(viewer.actor, input);
  }

  @ResolveField(() => Person)
  async author(@Parent() comment: Comment, @Context() ctx: GqlContext): Promise<Person> {
    return (await this.loaders.people(ctx.req).load(comment.authorId)) as Person;
  }
}

@Resolver(() => CommentHidden)
export class CommentHiddenResolver {
  constructor(private readonly loaders: ParticipationLoaders) {}

  @ResolveField(() => Person, { nullable: true })
  by(@Parent() hidden: CommentHidden, @Context() ctx: GqlContext): Promise<Person | null> | null {
    return hidden.byId ? this.loaders.people(ctx.req).load(hidden.byId) : null;
  }
}

@Resolver(() => CommentReport)
export class CommentReportResolver {
  constructor(private readonly loaders: ParticipationLoaders) {}

  @ResolveField(() => Person)
  async reporter(@Parent() report: CommentReport, @Context() ctx: GqlContext): Promise<Person> {
    return (await this.loaders.people(ctx.req).load(report.reporterId)) as Person;
  }
}
