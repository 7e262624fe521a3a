import type { Language } from '@letscoop/domain';
import { Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { LanguageEnum } from '../../../common/enums.js';

@InputType()
export class CiteInLineageInput {
  @Field(() => ID) @IsUUID('all', { message: 'groupId must be the id of a working group.' }) groupId: string;
  @Field(() => ID) @IsUUID('all', { message: 'recommendationId must be the id of a recommendation.' }) recommendationId: string;
  @Field(() => LanguageEnum) @IsIn(Object.values(LanguageEnum)) language: Language;
  @Field(() => String, { nullable: true, description: 'How the group builds on it.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: 'Keep the note under 2000 characters.' })
  note?: string | null;
}
