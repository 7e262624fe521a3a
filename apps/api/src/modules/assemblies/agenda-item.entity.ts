import type { CollegeWeights, MajorityRule, QuorumBasis, TranslatedTextValue, VotingWeightMode } from '@letscoop/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { AgendaItemKind, ElectionMethod, SeatBody } from '@letscoop/domain';

const numeric = { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

/** One item of an assembly's agenda: a motion, an election, or information (no vote). */
@Entity('agenda_item')
export class AgendaItemEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'assembly_id' }) assemblyId: string;
  @Column('int') position: number;
  @Column('text') kind: AgendaItemKind;
  @Column('jsonb') title: TranslatedTextValue;
  @Column('jsonb', { nullable: true }) body: TranslatedTextValue | null;
  @Column('uuid', { name: 'action_proposal_id', nullable: true }) actionProposalId: string | null;
  @Column('text', { name: 'majority_rule', nullable: true }) majorityRule: MajorityRule | null;
  @Column('boolean', { name: 'abstentions_count', nullable: true }) abstentionsCount: boolean | null;
  @Column('numeric', { name: 'quorum_percent', nullable: true, transformer: numeric }) quorumPercent: number | null;
  @Column('text', { name: 'quorum_basis', nullable: true }) quorumBasis: QuorumBasis | null;
  @Column('text', { name: 'weight_mode', nullable: true }) weightMode: VotingWeightMode | null;
  @Column('jsonb', { name: 'college_weights', nullable: true }) collegeWeights: CollegeWeights | null;
  @Column('int', { nullable: true }) seats: number | null;
  @Column('text', { name: 'election_method', nullable: true }) electionMethod: ElectionMethod | null;
  @Column('text', { name: 'fills_seats_of', nullable: true }) fillsSeatsOf: SeatBody | null;
  @Column('boolean') secret: boolean;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
}
