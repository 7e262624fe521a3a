import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

@InputType({ description: "The board's questions to the group; the recommendation goes back to draft." })
export class SendBackRecommendationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'recommendationId must be the id of a recommendation.' })
  recommendationId: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000, { message: 'Keep the reason under 5,000 characters.' })
  reason?: string | null;
}
