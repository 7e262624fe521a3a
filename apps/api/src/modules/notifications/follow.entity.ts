import type { FollowSubjectType } from '@letscoop/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A person's own choice on a subject: follow, or unfollow (which silences an implicit follow,
 * e.g. a group member who no longer wants to hear of one recommendation).
 */
@Entity('follow')
export class FollowEntity {
  @PrimaryColumn('uuid', { name: 'person_id' }) personId: string;
  @PrimaryColumn('text', { name: 'subject_type' }) subjectType: FollowSubjectType;
  @PrimaryColumn('uuid', { name: 'subject_id' }) subjectId: string;
  @Column('boolean') following: boolean;
  @Column('timestamptz', { name: 'chosen_at' }) chosenAt: Date;
}
