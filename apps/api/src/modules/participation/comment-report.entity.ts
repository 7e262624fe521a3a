import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A member reporting a comment to the moderators. */
@Entity('comment_report')
export class CommentReportEntity {
  @PrimaryColumn('uuid', { name: 'comment_id' }) commentId: string;
  @PrimaryColumn('uuid', { name: 'reporter_id' }) reporterId: string;
  @Column('text') reason: string;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
}
