import { InputType, IntersectionType } from '@nestjs/graphql';
import { BoardDecisionFields } from './board-decision.input.js';
import { RecommendationTextInput } from './recommendation-text.input.js';

@InputType({ description: "The board's text becomes a new version by the board; the group's text stays." })
export class AmendAndEndorseRecommendationInput extends IntersectionType(
  BoardDecisionFields,
  RecommendationTextInput,
) {}
