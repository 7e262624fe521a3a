import type { TranslatedTextValue } from '@letscoop/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One saved text of a recommendation; append-only, so the group's text survives the board's amendment. */
@Entity('recommendation_version')
export class RecommendationVersionEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'recommendation_id' }) recommendationId: string;
  @Column('int') number: number;
  @Column('text', { name: 'authored_by' }) authoredBy: 'GROUP' | 'BOARD';
  @Column('jsonb') title: TranslatedTextValue;
  @Column('jsonb') body: TranslatedTextValue;
  @Column('jsonb', { nullable: true }) rationale: TranslatedTextValue | null;
  @Column('jsonb', { name: 'expected_outcome', nullable: true }) expectedOutcome: TranslatedTextValue | null;
  @Column('text', { name: 'proposed_owner', nullable: true }) proposedOwner: string | null;
  @Column('jsonb', { name: 'success_indicator', nullable: true }) successIndicator: TranslatedTextValue | null;
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy: string | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
}
