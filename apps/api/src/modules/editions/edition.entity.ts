import type { EditionStatus, TranslatedTextValue } from '@letscoop/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An edition of the participatory process (2015/2016, …), launched by an assembly. */
@Entity('edition')
export class EditionEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'cooperative_id' }) cooperativeId: string;
  @Column('int') number: number;
  @Column('text') period: string;
  @Column('jsonb') title: TranslatedTextValue;
  @Column('text') status: EditionStatus;
  @Column('text', { name: 'launched_by', nullable: true }) launchedBy: string | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
}
