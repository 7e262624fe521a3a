import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A reminder that went out ('meeting.tomorrow:<id>', 'poll.opened:<id>'); its key makes it once. */
@Entity('reminder_sent')
export class ReminderSentEntity {
  @PrimaryColumn('text') key: string;
  @Column('timestamptz', { name: 'sent_at' }) sentAt: Date;
}
