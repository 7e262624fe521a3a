import type { TranslatedTextValue, WritingAuthorKind } from '@letscoop/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An essay invited from outside: submitted, then accepted or declined by the coordinators. */
@Entity('writing')
export class WritingEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'cooperative_id' }) cooperativeId: string;
  @Column('uuid', { name: 'edition_id' }) editionId: string;
  @Column('uuid', { name: 'group_id', nullable: true }) groupId: string | null;
  @Column('text', { name: 'author_name' }) authorName: string;
  @Column('text', { name: 'author_kind' }) authorKind: WritingAuthorKind;
  @Column('jsonb') title: TranslatedTextValue;
  @Column('jsonb') body: TranslatedTextValue;
  @Column('text') status: 'SUBMITTED' | 'ACCEPTED' | 'DECLINED';
  @Column('uuid', { name: 'submitted_by', nullable: true }) submittedBy: string | null;
  @Column('timestamptz', { name: 'submitted_at' }) submittedAt: Date;
  @Column('uuid', { name: 'decided_by', nullable: true }) decidedBy: string | null;
  @Column('timestamptz', { name: 'decided_at', nullable: true }) decidedAt: Date | null;
  @Column('text', { name: 'decision_reason', nullable: true }) decisionReason: string | null;
}
