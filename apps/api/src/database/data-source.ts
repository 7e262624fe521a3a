import { DataSource } from 'typeorm';
import { AgendaItemEntity } from '../modules/assemblies/agenda-item.entity.js';
import { AssemblyVoterEntity } from '../modules/assemblies/assembly-voter.entity.js';
import { AssemblyEntity } from '../modules/assemblies/assembly.entity.js';
import { AttendanceEntity } from '../modules/assemblies/attendance.entity.js';
import { CandidateEntity } from '../modules/assemblies/candidate.entity.js';
import { PollEntity } from '../modules/assemblies/poll.entity.js';
import { ProxyEntity } from '../modules/assemblies/proxy.entity.js';
import { AuditEventEntity } from '../modules/audit/audit-event.entity.js';
import { PasswordResetEntity } from '../modules/auth/password-reset.entity.js';
import { SessionEntity } from '../modules/auth/session.entity.js';
import { BranchEntity } from '../modules/cooperatives/branch.entity.js';
import { CooperativeEntity } from '../modules/cooperatives/cooperative.entity.js';
import { OutboxEmailEntity } from '../modules/mail/outbox-email.entity.js';
import { MembershipEntity } from '../modules/members/membership.entity.js';
import { OfficeEntity } from '../modules/members/office.entity.js';
import { PersonEntity } from '../modules/members/person.entity.js';
import { DocumentEntity } from '../modules/editions/document.entity.js';
import { EditionEntity } from '../modules/editions/edition.entity.js';
import { GroupMemberEntity } from '../modules/editions/group-member.entity.js';
import { MeetingAttendanceEntity } from '../modules/editions/meeting-attendance.entity.js';
import { MeetingEntity } from '../modules/editions/meeting.entity.js';
import { MinutesAddendumEntity } from '../modules/editions/minutes-addendum.entity.js';
import { MinutesEntity } from '../modules/editions/minutes.entity.js';
import { WorkingGroupEntity } from '../modules/editions/working-group.entity.js';
import { DigestRunEntity } from '../modules/notifications/digest-run.entity.js';
import { FollowEntity } from '../modules/notifications/follow.entity.js';
import { NotificationSettingEntity } from '../modules/notifications/notification-setting.entity.js';
import { NotificationEntity } from '../modules/notifications/notification.entity.js';
import { ReminderSentEntity } from '../modules/notifications/reminder-sent.entity.js';
import { ReminderWatermarkEntity } from '../modules/notifications/reminder-watermark.entity.js';
import { CommentReportEntity } from '../modules/participation/comment-report.entity.js';
import { CommentEntity } from '../modules/participation/comment.entity.js';
import { SmallTalkEntity } from '../modules/participation/small-talk.entity.js';
import { WritingEntity } from '../modules/participation/writing.entity.js';
import { ActionProposalEntity } from '../modules/recommendations/action-proposal.entity.js';
import { BoardMeetingEntity } from '../modules/recommendations/board-meeting.entity.js';
import { RecommendationAuthorEntity } from '../modules/recommendations/recommendation-author.entity.js';
import { RecommendationStepEntity } from '../modules/recommendations/recommendation-step.entity.js';
import { RecommendationVersionEntity } from '../modules/recommendations/recommendation-version.entity.js';
import { RecommendationEntity } from '../modules/recommendations/recommendation.entity.js';
import { ReviewNoteEntity } from '../modules/recommendations/review-note.entity.js';
import { TestimonyEntity } from '../modules/recommendations/testimony.entity.js';
import { Foundation1763884800000 } from './migrations/1763884800000-foundation.js';
import { DecisionCycle1763971200000 } from './migrations/1763971200000-decision-cycle.js';
import { AppSecret1764057600000 } from './migrations/1764057600000-app-secret.js';
import { Assemblies1764144000000 } from './migrations/1764144000000-assemblies.js';
import { Notifications1764403200000 } from './migrations/1764403200000-notifications.js';

// Listed explicitly (no globs): the same list works from src under Jest and from dist.
export const ENTITIES = [
  AgendaItemEntity,
  AssemblyEntity,
  AssemblyVoterEntity,
  AttendanceEntity,
  CandidateEntity,
  PollEntity,
  ProxyEntity,
  DocumentEntity,
  EditionEntity,
  GroupMemberEntity,
  MeetingAttendanceEntity,
  MeetingEntity,
  MinutesAddendumEntity,
  MinutesEntity,
  WorkingGroupEntity,
  NotificationEntity,
  FollowEntity,
  NotificationSettingEntity,
  DigestRunEntity,
  ReminderSentEntity,
  ReminderWatermarkEntity,
  CommentReportEntity,
  CommentEntity,
  SmallTalkEntity,
  WritingEntity,
  ActionProposalEntity,
  BoardMeetingEntity,
  RecommendationAuthorEntity,
  RecommendationStepEntity,
  RecommendationVersionEntity,
  RecommendationEntity,
  ReviewNoteEntity,
  TestimonyEntity,
  AuditEventEntity,
  BranchEntity,
  CooperativeEntity,
  MembershipEntity,
  OfficeEntity,
  OutboxEmailEntity,
  PasswordResetEntity,
  PersonEntity,
  SessionEntity,
];
export const MIGRATIONS = [
  Foundation1763884800000,
  DecisionCycle1763971200000,
  AppSecret1764057600000,
  Assemblies1764144000000,
  Notifications1764403200000,
];

export function createDataSource(url: string): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each',
    synchronize: false,
    extra: { max: Number(process.env.DB_POOL_SIZE ?? 20) },
  });
}
