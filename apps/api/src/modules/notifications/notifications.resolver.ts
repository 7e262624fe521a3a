import {
  RECOMMENDATION_STAGES,
  type EmailMode,
  type FollowSubjectType,
  type Language,
  type RecommendationStage,
} from '@letscoop/domain';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, ReaderLanguage } from '../../common/decorators.js';
import { validation } from '../../common/errors.js';
import type { GqlContext, Viewer } from '../../common/request-context.js';
import { presentText, TranslatedText } from '../../common/translated-text.model.js';
import { MembersService } from '../members/members.service.js';
import { Person } from '../members/person.model.js';
import { FollowSubjectInput } from './dto/follow-subject.input.js';
import { notificationLoadersFor, type NotificationLoaders } from './notification-loaders.js';
import {
  EmailModeEnum,
  FollowState,
  FollowSubjectTypeEnum,
  Notification,
  NotificationPage,
  NotificationSettings,
} from './notification.model.js';
import type { NotificationEntity } from './notification.entity.js';
import { NotificationsService, type FollowStateView } from './notifications.service.js';

const MAX_PAGE = 100;

const stage = (value: unknown): RecommendationStage | null =>
  typeof value === 'string' && (RECOMMENDATION_STAGES as readonly string[]).includes(value)
    ? (value as RecommendationStage)
    : null;
const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value : null);
const id = (value: unknown): string | null => (typeof value === 'string' ? value : null);

function present(n: NotificationEntity): Notification {
  const p = n.payload ?? {};
  const startsAt = typeof p.startsAt === 'string' ? new Date(p.startsAt) : null;
  return {
    id: n.id,
    kind: n.kind,
    subjectType: n.subjectType,
    subjectId: n.subjectId,
    cooperativeId: n.cooperativeId,
    createdAt: n.createdAt,
    readAt: n.readAt,
    read: n.readAt !== null,
    fromStage: stage(p.fromStage),
    toStage: stage(p.toStage),
    reason: text(p.reason),
    startsAt: startsAt && !Number.isNaN(startsAt.getTime()) ? startsAt : null,
    relatedId: id(p.pollId) ?? id(p.meetingId) ?? id(p.actionId),
    payloadJson: JSON.stringify(p),
    actorId: id(p.actorId),
  };
}

@Resolver(() => Notification)
export class NotificationsResolver {
  constructor(
    private readonly service: NotificationsService,
    private readonly members: MembersService,
  ) {}

  private loaders(req: GqlContext['req']): NotificationLoaders {
    return notificationLoadersFor(req, this.service, this.members);
  }

  @Query(() => NotificationPage, {
    description: "The viewer's notifications, newest first (a constant number of queries).",
  })
  async notifications(
    @CurrentViewer() viewer: Viewer,
    @Args('unreadOnly', { type: () => Boolean, defaultValue: false }) unreadOnly: boolean,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
    @Args('limit', { type: () => Int, defaultValue: 20 }) limit: number,
  ): Promise<NotificationPage> {
    const problems = [
      ...(offset < 0 ? [{ field: 'offset', messages: ['must be 0 or more'] }] : []),
      ...(limit < 1 || limit > MAX_PAGE ? [{ field: 'limit', messages: [`must be between 1 and ${MAX_PAGE}`] }] : []),
    ];
    if (problems.length) throw validation(problems);
    const [items, counts] = await Promise.all([
      this.service.list(viewer, unreadOnly, offset, limit),
      this.service.counts(viewer),
    ]);
    return { items: items.map(present), totalCount: counts.total, unreadCount: counts.unread };
  }

  @Query(() => Int, { description: "How many of the viewer's notifications are unread (the bell)." })
  unreadNotificationCount(@CurrentViewer() viewer: Viewer): Promise<number> {
    return this.service.unreadCount(viewer);
  }

  @Mutation(() => Int, { description: 'Marks these notifications of the viewer read; answers the unread count left.' })
  markNotificationsRead(
    @CurrentViewer() viewer: Viewer,
    @Args('ids', { type: () => [ID] }) ids: string[],
  ): Promise<number> {
    return this.service.markRead(viewer, ids);
  }

