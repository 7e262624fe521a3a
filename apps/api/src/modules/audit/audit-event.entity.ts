import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Append-only: a trigger in the database refuses UPDATE, DELETE and TRUNCATE. */
@Entity('audit_event')
export class AuditEventEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' }) id: string;
  @Column('timestamptz', { name: 'occurred_at', default: () => 'now()' }) occurredAt: Date;
  @Column('uuid', { name: 'actor_id', nullable: true }) actorId: string | null;
  @Column() action: string;
  @Column({ name: 'subject_type' }) subjectType: string;
  @Column({ name: 'subject_id' }) subjectId: string;
  @Column('uuid', { name: 'cooperative_id', nullable: true }) cooperativeId: string | null;
  @Column('text', { nullable: true }) reason: string | null;
  @Column('jsonb', { nullable: true }) before: Record<string, unknown> | null;
  @Column('jsonb', { nullable: true }) after: Record<string, unknown> | null;
}
