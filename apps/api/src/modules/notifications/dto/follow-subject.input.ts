import type { FollowSubjectType } from '@letscoop/domain';
import { Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsUUID } from 'class-validator';
import { FollowSubjectTypeEnum } from '../notification.model.js';

@InputType({
  description: 'A subject to follow or unfollow: an edition, a working group, a recommendation or an assembly.',
})
export class FollowSubjectInput {
  @Field(() => FollowSubjectTypeEnum)
  @IsIn(Object.values(FollowSubjectTypeEnum), {
    message: 'subjectType must be EDITION, GROUP, RECOMMENDATION or ASSEMBLY.',
  })
  subjectType: FollowSubjectType;

  @Field(() => ID)
  @IsUUID('all', { message: 'subjectId must be the id of the edition, group, recommendation or assembly.' })
  subjectId: string;
}
