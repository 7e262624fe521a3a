import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AttendanceMode } from '@letscoop/domain';

/** A voter checked in: by the secretariat in the room, or by themselves online. */
@Entity('assembly_attendance')
export class AttendanceEntity {
  @PrimaryColumn('uuid', { name: 'assembly_id' }) assemblyId: string;
  @PrimaryColumn('uuid', { name: 'person_id' }) personId: string;
  @Column('text') mode: AttendanceMode;
  @Column('timestamptz', { name: 'checked_in_at' }) checkedInAt: Date;
  @Column('uuid', { name: 'checked_in_by' }) checkedInBy: string;
}
