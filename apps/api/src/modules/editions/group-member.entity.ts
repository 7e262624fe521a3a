import type { GroupRole } from '@letscoop/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A person in a working group, with their role; joining starts as a request a lead accepts. */
@Entity('group_member')
export class GroupMemberEntity {
  @PrimaryColumn('uuid', { name: 'group_id' }) groupId: string;
  @PrimaryColumn('uuid', { name: 'person_id' }) personId: string;
  @Column('text') role: GroupRole;
  @Column('text') status: 'REQUESTED' | 'ACTIVE';
  @Column('timestamptz', { name: 'requested_at' }) requestedAt: Date;
  @Column('timestamptz', { name: 'accepted_at', nullable: true }) acceptedAt: Date | null;
  @Column('uuid', { name: 'accepted_by', nullable: true }) acceptedBy: string | null;
}
