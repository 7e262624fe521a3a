import type { TranslatedTextValue } from '@letscoop/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A programme of the action plan: projects grouped under one aim (or an edition's default). */
@Entity('action_programme')
export class ActionProgrammeEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'cooperative_id' }) cooperativeId: string;
  @Column('jsonb') title: TranslatedTextValue;
  @Column('jsonb', { nullable: true }) description: TranslatedTextValue | null;
  /** Set on the programme that receives an edition's adopted proposals by default. */
  @Column('uuid', { name: 'default_for_edition_id', nullable: true }) defaultForEditionId: string | null;
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy: string | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
}
