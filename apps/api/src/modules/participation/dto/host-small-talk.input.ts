import type { Language } from '@letscoop/domain';
import { Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsISO8601, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { LanguageEnum } from '../../../common/enums.js';

@InputType()
export class HostSmallTalkInput {
  @Field(() => ID) @IsUUID('all', { message: 'editionId must be the id of an edition.' }) editionId: string;

  @Field(() => ID, { nullable: true, description: 'The working group (theme) the debate feeds, if any.' })
  @IsOptional()
  @IsUUID('all', { message: 'groupId must be the id of a working group of this edition.' })
  groupId?: string | null;

  @Field(() => ID, { description: 'The local branch where it is held.' })
  @IsUUID('all', { message: 'branchId must be the id of a local branch.' })
  branchId: string;

  @Field({ description: 'The day (YYYY-MM-DD).' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'heldOn must be a day written YYYY-MM-DD.' })
  @IsISO8601({ strict: true }, { message: 'heldOn must be a real day, written YYYY-MM-DD.' })
  heldOn: string;

  @Field(() => LanguageEnum, { description: 'The language the title is written in.' })
  @IsIn(Object.values(LanguageEnum), { message: 'language must be nl, fr or en.' })
  language: Language;

  @Field()
  @IsString()
  @Matches(/\S/, { message: 'Give the small talk a title.' })
  @MaxLength(300, { message: 'Keep the title under 300 characters.' })
  title: string;
}
