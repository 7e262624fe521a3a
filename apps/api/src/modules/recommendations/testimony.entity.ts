import type { TranslatedTextValue } from '@letscoop/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A quote of a member supporting a recommendation. */
@Entity('testimony')
export class TestimonyEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'recommendation_id' }) recommendationId: string;
  @Column('jsonb') quote: TranslatedTextValue;
  @Column('text', { name: 'attributed_to' }) attributedTo: string;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
}
