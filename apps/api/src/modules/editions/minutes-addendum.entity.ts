import type { TranslatedTextValue } from '@letscoop/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A correction to approved minutes. */
@Entity('minutes_addendum')
export class MinutesAddendumEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'minutes_id' }) minutesId: string;
  @Column('jsonb') text: TranslatedTextValue;
  @Column('uuid', { name: 'author_id', nullable: true }) authorId: string | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
}
