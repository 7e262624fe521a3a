import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

@InputType()
export class SubmitRecommendationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'recommendationId must be the id of a recommendation.' })
  recommendationId: string;
  @Field(() => ID, { description: 'The group meeting where the group adopted it.' })
  @IsUUID('all', {
    message: 'meetingId must be the id of the group meeting where the group adopted the recommendation.',
  })
  meetingId: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000, { message: 'Keep the reason under 5,000 characters.' })
  reason?: string | null;
}
