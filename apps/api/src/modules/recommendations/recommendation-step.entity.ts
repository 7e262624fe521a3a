import type { CycleTransition, RecommendationStage } from '@letscoop/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One step of the cycle: who, when, why, the board vote; append-only. */
@Entity('recommendation_step')
export class RecommendationStepEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'recommendation_id' }) recommendationId: string;
  @Column('text') transition: CycleTransition;
  @Column('text', { name: 'from_stage' }) fromStage: RecommendationStage;
  @Column('text', { name: 'to_stage' }) toStage: RecommendationStage;
  @Column('uuid', { name: 'actor_id', nullable: true }) actorId: string | null;
  @Column('text', { nullable: true }) reason: string | null;
  @Column('uuid', { name: 'group_meeting_id', nullable: true }) groupMeetingId: string | null;
  @Column('uuid', { name: 'board_meeting_id', nullable: true }) boardMeetingId: string | null;
  @Column('int', { name: 'votes_in_favour', nullable: true }) votesInFavour: number | null;
  @Column('int', { name: 'votes_against', nullable: true }) votesAgainst: number | null;
  @Column('int', { name: 'votes_abstaining', nullable: true }) votesAbstaining: number | null;
  @Column('uuid', { name: 'conflicted_ids', array: true }) conflictedIds: string[];
  @Column('uuid', { name: 'version_id', nullable: true }) versionId: string | null;
  @Column('uuid', { name: 'merged_into_id', nullable: true }) mergedIntoId: string | null;
  @Column('timestamptz', { name: 'occurred_at' }) occurredAt: Date;
}
