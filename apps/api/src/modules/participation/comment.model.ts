import type { CommentSubjectType, Language } from '@letscoop/domain';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { LanguageEnum } from '../../common/enums.js';
import { Person } from '../members/person.model.js';
import { CommentSubjectTypeEnum } from './participation.enums.js';

@ObjectType({ description: 'Why and by whom a comment was hidden: the trace that stays in the thread.' })
export class CommentHidden {
  @Field() at: Date;
  /** Resolved in batches from byId. */
  @Field(() => Person, { nullable: true }) by?: Person | null;
  @Field() reason: string;
  byId: string | null;
}

@ObjectType({ description: 'A comment in a thread (flat, in time order; `parentId` and `depth` draw the tree).' })
export class Comment {
  @Field(() => ID) id: string;
  @Field(() => ID) cooperativeId: string;
  @Field(() => CommentSubjectTypeEnum) subjectType: CommentSubjectType;
  @Field(() => ID) subjectId: string;
  @Field(() => ID, { nullable: true }) parentId: string | null;
  @Field(() => Int, { description: '0 for a comment on the subject, 1 for a reply, …' }) depth: number;
  /** Resolved in batches from authorId. */
  @Field(() => Person) author?: Person;
  @Field(() => LanguageEnum) language: Language;
  @Field(() => String, { nullable: true, description: 'Null when hidden by a moderator (moderators still see it).' })
  body: string | null;
  @Field() createdAt: Date;
  @Field(() => CommentHidden, { nullable: true }) hidden: CommentHidden | null;
  @Field({ description: 'Whether you have reported this comment.' }) reportedByViewer: boolean;
  authorId: string;
}

@ObjectType({ description: "A member's report of a comment (moderators only)." })
export class CommentReport {
  /** Resolved in batches from reporterId. */
  @Field(() => Person) reporter?: Person;
  @Field() reason: string;
  @Field() createdAt: Date;
  reporterId: string;
}

@ObjectType({ description: 'A reported comment waiting for a moderator, with its reports.' })
export class ModerationItem {
  @Field(() => Comment) comment: Comment;
  @Field(() => [CommentReport]) reports: CommentReport[];
}
