import type { BallotChoice, StakeholderCategory } from '@letscoop/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A named ballot: whose vote it is (the voter) and who cast it (the voter, or the holder of their
 * proxy). The primary key (poll, voter) is what makes it one ballot per voter; rows are immutable.
 */
@Entity('ballot')
export class BallotEntity {
  @PrimaryColumn('uuid', { name: 'poll_id' }) pollId: string;
  @PrimaryColumn('uuid', { name: 'voter_id' }) voterId: string;
  @Column('uuid', { name: 'cast_by' }) castBy: string;
  /** MOTION polls. */
  @Column('text', { nullable: true }) choice: BallotChoice | null;
  /** APPROVAL polls: the candidates approved (empty: a blank ballot). */
  @Column('uuid', { array: true, nullable: true }) approvals: string[] | null;
  @Column('int') weight: number;
  @Column('text') college: StakeholderCategory;
  @Column('text') receipt: string;
  @Column('timestamptz', { name: 'cast_at' }) castAt: Date;
}
