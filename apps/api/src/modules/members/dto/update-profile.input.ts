import type { Language } from '@letscoop/domain';
import { Field, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { LanguageEnum } from '../../../common/enums.js';

@InputType()
export class UpdateProfileInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(1, { message: 'Your name cannot be empty.' })
  @MaxLength(200, { message: 'Keep your name under 200 characters.' })
  displayName?: string | null;

  @Field(() => LanguageEnum, { nullable: true }) @IsOptional() @IsIn(Object.values(LanguageEnum)) preferredLanguage?: Language | null;
}
