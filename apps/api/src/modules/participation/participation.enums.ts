import { COMMENT_SUBJECT_TYPES, WRITING_AUTHOR_KINDS } from '@letscoop/domain';
import { registerEnumType } from '@nestjs/graphql';

/** GraphQL enums built from the domain's lists, so the two can never drift apart. */
function asEnum<T extends string>(values: readonly T[]): Record<T, T> {
  return Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
}

export const WRITING_STATUSES = ['SUBMITTED', 'ACCEPTED', 'DECLINED'] as const;
export type WritingStatus = (typeof WRITING_STATUSES)[number];

export const WritingAuthorKindEnum = asEnum(WRITING_AUTHOR_KINDS);
export const WritingStatusEnum = asEnum(WRITING_STATUSES);
export const CommentSubjectTypeEnum = asEnum(COMMENT_SUBJECT_TYPES);

registerEnumType(WritingAuthorKindEnum, { name: 'WritingAuthorKind', description: 'Who wrote an invited essay.' });
registerEnumType(WritingStatusEnum, {
  name: 'WritingStatus',
  description: 'SUBMITTED: waiting for the coordinators; ACCEPTED: shown on the theme; DECLINED: with a reason.',
});
registerEnumType(CommentSubjectTypeEnum, { name: 'CommentSubjectType', description: 'What a comment is about.' });
