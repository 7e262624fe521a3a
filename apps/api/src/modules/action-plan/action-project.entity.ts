import type { TranslatedTextValue } from '@letscoop/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A project inside a programme; its actions are what directorates and staff carry out. */
@Entity('action_project')
export class ActionProjectEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'cooperative_id' }) cooperativeId: string;
  @Column('uuid', { name: 'programme_id' }) programmeId: string;
  @Column('jsonb') title: TranslatedTextValue;
  @Column('jsonb', { nullable: true }) description: TranslatedTextValue | null;
  /** The project of a default programme where adopted proposals wait to be placed. */
  @Column('boolean', { name: 'is_default' }) isDefault: boolean;
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy: string | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
}
