import type { Language } from '@letscoop/domain';
import { Field, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { LanguageEnum } from '../../../common/enums.js';

/** The text fields of a recommendation, in one language (shared by drafting, saving and amending). */
@InputType({ isAbstract: true })
export class RecommendationTextInput {
  @Field(() => LanguageEnum) @IsIn(Object.values(LanguageEnum), { message: 'Choose nl, fr or en.' }) language: Language;

  @Field()
  @IsString()
  @MinLength(3, { message: 'Give the recommendation a title, built around an action verb ("Set up…", "Open…").' })
  @MaxLength(300, { message: 'Keep the title under 300 characters.' })
  title: string;

  @Field()
  @IsString()
  @MinLength(1, { message: 'Write the body of the recommendation.' })
  @MaxLength(50000, { message: 'Keep the body under 50,000 characters.' })
  body: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(20000, { message: 'Keep the rationale under 20,000 characters.' })
  rationale?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(20000, { message: 'Keep the expected outcome under 20,000 characters.' })
  expectedOutcome?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(300, { message: 'Keep the proposed owner under 300 characters.' })
  proposedOwner?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(20000, { message: 'Keep the indicator of success under 20,000 characters.' })
  successIndicator?: string | null;
}
