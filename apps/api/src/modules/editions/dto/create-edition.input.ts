import type { Language } from '@letscoop/domain';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsIn, IsInt, IsUUID, Matches, Max, Min } from 'class-validator';
import { LanguageEnum } from '../../../common/enums.js';
import { PlainText } from './text-fields.js';

@InputType()
export class CreateEditionInput {
  @Field(() => ID) @IsUUID('all', { message: 'cooperativeId must be the id of a cooperative.' }) cooperativeId: string;
  @Field(() => Int) @IsInt() @Min(1, { message: 'The edition number starts at 1.' }) @Max(1000) number: number;
  @Field({ description: 'e.g. 2015/2016' })
  @Matches(/^\d{4}(\/\d{4})?$/, { message: 'Write the period as a year or two years, e.g. 2015/2016.' })
  period: string;
  @Field(() => LanguageEnum) @IsIn(Object.values(LanguageEnum)) language: Language;
  @Field() @PlainText('title', 300) title: string;
}
