import type { TranslatedTextValue } from '@letscoop/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

const numeric = { to: (v: number) => v, from: (v: string) => Number(v) };

/** The value an indicator measured over one year (one per year). */
@Entity('social_indicator_value')
export class SocialIndicatorValueEntity {
  @PrimaryColumn('uuid', { name: 'indicator_id' }) indicatorId: string;
  @PrimaryColumn('int') year: number;
  @Column('numeric', { transformer: numeric }) value: number;
  @Column('jsonb', { nullable: true }) note: TranslatedTextValue | null;
  @Column('uuid', { name: 'recorded_by', nullable: true }) recordedBy: string | null;
  @Column('timestamptz', { name: 'recorded_at' }) recordedAt: Date;
}
