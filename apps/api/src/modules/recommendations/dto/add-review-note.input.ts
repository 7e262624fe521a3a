import { Field, ID, InputType } from '@nestjs/graphql';
import { IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

@InputType()
export class AddReviewNoteInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'recommendationId must be the id of a recommendation.' })
  recommendationId: string;

  @Field()
  @IsString()
  @MinLength(1, { message: 'Write the note.' })
  @MaxLength(10000, { message: 'Keep the note under 10,000 characters.' })
  body: string;
}
