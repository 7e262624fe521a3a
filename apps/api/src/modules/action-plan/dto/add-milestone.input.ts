import type { Language } from '@letscoop/domain';
import { Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsISO8601, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { LanguageEnum } from '../../../common/enums.js';

@InputType()
export class AddMilestoneInput {
  @Field(() => ID) @IsUUID('all', { message: 'actionId must be the id of an action.' }) actionId: string;
  @Field(() => LanguageEnum) @IsIn(Object.values(LanguageEnum), { message: 'Choose nl, fr or en.' }) language: Language;
  @Field()
  @IsString()
  @MinLength(3, { message: 'Give the milestone a title of at least 3 characters.' })
  @MaxLength(300, { message: 'Keep the title under 300 characters.' })
  title: string;
  @Field({ description: 'yyyy-mm-dd' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'dueOn must be a date like 2017-06-30.' })
  @IsISO8601({ strict: true }, { message: 'dueOn must be a date like 2017-06-30.' })
  dueOn: string;
}
