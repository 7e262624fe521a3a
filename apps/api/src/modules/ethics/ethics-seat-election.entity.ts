import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A committee seat (an office row) filled by the result of an assembly election (a poll). */
@Entity('ethics_seat_election')
export class EthicsSeatElectionEntity {
  @PrimaryColumn('uuid', { name: 'office_id' }) officeId: string;
  @Column('uuid', { name: 'poll_id' }) pollId: string;
}
