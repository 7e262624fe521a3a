import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A one-time password reset token (stored hashed), valid one hour. */
@Entity('password_reset')
export class PasswordResetEntity {
  @PrimaryColumn({ name: 'token_hash' }) tokenHash: string;
  @Column('uuid', { name: 'person_id' }) personId: string;
  @Column('timestamptz', { name: 'expires_at' }) expiresAt: Date;
  @Column('timestamptz', { name: 'used_at', nullable: true }) usedAt: Date | null;
}
