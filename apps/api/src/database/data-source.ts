import { DataSource } from 'typeorm';
import { ActionMilestoneEntity } from '../modules/action-plan/action-milestone.entity.js';
import { ActionProgrammeEntity } from '../modules/action-plan/action-programme.entity.js';
import { ActionProjectEntity } from '../modules/action-plan/action-project.entity.js';
import { ActionStatusChangeEntity } from '../modules/action-plan/action-status-change.entity.js';
import { ActionUpdateEntity } from '../modules/action-plan/action-update.entity.js';
import { ActionEntity } from '../modules/action-plan/action.entity.js';
import { AgendaItemEntity } from '../modules/assemblies/agenda-item.entity.js';
import { AssemblyVoterEntity } from '../modules/assemblies/assembly-voter.entity.js';
import { AssemblyEntity } from '../modules/assemblies/assembly.entity.js';
import { AttendanceEntity } from '../modules/assemblies/attendance.entity.js';
import { BallotEntity } from '../modules/assemblies/ballot.entity.js';
import { CandidateEntity } from '../modules/assemblies/candidate.entity.js';
import { PollParticipationEntity } from '../modules/assemblies/poll-participation.entity.js';
import { PollEntity } from '../modules/assemblies/poll.entity.js';
import { ProxyEntity } from '../modules/assemblies/proxy.entity.js';
import { SecretBallotEntity } from '../modules/assemblies/secret-ballot.entity.js';
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
import { EthicsFindingEntity } from '../modules/ethics/ethics-finding.entity.js';
import { EthicsMandateReminderEntity } from '../modules/ethics/ethics-mandate-reminder.entity.js';
import { EthicsOpinionEntity } from '../modules/ethics/ethics-opinion.entity.js';
import { EthicsSeatElectionEntity } from '../modules/ethics/ethics-seat-election.entity.js';
import { SocialIndicatorValueEntity } from '../modules/ethics/social-indicator-value.entity.js';
import { SocialIndicatorEntity } from '../modules/ethics/social-indicator.entity.js';
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
import { ActionPlan1764230400000 } from './migrations/1764230400000-action-plan.js';
import { Ethics1764316800000 } from './migrations/1764316800000-ethics.js';
import { Notifications1764403200000 } from './migrations/1764403200000-notifications.js';

// Listed explicitly (no globs): the same list works from src under Jest and from dist.
export const ENTITIES = [
  ActionEntity,
  ActionMilestoneEntity,
  ActionProgrammeEntity,
  ActionProjectEntity,
  ActionStatusChangeEntity,
  ActionUpdateEntity,
  AgendaItemEntity,
  AssemblyEntity,
  AssemblyVoterEntity,
  AttendanceEntity,
  CandidateEntity,
  PollEntity,
  ProxyEntity,
  BallotEntity,
  SecretBallotEntity,
  PollParticipationEntity,
  DocumentEntity,
  EditionEntity,
  GroupMemberEntity,
  MeetingAttendanceEntity,
  MeetingEntity,
  MinutesAddendumEntity,
  MinutesEntity,
  WorkingGroupEntity,
  EthicsFindingEntity,
  EthicsMandateReminderEntity,
  EthicsOpinionEntity,
  EthicsSeatElectionEntity,
  SocialIndicatorValueEntity,
  SocialIndicatorEntity,
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
  ActionPlan1764230400000,
  Ethics1764316800000,
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
