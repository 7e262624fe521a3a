import type { Language } from '@letscoop/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Someone with an account. The password hash never leaves this entity (see person.model.ts). */
@Entity('person')
export class PersonEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** Stored lower-cased; unique. */
  @Column({ unique: true }) email: string;
  @Column({ name: 'display_name' }) displayName: string;
  /** Lower-cased, accents removed (see searchable()): member search matches this. */
  @Column({ name: 'search_name' }) searchName: string;
  @Column('text', { name: 'preferred_language' }) preferredLanguage: Language;
  /** argon2id; null until the person sets a password (imported members). */
  @Column('text', { name: 'password_hash', nullable: true }) passwordHash: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
