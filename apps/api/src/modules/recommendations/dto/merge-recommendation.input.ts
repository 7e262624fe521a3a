import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { BoardDecisionFields } from './board-decision.input.js';

@InputType()
export class MergeRecommendationInput extends BoardDecisionFields {
  @Field(() => ID, { description: 'The recommendation of the same edition it is merged into.' })
  @IsUUID('all', { message: 'intoRecommendationId must be the id of a recommendation.' })
  intoRecommendationId: string;
}
