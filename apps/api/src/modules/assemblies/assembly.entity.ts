import type { QuorumBasis, TranslatedTextValue } from '@letscoop/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { AssemblyKind, AssemblyStatus } from '@letscoop/domain';

const numeric = { to: (v: number) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

/** A general assembly: convened by the board, with the quorum and proxy cap frozen at convocation. */
@Entity('assembly')
export class AssemblyEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'cooperative_id' }) cooperativeId: string;
  @Column('text') kind: AssemblyKind;
  @Column('jsonb') title: TranslatedTextValue;
  @Column('timestamptz', { name: 'starts_at' }) startsAt: Date;
  @Column('timestamptz', { name: 'ends_at', nullable: true }) endsAt: Date | null;
  @Column('text', { nullable: true }) place: string | null;
  @Column('text', { name: 'online_url', nullable: true }) onlineUrl: string | null;
  @Column('text') status: AssemblyStatus;
  @Column('numeric', { name: 'quorum_percent', transformer: numeric }) quorumPercent: number;
  @Column('text', { name: 'quorum_basis' }) quorumBasis: QuorumBasis;
  @Column('int', { name: 'proxy_cap' }) proxyCap: number;
  @Column('date', { name: 'record_date', nullable: true }) recordDate: string | null;
  @Column('timestamptz', { name: 'convened_at', nullable: true }) convenedAt: Date | null;
  @Column('uuid', { name: 'convened_by', nullable: true }) convenedBy: string | null;
  @Column('timestamptz', { name: 'proxies_frozen_at', nullable: true }) proxiesFrozenAt: Date | null;
  @Column('timestamptz', { name: 'opened_at', nullable: true }) openedAt: Date | null;
  @Column('timestamptz', { name: 'closed_at', nullable: true }) closedAt: Date | null;
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy: string | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
}
