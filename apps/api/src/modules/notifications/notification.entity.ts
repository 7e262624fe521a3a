import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Something a person should know (a step on a recommendation they follow, a poll opening, …). */
@Entity('notification')
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'person_id' }) personId: string;
  /** Null on rows written before cooperatives were recorded on notifications. */
  @Column('uuid', { name: 'cooperative_id', nullable: true }) cooperativeId: string | null;
  @Column('text') kind: string;
  /** edition, group, recommendation or assembly (followable), or another module's own subject type. */
  @Column('text', { name: 'subject_type' }) subjectType: string;
  @Column('uuid', { name: 'subject_id' }) subjectId: string;
  @Column('jsonb') payload: Record<string, unknown>;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
  @Column('timestamptz', { name: 'read_at', nullable: true }) readAt: Date | null;
}
