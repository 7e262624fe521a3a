import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A board member's note while reviewing. */
@Entity('review_note')
export class ReviewNoteEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'recommendation_id' }) recommendationId: string;
  @Column('uuid', { name: 'author_id' }) authorId: string;
  @Column('text') body: string;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
}
