import type { CommentSubjectType, Language } from '@letscoop/domain';
import { Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { LanguageEnum } from '../../../common/enums.js';
import { CommentSubjectTypeEnum } from '../participation.enums.js';

export const COMMENT_MAX_LENGTH = 10_000;

@InputType()
export class PostCommentInput {
  @Field(() => CommentSubjectTypeEnum)
  @IsIn(Object.values(CommentSubjectTypeEnum), {
    message: 'subjectType must be RECOMMENDATION, WRITING or SMALL_TALK.',
  })
  subjectType: CommentSubjectType;

  @Field(() => ID)
  @IsUUID('all', { message: 'subjectId must be the id of the recommendation, writing or small talk.' })
  subjectId: string;

  @Field(() => ID, { nullable: true, description: 'The comment this one replies to (on the same subject).' })
  @IsOptional()
  @IsUUID('all', { message: 'parentId must be the id of a comment.' })
  parentId?: string | null;

  @Field(() => LanguageEnum)
  @IsIn(Object.values(LanguageEnum), { message: 'language must be nl, fr or en.' })
  language: Language;

  @Field()
  @IsString()
  @Matches(/\S/, { message: 'The comment is empty: write something.' })
  @MaxLength(COMMENT_MAX_LENGTH, { message: 'Keep a comment under 10,000 characters; split a longer text.' })
  body: string;
}
