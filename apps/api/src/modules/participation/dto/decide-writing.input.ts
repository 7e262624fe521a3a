import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

@InputType()
export class DecideWritingInput {
  @Field(() => ID) @IsUUID('all', { message: 'writingId must be the id of a writing.' }) writingId: string;

  @Field({ description: 'true: shown on the theme; false: declined (give a reason).' }) @IsBoolean() accept: boolean;

  @Field(() => String, { nullable: true, description: 'Required to decline: the submitter will read it.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: 'Keep the reason under 2,000 characters.' })
  reason?: string | null;
}
