import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { FollowSubjectType } from '@letscoop/domain';

/** Something a person should know (a step on a recommendation they follow, a poll opening, …). */
@Entity('notification')
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'person_id' }) personId: string;
  /** Null on rows written before cooperatives were recorded on notifications. */
  @Column('uuid', { name: 'cooperative_id', nullable: true }) cooperativeId: string | null;
  @Column('text') kind: string;
  @Column('text', { name: 'subject_type' }) subjectType: FollowSubjectType;
  @Column('uuid', { name: 'subject_id' }) subjectId: string;
  @Column('jsonb') payload: Record<string, unknown>;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
  @Column('timestamptz', { name: 'read_at', nullable: true }) readAt: Date | null;
}
