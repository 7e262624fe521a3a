import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The daily digest sent to a person on a day; its primary key makes it once a day. */
@Entity('digest_run')
export class DigestRunEntity {
  @PrimaryColumn('uuid', { name: 'person_id' }) personId: string;
  @PrimaryColumn('date') day: string;
  @Column('timestamptz', { name: 'covered_from' }) coveredFrom: Date;
  @Column('timestamptz', { name: 'covered_until' }) coveredUntil: Date;
  @Column('int', { name: 'notification_count' }) notificationCount: number;
  @Column('timestamptz', { name: 'sent_at' }) sentAt: Date;
}
