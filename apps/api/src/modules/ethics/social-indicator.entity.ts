import type { TranslatedTextValue } from '@letscoop/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A social impact indicator: what is measured, in which unit, and how. */
@Entity('social_indicator')
export class SocialIndicatorEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'cooperative_id' }) cooperativeId: string;
  @Column('jsonb') name: TranslatedTextValue;
  @Column('jsonb') unit: TranslatedTextValue;
  @Column('jsonb') method: TranslatedTextValue;
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy: string | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
}
