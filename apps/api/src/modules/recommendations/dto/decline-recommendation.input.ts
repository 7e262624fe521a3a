import { InputType } from '@nestjs/graphql';
import { BoardDecisionFields } from './board-decision.input.js';

@InputType({ description: 'Declining needs a reason: every member of the cooperative reads it.' })
export class DeclineRecommendationInput extends BoardDecisionFields {}
