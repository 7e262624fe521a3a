import {
  EMAIL_MODES,
  FOLLOW_REASONS,
  FOLLOW_SUBJECT_TYPES,
  type EmailMode,
  type FollowReason,
  type FollowSubjectType,
  type RecommendationStage,
} from '@letscoop/domain';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { asEnum } from '../../common/enums.js';
import { TranslatedText } from '../../common/translated-text.model.js';
import { Person } from '../members/person.model.js';
import { RecommendationStageEnum } from '../recommendations/recommendation.model.js';

/** GraphQL names in capitals (RECOMMENDATION), stored values as in the tables (recommendation). */
export const FollowSubjectTypeEnum = Object.fromEntries(
  FOLLOW_SUBJECT_TYPES.map((t) => [t.toUpperCase(), t]),
) as Record<Uppercase<FollowSubjectType>, FollowSubjectType>;
export const FollowReasonEnum = asEnum(FOLLOW_REASONS);
export const EmailModeEnum = asEnum(EMAIL_MODES);

registerEnumType(FollowSubjectTypeEnum, { name: 'FollowSubjectType', description: 'What a person can follow.' });
registerEnumType(FollowReasonEnum, {
  name: 'FollowReason',
  description:
    'Why a person follows a subject: they chose to (FOLLOWING), they are a member of its working group, an author of the recommendation, or they follow the group or edition it belongs to.',
});
registerEnumType(EmailModeEnum, {
  name: 'EmailNotificationMode',
  description: 'IMMEDIATE: an e-mail per notification. DAILY_DIGEST (default): one e-mail a day. OFF: none.',
});

@ObjectType({ description: 'Something that happened to a subject the person follows.' })
export class Notification {
  @Field(() => ID) id: string;
  @Field({
    description:
      "What happened: 'recommendation.<step>' (submit, startReview, endorse, …), 'poll.opened', 'poll.closed', 'poll.published', 'meeting.tomorrow', 'action.progress', 'action.overdue'. Unknown kinds may be added; show a generic sentence for them.",
  })
  kind: string;
  @Field({
    description:
      "What it is about, as stored: 'edition', 'group', 'recommendation', 'assembly' (see FollowSubjectType), or another module's own subject type.",
  })
  subjectType: string;
  @Field(() => ID) subjectId: string;
  @Field(() => ID, { nullable: true }) cooperativeId: string | null;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) readAt: Date | null;
  @Field() read: boolean;
  @Field(() => RecommendationStageEnum, { nullable: true, description: 'A recommendation step: the stage before.' })
  fromStage: RecommendationStage | null;
  @Field(() => RecommendationStageEnum, { nullable: true, description: 'A recommendation step: the stage after.' })
  toStage: RecommendationStage | null;
  @Field(() => String, { nullable: true, description: 'The reason given with the step, as written.' })
  reason: string | null;
  @Field(() => Date, { nullable: true, description: "meeting.tomorrow: the meeting's start." })
  startsAt: Date | null;
  @Field(() => ID, { nullable: true, description: 'poll.*: the poll; meeting.tomorrow: the meeting.' })
  relatedId: string | null;
  @Field({ description: "The kind's payload as JSON, for kinds this schema has no field for yet." })
  payloadJson: string;
  /** Who took the step (resolved to `actor`). */
  actorId: string | null;
  @Field(() => TranslatedText, { nullable: true, description: 'The title of the subject (null if it is gone).' })
  subjectTitle?: TranslatedText | null;
  @Field(() => Person, { nullable: true, description: 'Who took the step; null for reminders.' })
  actor?: Person | null;
}

@ObjectType()
export class NotificationPage {
  @Field(() => [Notification], { description: 'Newest first.' }) items: Notification[];
  @Field(() => Int, { description: "All of the viewer's notifications." }) totalCount: number;
  @Field(() => Int) unreadCount: number;
}

@ObjectType({ description: 'Whether the viewer follows a subject, and why.' })
export class FollowState {
  @Field(() => FollowSubjectTypeEnum) subjectType: FollowSubjectType;
  @Field(() => ID) subjectId: string;
  @Field() following: boolean;
  @Field(() => FollowReasonEnum, { nullable: true }) reason: FollowReason | null;
  @Field({
    description: "True when this is the viewer's own choice on this subject (not implied by a role or a parent).",
  })
  chosen: boolean;
  @Field(() => TranslatedText, { nullable: true }) subjectTitle?: TranslatedText | null;
}

@ObjectType()
export class NotificationSettings {
  @Field(() => EmailModeEnum) emailMode: EmailMode;
}
