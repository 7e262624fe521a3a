import type { TranslatedTextValue } from '@letscoop/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A dated progress update by the action's owner, with the progress at that time; append-only. */
@Entity('action_update')
export class ActionUpdateEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'action_id' }) actionId: string;
  @Column('jsonb') body: TranslatedTextValue;
  @Column('int') progress: number;
  @Column('uuid', { name: 'author_id', nullable: true }) authorId: string | null;
  @Column('timestamptz', { name: 'posted_at' }) postedAt: Date;
}
