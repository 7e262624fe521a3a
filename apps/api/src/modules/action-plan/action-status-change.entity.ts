import type { ActionStatus } from '@letscoop/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One status move of an action, with who, when and why; append-only. */
@Entity('action_status_change')
export class ActionStatusChangeEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'action_id' }) actionId: string;
  @Column('text', { name: 'from_status' }) fromStatus: ActionStatus;
  @Column('text', { name: 'to_status' }) toStatus: ActionStatus;
  @Column('text', { nullable: true }) reason: string | null;
  @Column('uuid', { name: 'actor_id', nullable: true }) actorId: string | null;
  @Column('timestamptz', { name: 'occurred_at' }) occurredAt: Date;
}
