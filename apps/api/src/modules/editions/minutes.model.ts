import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { TranslatedText } from '../../common/translated-text.model.js';
import { MinutesStatusEnum } from './editions.enums.js';
import { GroupPerson } from './working-group.model.js';

@ObjectType()
export class MinutesAddendum {
  @Field(() => ID) id: string;
  @Field(() => TranslatedText) text: TranslatedText;
  @Field(() => GroupPerson, { nullable: true }) author: GroupPerson | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;
}

/** Text, authors and addenda are resolved fields (minutes.resolver.ts). */
@ObjectType({ description: 'Draft, then approved by the leads; approved minutes never change, corrections are addenda.' })
export class Minutes {
  @Field(() => ID) id: string;
  @Field(() => ID) meetingId: string;
  @Field(() => MinutesStatusEnum) status: 'DRAFT' | 'APPROVED';
  @Field(() => GraphQLISODateTime, { nullable: true }) approvedAt: Date | null;
}
