import type { Language } from '@letscoop/domain';
import { Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { LanguageEnum } from '../../../common/enums.js';

@InputType()
export class AddTestimonyInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'recommendationId must be the id of a recommendation.' })
  recommendationId: string;
  @Field(() => LanguageEnum) @IsIn(Object.values(LanguageEnum), { message: 'Choose nl, fr or en.' }) language: Language;

  @Field()
  @IsString()
  @MinLength(1, { message: 'Write the quote.' })
  @MaxLength(5000, { message: 'Keep the quote under 5,000 characters.' })
  quote: string;

  @Field({ description: 'Who said it, as they agreed to be named ("a worker member in Ghent").' })
  @IsString()
  @MinLength(1, { message: 'Say who the quote is from, as they agreed to be named.' })
  @MaxLength(200, { message: 'Keep the attribution under 200 characters.' })
  attributedTo: string;
}
