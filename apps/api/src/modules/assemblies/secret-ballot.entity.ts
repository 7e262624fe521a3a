import type { BallotChoice, StakeholderCategory } from '@letscoop/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A secret ballot: a random id, what was voted, the weight and college the tally needs, and the
 * receipt its voter was given. No voter, no caster, no time: who voted is in poll_participation,
 * and nothing links the two. Rows are immutable.
 */
@Entity('secret_ballot')
export class SecretBallotEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'poll_id' }) pollId: string;
  @Column('text', { nullable: true }) choice: BallotChoice | null;
  @Column('uuid', { array: true, nullable: true }) approvals: string[] | null;
  @Column('int') weight: number;
  @Column('text') college: StakeholderCategory;
  @Column('text') receipt: string;
}
