import type { TranslatedTextValue } from '@letscoop/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Minutes of a meeting: draft, then approved by the leads; approved minutes are immutable (trigger). */
@Entity('minutes')
export class MinutesEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'meeting_id' }) meetingId: string;
  @Column('jsonb') text: TranslatedTextValue;
  @Column('text') status: 'DRAFT' | 'APPROVED';
  @Column('uuid', { name: 'written_by', nullable: true }) writtenBy: string | null;
  @Column('uuid', { name: 'approved_by', nullable: true }) approvedBy: string | null;
  @Column('timestamptz', { name: 'approved_at', nullable: true }) approvedAt: Date | null;
}
