import type { Language } from '@letscoop/domain';
import { Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { LanguageEnum } from '../../../common/enums.js';

@InputType()
export class ReportSmallTalkInput {
  @Field(() => ID) @IsUUID('all', { message: 'smallTalkId must be the id of a small talk.' }) smallTalkId: string;

  @Field(() => LanguageEnum, { description: 'The language the report is written in.' })
  @IsIn(Object.values(LanguageEnum), { message: 'language must be nl, fr or en.' })
  language: Language;

  @Field({ description: 'What was said, for the working group; replaces an earlier report.' })
  @IsString()
  @Matches(/\S/, { message: 'Write the report: what was said, and what it brings to the theme.' })
  @MaxLength(50_000, { message: 'Keep the report under 50,000 characters.' })
  report: string;
}
