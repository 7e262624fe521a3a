import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A local branch ("antenne") where small talks are hosted. */
@Entity('branch')
export class BranchEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'cooperative_id' }) cooperativeId: string;
  @Column() name: string;
  @Column() city: string;
}
