import type { TranslatedTextValue } from '@letscoop/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A working group's meeting: agenda, guests, attendance, documents, minutes. */
@Entity('meeting')
export class MeetingEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'group_id' }) groupId: string;
  @Column('timestamptz', { name: 'starts_at' }) startsAt: Date;
  @Column('timestamptz', { name: 'ends_at', nullable: true }) endsAt: Date | null;
  @Column('text', { nullable: true }) place: string | null;
  @Column('text', { name: 'online_url', nullable: true }) onlineUrl: string | null;
  @Column('jsonb') agenda: TranslatedTextValue;
  @Column('jsonb') guests: { name: string; role: string }[];
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy: string | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
}
