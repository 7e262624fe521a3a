import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Up to when a reminder job has looked for changes (the poll job: status changes since its last run). */
@Entity('reminder_watermark')
export class ReminderWatermarkEntity {
  @PrimaryColumn('text') job: string;
  @Column('timestamptz', { name: 'checked_until' }) checkedUntil: Date;
}
