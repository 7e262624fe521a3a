import type { ActionStatus, TranslatedTextValue } from '@letscoop/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An action of the plan, usually an adopted action proposal; it can outlive its edition by years. */
@Entity('action')
export class ActionEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'cooperative_id' }) cooperativeId: string;
  @Column('uuid', { name: 'project_id' }) projectId: string;
  @Column('uuid', { name: 'action_proposal_id', nullable: true }) actionProposalId: string | null;
  @Column('uuid', { name: 'recommendation_id', nullable: true }) recommendationId: string | null;
  @Column('uuid', { name: 'edition_id', nullable: true }) editionId: string | null;
  @Column('jsonb') title: TranslatedTextValue;
  @Column('jsonb') description: TranslatedTextValue;
  @Column('text', { name: 'owner_unit', nullable: true }) ownerUnit: string | null;
  @Column('uuid', { name: 'owner_person_id', nullable: true }) ownerPersonId: string | null;
  @Column('text') status: ActionStatus;
  @Column('text', { name: 'status_reason', nullable: true }) statusReason: string | null;
  @Column('int') progress: number;
  @Column('timestamptz', { name: 'entered_at' }) enteredAt: Date;
  @Column('timestamptz', { name: 'status_changed_at' }) statusChangedAt: Date;
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy: string | null;
}
