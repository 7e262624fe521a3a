import type { EthicsOpinionStatus, EthicsStance, EthicsSubjectKind, TranslatedTextValue } from '@letscoop/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An advisory opinion of the ethics committee, on an agenda item or on a member's activity. */
@Entity('ethics_opinion')
export class EthicsOpinionEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'cooperative_id' }) cooperativeId: string;
  @Column('text', { name: 'subject_kind' }) subjectKind: EthicsSubjectKind;
  @Column('uuid', { name: 'agenda_item_id', nullable: true }) agendaItemId: string | null;
  @Column('jsonb', { nullable: true }) activity: TranslatedTextValue | null;
  @Column('uuid', { name: 'activity_person_id', nullable: true }) activityPersonId: string | null;
  @Column('text') status: EthicsOpinionStatus;
  @Column('jsonb', { nullable: true }) conclusion: TranslatedTextValue | null;
  @Column('text', { nullable: true }) stance: EthicsStance | null;
  @Column('uuid', { name: 'created_by' }) createdBy: string;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
  @Column('uuid', { name: 'updated_by' }) updatedBy: string;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt: Date;
  @Column('uuid', { name: 'published_by', nullable: true }) publishedBy: string | null;
  @Column('timestamptz', { name: 'published_at', nullable: true }) publishedAt: Date | null;
}
