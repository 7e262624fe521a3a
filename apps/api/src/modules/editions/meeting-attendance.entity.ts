import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Who was at a meeting. */
@Entity('meeting_attendance')
export class MeetingAttendanceEntity {
  @PrimaryColumn('uuid', { name: 'meeting_id' }) meetingId: string;
  @PrimaryColumn('uuid', { name: 'person_id' }) personId: string;
  @Column('boolean') present: boolean;
}
