import type { WritingAuthorKind } from '@letscoop/domain';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { TranslatedText } from '../../common/translated-text.model.js';
import { Person } from '../members/person.model.js';
import { WritingAuthorKindEnum, WritingStatusEnum, type WritingStatus } from './participation.enums.js';

@ObjectType({ description: 'A writing: an essay invited from outside, accepted or declined by the coordinators.' })
export class Writing {
  @Field(() => ID) id: string;
  @Field(() => ID) cooperativeId: string;
  @Field(() => ID) editionId: string;
  @Field(() => ID, { nullable: true, description: 'The working group (theme) it feeds.' }) groupId: string | null;
  @Field(() => TranslatedText, { nullable: true, description: 'The theme of the group it feeds.' })
  theme: TranslatedText | null;
  @Field({ description: 'The outside author (a politician, a union, …), as they sign.' }) authorName: string;
  @Field(() => WritingAuthorKindEnum) authorKind: WritingAuthorKind;
  @Field(() => TranslatedText) title: TranslatedText;
  @Field(() => TranslatedText) body: TranslatedText;
  @Field(() => WritingStatusEnum) status: WritingStatus;
  @Field(() => Person, { nullable: true, description: 'The member who submitted it.' }) submittedBy: Person | null;
  @Field() submittedAt: Date;
  @Field(() => Person, { nullable: true }) decidedBy: Person | null;
  @Field(() => Date, { nullable: true }) decidedAt: Date | null;
  @Field(() => String, { nullable: true, description: 'Why it was declined (or a note on acceptance).' })
  decisionReason: string | null;
  @Field(() => Int) commentCount: number;
}
