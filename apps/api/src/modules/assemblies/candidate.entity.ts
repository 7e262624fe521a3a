import type { TranslatedTextValue } from '@letscoop/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A candidate in an election (board or ethics committee seats). */
@Entity('candidate')
export class CandidateEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'agenda_item_id' }) agendaItemId: string;
  @Column('uuid', { name: 'person_id', nullable: true }) personId: string | null;
  @Column('text') name: string;
  @Column('jsonb', { nullable: true }) statement: TranslatedTextValue | null;
  @Column('int') position: number;
}
