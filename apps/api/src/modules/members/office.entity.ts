import type { OfficeKind } from '@letscoop/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A mandate with a term: board member, managing director, secretariat, ethics committee, staff. */
@Entity('office')
export class OfficeEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'person_id' }) personId: string;
  @Column('uuid', { name: 'cooperative_id' }) cooperativeId: string;
  @Column('text') kind: OfficeKind;
  @Column('date', { name: 'starts_on' }) startsOn: string;
  @Column('date', { name: 'ends_on', nullable: true }) endsOn: string | null;
}
