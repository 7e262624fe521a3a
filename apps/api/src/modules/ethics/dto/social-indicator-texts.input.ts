import type { Language } from '@letscoop/domain';
import { Field, InputType } from '@nestjs/graphql';
import { IsIn, IsString, Matches, MaxLength } from 'class-validator';
import { LanguageEnum } from '../../../common/enums.js';

/** The texts of an indicator in one language. */
@InputType({ isAbstract: true })
export class SocialIndicatorTextsInput {
  @Field(() => LanguageEnum)
  @IsIn(Object.values(LanguageEnum), { message: 'language must be nl, fr or en.' })
  language: Language;

  @Field()
  @IsString()
  @Matches(/\S/, { message: 'Name the indicator.' })
  @MaxLength(200, { message: 'Keep the name under 200 characters.' })
  name: string;

  @Field({ description: 'e.g. "€ per hour", "% of members", "tonnes CO₂".' })
  @IsString()
  @Matches(/\S/, { message: 'Give the unit the values are in (e.g. "€ per hour").' })
  @MaxLength(60, { message: 'Keep the unit under 60 characters.' })
  unit: string;

  @Field({ description: 'How it is measured: sources, scope, formula.' })
  @IsString()
  @Matches(/\S/, { message: 'Say how the indicator is measured, so readers can judge the figures.' })
  @MaxLength(5000, { message: 'Keep the method under 5,000 characters.' })
  method: string;
}
