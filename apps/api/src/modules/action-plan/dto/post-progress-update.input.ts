import type { Language } from '@letscoop/domain';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsIn, IsInt, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { LanguageEnum } from '../../../common/enums.js';

@InputType()
export class PostProgressUpdateInput {
  @Field(() => ID) @IsUUID('all', { message: 'actionId must be the id of an action.' }) actionId: string;
  @Field(() => LanguageEnum) @IsIn(Object.values(LanguageEnum), { message: 'Choose nl, fr or en.' }) language: Language;
  @Field({ description: 'What was done since the last update.' })
  @IsString()
  @MinLength(3, { message: 'Say in a few words what was done.' })
  @MaxLength(10000, { message: 'Keep the update under 10,000 characters.' })
  text: string;
  @Field(() => Int, { description: 'The progress now, 0–100.' })
  @IsInt({ message: 'Progress is a whole percentage.' })
  @Min(0, { message: 'Progress is at least 0 %.' })
  @Max(100, { message: 'Progress is at most 100 %.' })
  progress: number;
}
