import type { RecommendationStage } from '@letscoop/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A working group's recommendation; its texts are versions, its path is steps. */
@Entity('recommendation')
export class RecommendationEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'cooperative_id' }) cooperativeId: string;
  @Column('uuid', { name: 'edition_id' }) editionId: string;
  @Column('uuid', { name: 'group_id' }) groupId: string;
  @Column('text') stage: RecommendationStage;
  @Column('uuid', { name: 'merged_into_id', nullable: true }) mergedIntoId: string | null;
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy: string | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
  @Column('timestamptz', { name: 'stage_changed_at' }) stageChangedAt: Date;
}
