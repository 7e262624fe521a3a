import { Field, ID, InputType } from '@nestjs/graphql';
import { IsISO8601, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

@InputType()
export class CreateBoardMeetingInput {
  @Field(() => ID) @IsUUID('all', { message: 'cooperativeId must be the id of a cooperative.' }) cooperativeId: string;

  @Field({ description: 'The date, YYYY-MM-DD.' })
  @IsISO8601({ strict: true }, { message: 'heldOn must be a date like 2016-05-12.' })
  heldOn: string;

  @Field()
  @IsString()
  @MinLength(1, { message: 'Give the board meeting a title.' })
  @MaxLength(200, { message: 'Keep the title under 200 characters.' })
  title: string;
}
