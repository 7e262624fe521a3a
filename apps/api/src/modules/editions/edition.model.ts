import type { EditionStatus } from '@letscoop/domain';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { EditionStatusEnum } from './editions.enums.js';

/** An edition of the participatory process; title, groups and next steps are resolved fields. */
@ObjectType()
export class Edition {
  @Field(() => ID) id: string;
  @Field(() => ID) cooperativeId: string;
  @Field(() => Int) number: number;
  @Field({ description: 'e.g. 2015/2016' }) period: string;
  @Field(() => EditionStatusEnum) status: EditionStatus;
  @Field(() => String, { nullable: true, description: 'The assembly decision that launched it.' }) launchedBy: string | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;
}
