import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Mail waits here until sent (SMTP) or, in demo mode, is read on the dev mailbox page. */
@Entity('outbox_email')
export class OutboxEmailEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'to_address' }) to: string;
  @Column() subject: string;
  @Column('text') body: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column('timestamptz', { name: 'sent_at', nullable: true }) sentAt: Date | null;
  @Column('text', { name: 'last_error', nullable: true }) lastError: string | null;
}