  @Mutation(() => Int, {
    description: "Marks all of the viewer's notifications read; answers the unread count left (0).",
  })
  markAllNotificationsRead(@CurrentViewer() viewer: Viewer): Promise<number> {
    return this.service.markAllRead(viewer);
  }

  @ResolveField(() => TranslatedText, { nullable: true })
  async subjectTitle(
    @Parent() n: Notification,
    @Context() { req }: GqlContext,
    @ReaderLanguage() reader: Language,
  ): Promise<TranslatedText | null> {
    const title = await this.loaders(req).title.load(`${n.subjectType}:${n.subjectId}`);
    return title ? presentText(title, reader) : null;
  }

  @ResolveField(() => Person, { nullable: true })
  actor(@Parent() n: Notification, @Context() { req }: GqlContext): Promise<Person | null> | null {
    return n.actorId ? this.loaders(req).person.load(n.actorId) : null;
  }
}

@Resolver(() => FollowState)
export class FollowResolver {
  constructor(
    private readonly service: NotificationsService,
    private readonly members: MembersService,
  ) {}

  @Query(() => FollowState, { description: 'Whether the viewer follows this subject, and why.' })
  followState(
    @CurrentViewer() viewer: Viewer,
    @Args('subjectType', { type: () => FollowSubjectTypeEnum }) subjectType: FollowSubjectType,
    @Args('subjectId', { type: () => ID }) subjectId: string,
  ): Promise<FollowStateView> {
    return this.service.followState(viewer, subjectType, subjectId);
  }

  @Query(() => [FollowState], { description: 'The subjects the viewer chose to follow, most recent first.' })
  myFollows(@CurrentViewer() viewer: Viewer): Promise<FollowStateView[]> {
    return this.service.myFollows(viewer);
  }

  @Mutation(() => FollowState, {
    description: 'Follow an edition, working group, recommendation or assembly: its news reaches you.',
  })
  follow(@CurrentViewer() viewer: Viewer, @Args('input') input: FollowSubjectInput): Promise<FollowStateView> {
    return this.service.setFollowing(viewer, input.subjectType, input.subjectId, true);
  }

  @Mutation(() => FollowState, {
    description:
      'Stop following; also silences what you would follow anyway (as a group member or author) for this subject.',
  })
  unfollow(@CurrentViewer() viewer: Viewer, @Args('input') input: FollowSubjectInput): Promise<FollowStateView> {
    return this.service.setFollowing(viewer, input.subjectType, input.subjectId, false);
  }

  @ResolveField(() => TranslatedText, { nullable: true })
  async subjectTitle(
    @Parent() f: FollowStateView,
    @Context() { req }: GqlContext,
    @ReaderLanguage() reader: Language,
  ): Promise<TranslatedText | null> {
    const title = await notificationLoadersFor(req, this.service, this.members).title.load(
      `${f.subjectType}:${f.subjectId}`,
    );
    return title ? presentText(title, reader) : null;
  }
}

@Resolver(() => NotificationSettings)
export class NotificationSettingsResolver {
  constructor(private readonly service: NotificationsService) {}

  @Query(() => NotificationSettings, { description: "The viewer's e-mail preference for notifications." })
  async notificationSettings(@CurrentViewer() viewer: Viewer): Promise<NotificationSettings> {
    return { emailMode: await this.service.emailMode(viewer) };
  }

  @Mutation(() => NotificationSettings, {
    description: 'How notifications reach the viewer by e-mail: IMMEDIATE, DAILY_DIGEST or OFF.',
  })
  async setEmailNotificationMode(
    @CurrentViewer() viewer: Viewer,
    @Args('mode', { type: () => EmailModeEnum }) mode: EmailMode,
  ): Promise<NotificationSettings> {
    return { emailMode: await this.service.setEmailMode(viewer, mode) };
  }
}
