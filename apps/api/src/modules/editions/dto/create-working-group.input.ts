import type { Language } from '@letscoop/domain';
import { Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsUUID } from 'class-validator';
import { LanguageEnum } from '../../../common/enums.js';
import { PlainText } from './text-fields.js';

@InputType()
export class CreateWorkingGroupInput {
  @Field(() => ID) @IsUUID('all', { message: 'editionId must be the id of an edition.' }) editionId: string;
  @Field(() => LanguageEnum) @IsIn(Object.values(LanguageEnum)) language: Language;
  @Field() @PlainText('theme', 300) theme: string;
  @Field({ description: 'The question that frames the group.' }) @PlainText('question', 1000) question: string;
  @Field() @PlainText('description', 20_000) description: string;
}
