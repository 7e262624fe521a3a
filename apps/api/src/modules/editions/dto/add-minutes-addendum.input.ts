import type { Language } from '@letscoop/domain';
import { Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsUUID } from 'class-validator';
import { LanguageEnum } from '../../../common/enums.js';
import { PlainText } from './text-fields.js';

@InputType()
export class AddMinutesAddendumInput {
  @Field(() => ID) @IsUUID('all', { message: 'meetingId must be the id of a meeting.' }) meetingId: string;
  @Field(() => LanguageEnum) @IsIn(Object.values(LanguageEnum)) language: Language;
  @Field() @PlainText('addendum', 20_000) text: string;
}
