import type { StakeholderCategory } from '@letscoop/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A person's shareholding in one cooperative (a line of the share register). */
@Entity('membership')
export class MembershipEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'person_id' }) personId: string;
  @Column('uuid', { name: 'cooperative_id' }) cooperativeId: string;
  @Column('text') category: StakeholderCategory;
  @Column('int') shares: number;
  @Column({ name: 'share_class' }) shareClass: string;
  @Column('uuid', { name: 'branch_id', nullable: true }) branchId: string | null;
  @Column('date', { name: 'joined_on' }) joinedOn: string;
  @Column('date', { name: 'left_on', nullable: true }) leftOn: string | null;
}
