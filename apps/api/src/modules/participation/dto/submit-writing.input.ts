import type { Language, WritingAuthorKind } from '@letscoop/domain';
import { Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { LanguageEnum } from '../../../common/enums.js';
import { WritingAuthorKindEnum } from '../participation.enums.js';

@InputType()
export class SubmitWritingInput {
  @Field(() => ID) @IsUUID('all', { message: 'editionId must be the id of an edition.' }) editionId: string;

  @Field(() => ID, { nullable: true, description: 'The working group (theme) the essay feeds, if any.' })
  @IsOptional()
  @IsUUID('all', { message: 'groupId must be the id of a working group of this edition.' })
  groupId?: string | null;

  @Field({ description: 'The outside author, as they sign.' })
  @IsString()
  @Matches(/\S/, { message: "Give the author's name." })
  @MaxLength(200, { message: "Keep the author's name under 200 characters." })
  authorName: string;

  @Field(() => WritingAuthorKindEnum)
  @IsIn(Object.values(WritingAuthorKindEnum), {
    message: 'authorKind must be POLITICIAN, UNION, ENTREPRENEUR, RESEARCHER or OTHER.',
  })
  authorKind: WritingAuthorKind;

  @Field(() => LanguageEnum, { description: 'The language the title and body are written in.' })
  @IsIn(Object.values(LanguageEnum), { message: 'language must be nl, fr or en.' })
  language: Language;

  @Field()
  @IsString()
  @Matches(/\S/, { message: 'Give the writing a title.' })
  @MaxLength(300, { message: 'Keep the title under 300 characters.' })
  title: string;

  @Field()
  @IsString()
  @Matches(/\S/, { message: 'The writing has no text: paste the essay.' })
  @MaxLength(200_000, { message: 'Keep the essay under 200,000 characters.' })
  body: string;
}
