import type { Language } from '@letscoop/domain';
import { Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { LanguageEnum } from '../../../common/enums.js';

@InputType()
export class CreateProjectInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'programmeId must be the id of a programme.' })
  programmeId: string;
  @Field(() => LanguageEnum) @IsIn(Object.values(LanguageEnum), { message: 'Choose nl, fr or en.' }) language: Language;
  @Field()
  @IsString()
  @MinLength(3, { message: 'Give the project a title of at least 3 characters.' })
  @MaxLength(300, { message: 'Keep the title under 300 characters.' })
  title: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10000, { message: 'Keep the description under 10,000 characters.' })
  description?: string | null;
}
