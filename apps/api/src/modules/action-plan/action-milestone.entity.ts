import type { TranslatedTextValue } from '@letscoop/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A dated step of an action: due on a day, done on another (or not yet). */
@Entity('action_milestone')
export class ActionMilestoneEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'action_id' }) actionId: string;
  @Column('jsonb') title: TranslatedTextValue;
  /** yyyy-mm-dd */
  @Column('date', { name: 'due_on' }) dueOn: string;
  @Column('date', { name: 'done_on', nullable: true }) doneOn: string | null;
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy: string | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
}
