import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Who voted in a secret poll (and who cast it), apart from what they voted. Its primary key
 * (poll, voter) makes it one ballot per voter. Rows are immutable.
 */
@Entity('poll_participation')
export class PollParticipationEntity {
  @PrimaryColumn('uuid', { name: 'poll_id' }) pollId: string;
  @PrimaryColumn('uuid', { name: 'voter_id' }) voterId: string;
  @Column('uuid', { name: 'cast_by' }) castBy: string;
}
