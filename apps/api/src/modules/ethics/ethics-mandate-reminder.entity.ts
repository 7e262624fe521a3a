import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The secretariat was reminded that this mandate ends: once per mandate and end date (primary key). */
@Entity('ethics_mandate_reminder')
export class EthicsMandateReminderEntity {
  @PrimaryColumn('uuid', { name: 'office_id' }) officeId: string;
  @PrimaryColumn('date', { name: 'ends_on' }) endsOn: string;
  @Column('timestamptz', { name: 'reminded_at' }) remindedAt: Date;
  @Column('int') recipients: number;
}
