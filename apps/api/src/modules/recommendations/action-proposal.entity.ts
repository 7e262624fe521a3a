import type { ActionProposalStatus, TranslatedTextValue } from '@letscoop/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A concrete action the board puts to the assembly, made from a recommendation. */
@Entity('action_proposal')
export class ActionProposalEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'cooperative_id' }) cooperativeId: string;
  @Column('uuid', { name: 'recommendation_id' }) recommendationId: string;
  @Column('int') number: number;
  @Column('jsonb') title: TranslatedTextValue;
  @Column('jsonb') body: TranslatedTextValue;
  @Column('text', { name: 'proposed_owner', nullable: true }) proposedOwner: string | null;
  @Column('bigint', { name: 'budget_estimate_cents', nullable: true }) budgetEstimateCents: string | null;
  @Column('text') status: ActionProposalStatus;
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy: string | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
}
