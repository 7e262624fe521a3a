import { Field, ID, InputType } from '@nestjs/graphql';
import { IsString, IsUUID, Matches, MaxLength } from 'class-validator';

@InputType()
export class HideCommentInput {
  @Field(() => ID) @IsUUID('all', { message: 'commentId must be the id of a comment.' }) commentId: string;

  @Field({ description: 'Shown in the thread in place of the comment.' })
  @IsString()
  @Matches(/\S/, { message: 'Give the reason for hiding: it stays in the thread for every member to read.' })
  @MaxLength(2000, { message: 'Keep the reason under 2,000 characters.' })
  reason: string;
}
