import type { EthicsCriterion, EthicsRating, TranslatedTextValue } from '@letscoop/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The committee's finding on one of the three criteria of the statutes. */
@Entity('ethics_finding')
export class EthicsFindingEntity {
  @PrimaryColumn('uuid', { name: 'opinion_id' }) opinionId: string;
  @PrimaryColumn('text') criterion: EthicsCriterion;
  @Column('text') rating: EthicsRating;
  @Column('jsonb', { nullable: true }) text: TranslatedTextValue | null;
}
