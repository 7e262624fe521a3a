import type { TranslatedTextValue } from '@letscoop/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A working group: one theme of an edition, framed by a question. */
@Entity('working_group')
export class WorkingGroupEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'edition_id' }) editionId: string;
  @Column('uuid', { name: 'cooperative_id' }) cooperativeId: string;
  @Column('jsonb') theme: TranslatedTextValue;
  @Column('jsonb') question: TranslatedTextValue;
  @Column('jsonb') description: TranslatedTextValue;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
}
