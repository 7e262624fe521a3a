import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A signed-in browser. Only the SHA-256 of the cookie's token is stored. */
@Entity('session')
export class SessionEntity {
  @PrimaryColumn({ name: 'token_hash' }) tokenHash: string;
  @Column('uuid', { name: 'person_id' }) personId: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column('timestamptz', { name: 'expires_at' }) expiresAt: Date;
}
