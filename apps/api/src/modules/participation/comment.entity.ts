import type { CommentSubjectType, Language } from '@letscoop/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A threaded comment; a moderator may hide it with a reason, and the trace stays. */
@Entity('comment')
export class CommentEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'cooperative_id' }) cooperativeId: string;
  @Column('text', { name: 'subject_type' }) subjectType: CommentSubjectType;
  @Column('uuid', { name: 'subject_id' }) subjectId: string;
  @Column('uuid', { name: 'parent_id', nullable: true }) parentId: string | null;
  @Column('uuid', { name: 'author_id' }) authorId: string;
  @Column('text') body: string;
  @Column('text') language: Language;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
  @Column('timestamptz', { name: 'hidden_at', nullable: true }) hiddenAt: Date | null;
  @Column('uuid', { name: 'hidden_by', nullable: true }) hiddenBy: string | null;
  @Column('text', { name: 'hidden_reason', nullable: true }) hiddenReason: string | null;
}
