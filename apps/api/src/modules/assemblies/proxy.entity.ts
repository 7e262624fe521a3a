import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A written proxy from one entitled member to another, for one assembly; revoked rows stay. */
@Entity('proxy')
export class ProxyEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'assembly_id' }) assemblyId: string;
  @Column('uuid', { name: 'grantor_id' }) grantorId: string;
  @Column('uuid', { name: 'holder_id' }) holderId: string;
  @Column('timestamptz', { name: 'granted_at' }) grantedAt: Date;
  @Column('uuid', { name: 'granted_by' }) grantedBy: string;
  @Column('timestamptz', { name: 'revoked_at', nullable: true }) revokedAt: Date | null;
  @Column('uuid', { name: 'revoked_by', nullable: true }) revokedBy: string | null;
}
