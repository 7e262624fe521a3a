import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { PollMethod, PollStatus } from '@letscoop/domain';

/** The vote on one agenda item: draft → open → closed → published; its result frozen at close. */
@Entity('poll')
export class PollEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'assembly_id' }) assemblyId: string;
  @Column('uuid', { name: 'agenda_item_id' }) agendaItemId: string;
  @Column('text') method: PollMethod;
  @Column('boolean') secret: boolean;
  @Column('text') status: PollStatus;
  @Column('timestamptz', { name: 'opened_at', nullable: true }) openedAt: Date | null;
  @Column('uuid', { name: 'opened_by', nullable: true }) openedBy: string | null;
  @Column('timestamptz', { name: 'closed_at', nullable: true }) closedAt: Date | null;
  @Column('uuid', { name: 'closed_by', nullable: true }) closedBy: string | null;
  @Column('timestamptz', { name: 'published_at', nullable: true }) publishedAt: Date | null;
  @Column('uuid', { name: 'published_by', nullable: true }) publishedBy: string | null;
  /** Frozen at close (see PollResult); null before. */
  @Column('jsonb', { nullable: true }) result: Record<string, unknown> | null;
}
