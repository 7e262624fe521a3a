import type { Language } from '@letscoop/domain';
import { Field, GraphQLISODateTime, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsDate, IsIn, IsOptional, IsString, IsUrl, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { LanguageEnum } from '../../../common/enums.js';
import { MeetingGuestInput } from './meeting-guest.input.js';
import { PlainText } from './text-fields.js';

@InputType()
export class ScheduleMeetingInput {
  @Field(() => ID) @IsUUID('all', { message: 'groupId must be the id of a working group.' }) groupId: string;
  @Field(() => GraphQLISODateTime) @IsDate({ message: 'startsAt must be a date and time.' }) startsAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) @IsOptional() @IsDate({ message: 'endsAt must be a date and time.' }) endsAt?: Date | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(500, { message: 'Keep the place under 500 characters.' }) place?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true }, { message: 'The online link must be a web address starting with https://.' })
  @MaxLength(2000)
  onlineUrl?: string | null;
  @Field(() => LanguageEnum) @IsIn(Object.values(LanguageEnum)) language: Language;
  @Field() @PlainText('agenda', 20_000) agenda: string;
  @Field(() => [MeetingGuestInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50, { message: 'At most 50 guests.' })
  @ValidateNested({ each: true })
  @Type(() => MeetingGuestInput)
  guests?: MeetingGuestInput[] | null;
}
