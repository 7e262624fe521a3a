import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A meeting of the board of directors, where review decisions are taken. */
@Entity('board_meeting')
export class BoardMeetingEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'cooperative_id' }) cooperativeId: string;
  @Column('date', { name: 'held_on' }) heldOn: string;
  @Column('text') title: string;
}
