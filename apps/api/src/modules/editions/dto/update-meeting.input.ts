import type { Language } from '@letscoop/domain';
import { Field, GraphQLISODateTime, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsDate, IsIn, IsOptional, IsString, IsUrl, IsUUID, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { LanguageEnum } from '../../../common/enums.js';
import { MeetingGuestInput } from './meeting-guest.input.js';

/** Only the fields given change; `place`/`onlineUrl`/`endsAt` given as null are cleared. */
@InputType()
export class UpdateMeetingInput {
  @Field(() => ID) @IsUUID('all', { message: 'meetingId must be the id of a meeting.' }) meetingId: string;
  @Field(() => GraphQLISODateTime, { nullable: true }) @IsOptional() @IsDate({ message: 'startsAt must be a date and time.' }) startsAt?: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) @IsOptional() @IsDate({ message: 'endsAt must be a date and time.' }) endsAt?: Date | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(500, { message: 'Keep the place under 500 characters.' }) place?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true }, { message: 'The online link must be a web address starting with https://.' })
  @MaxLength(2000)
  onlineUrl?: string | null;
  @Field(() => LanguageEnum, { nullable: true, description: 'The language of the agenda text.' })
  @IsOptional()
  @IsIn(Object.values(LanguageEnum))
  language?: Language | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(1, { message: 'The agenda cannot be empty.' })
  @MaxLength(20_000, { message: 'Keep the agenda under 20000 characters.' })
  agenda?: string | null;
  @Field(() => [MeetingGuestInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50, { message: 'At most 50 guests.' })
  @ValidateNested({ each: true })
  @Type(() => MeetingGuestInput)
  guests?: MeetingGuestInput[] | null;
}
