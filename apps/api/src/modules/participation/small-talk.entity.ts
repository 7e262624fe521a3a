import type { TranslatedTextValue } from '@letscoop/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A debate at a local branch that feeds a theme. */
@Entity('small_talk')
export class SmallTalkEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'cooperative_id' }) cooperativeId: string;
  @Column('uuid', { name: 'edition_id' }) editionId: string;
  @Column('uuid', { name: 'group_id', nullable: true }) groupId: string | null;
  @Column('uuid', { name: 'branch_id', nullable: true }) branchId: string | null;
  @Column('uuid', { name: 'host_id', nullable: true }) hostId: string | null;
  @Column('date', { name: 'held_on' }) heldOn: string;
  @Column('jsonb') title: TranslatedTextValue;
  @Column('jsonb', { nullable: true }) report: TranslatedTextValue | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
}
