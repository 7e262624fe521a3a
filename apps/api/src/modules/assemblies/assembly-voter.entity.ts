import type { StakeholderCategory } from '@letscoop/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An entitled voter, frozen at convocation with the category and shares their weight reads. */
@Entity('assembly_voter')
export class AssemblyVoterEntity {
  @PrimaryColumn('uuid', { name: 'assembly_id' }) assemblyId: string;
  @PrimaryColumn('uuid', { name: 'person_id' }) personId: string;
  @Column('text') category: StakeholderCategory;
  @Column('int') shares: number;
}
