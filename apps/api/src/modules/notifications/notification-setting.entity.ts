import type { EmailMode } from '@letscoop/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** How a person wants notifications by e-mail; no row means the default (a daily digest). */
@Entity('notification_setting')
export class NotificationSettingEntity {
  @PrimaryColumn('uuid', { name: 'person_id' }) personId: string;
  @Column('text', { name: 'email_mode' }) emailMode: EmailMode;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt: Date;
}
