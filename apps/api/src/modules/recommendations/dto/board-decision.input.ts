import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, ValidateNested } from 'class-validator';

@InputType()
export class BoardVoteInput {
  @Field(() => Int) @IsInt() @Min(0, { message: 'Vote counts cannot be negative.' }) inFavour: number;
  @Field(() => Int) @IsInt() @Min(0, { message: 'Vote counts cannot be negative.' }) against: number;
  @Field(() => Int) @IsInt() @Min(0, { message: 'Vote counts cannot be negative.' }) abstaining: number;
}

/** What every board decision records: the board meeting, the board's vote and why. */
@InputType({ isAbstract: true })
export class BoardDecisionFields {
  @Field(() => ID)
  @IsUUID('all', { message: 'recommendationId must be the id of a recommendation.' })
  recommendationId: string;
  @Field(() => ID, { description: 'The board meeting where this was decided.' })
  @IsUUID('all', { message: 'boardMeetingId must be the id of a board meeting.' })
  boardMeetingId: string;
  @Field(() => BoardVoteInput) @ValidateNested() @Type(() => BoardVoteInput) vote: BoardVoteInput;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000, { message: 'Keep the reason under 5,000 characters.' })
  reason?: string | null;
}
