import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A file of a working group or one of its meetings, stored in Postgres (at most 20 MB). */
@Entity('document')
export class DocumentEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'group_id' }) groupId: string;
  @Column('uuid', { name: 'meeting_id', nullable: true }) meetingId: string | null;
  @Column('text') filename: string;
  @Column('text', { name: 'mime_type' }) mimeType: string;
  @Column('int', { name: 'size_bytes' }) sizeBytes: number;
  @Column('text') sha256: string;
  @Column('bytea') content: Buffer;
  @Column('uuid', { name: 'uploaded_by', nullable: true }) uploadedBy: string | null;
  @Column('timestamptz', { name: 'uploaded_at' }) uploadedAt: Date;
}
