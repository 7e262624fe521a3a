import type { Language, MajorityRule, QuorumBasis, TranslatedTextValue, VotingWeightMode } from '@letscoop/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('cooperative')
export class CooperativeEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ unique: true }) slug: string;
  @Column() name: string;
  /** ISO 3166-1 alpha-2. */
  @Column({ length: 2 }) country: string;
  @Column('text', { array: true }) languages: Language[];
  @Column('jsonb') description: TranslatedTextValue;
  @Column('numeric', { name: 'quorum_percent', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  quorumPercent: number;
  @Column('text', { name: 'quorum_basis' }) quorumBasis: QuorumBasis;
  @Column('int', { name: 'proxy_cap_per_holder' }) proxyCapPerHolder: number;
  @Column('text', { name: 'default_majority' }) defaultMajority: MajorityRule;
  @Column({ name: 'abstentions_count' }) abstentionsCount: boolean;
  @Column('text', { name: 'voting_weight_mode' }) votingWeightMode: VotingWeightMode;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
