import { InputType } from '@nestjs/graphql';
import { BoardDecisionFields } from './board-decision.input.js';

@InputType()
export class EndorseRecommendationInput extends BoardDecisionFields {}
