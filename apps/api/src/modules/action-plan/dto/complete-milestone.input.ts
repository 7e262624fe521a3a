import { Field, ID, InputType } from '@nestjs/graphql';
import { IsISO8601, IsOptional, IsUUID, Matches } from 'class-validator';

@InputType()
export class CompleteMilestoneInput {
  @Field(() => ID) @IsUUID('all', { message: 'milestoneId must be the id of a milestone.' }) milestoneId: string;
  @Field(() => String, { nullable: true, description: 'yyyy-mm-dd; today when left out.' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'doneOn must be a date like 2017-06-30.' })
  @IsISO8601({ strict: true }, { message: 'doneOn must be a date like 2017-06-30.' })
  doneOn?: string | null;
}
