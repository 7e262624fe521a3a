import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { TranslatedText } from '../../common/translated-text.model.js';
import { Branch } from '../cooperatives/branch.model.js';
import { Person } from '../members/person.model.js';

@ObjectType({ description: 'A small talk: a debate at a local branch that feeds a theme.' })
export class SmallTalk {
  @Field(() => ID) id: string;
  @Field(() => ID) cooperativeId: string;
  @Field(() => ID) editionId: string;
  @Field(() => ID, { nullable: true, description: 'The working group (theme) it feeds.' }) groupId: string | null;
  @Field(() => TranslatedText, { nullable: true, description: 'The theme of the group it feeds.' })
  theme: TranslatedText | null;
  @Field(() => Branch, { nullable: true }) branch: Branch | null;
  @Field(() => Person, { nullable: true }) host: Person | null;
  @Field({ description: 'The day it was held (YYYY-MM-DD).' }) heldOn: string;
  @Field(() => TranslatedText) title: TranslatedText;
  @Field(() => TranslatedText, { nullable: true, description: 'Null until the host or a coordinator writes it.' })
  report: TranslatedText | null;
  @Field(() => Int) commentCount: number;
  @Field() createdAt: Date;
}
