import { Field, ID, InputType } from '@nestjs/graphql';
import { IsString, IsUUID, Matches, MaxLength } from 'class-validator';

@InputType()
export class ReportCommentInput {
  @Field(() => ID) @IsUUID('all', { message: 'commentId must be the id of a comment.' }) commentId: string;

  @Field({ description: 'Why the moderators should look at it.' })
  @IsString()
  @Matches(/\S/, { message: 'Say why you report this comment, so the moderators can judge.' })
  @MaxLength(2000, { message: 'Keep the reason under 2,000 characters.' })
  reason: string;
}
