import { Entity, PrimaryColumn } from 'typeorm';

/** A co-author of a recommendation. */
@Entity('recommendation_author')
export class RecommendationAuthorEntity {
  @PrimaryColumn('uuid', { name: 'recommendation_id' }) recommendationId: string;
  @PrimaryColumn('uuid', { name: 'person_id' }) personId: string;
}
