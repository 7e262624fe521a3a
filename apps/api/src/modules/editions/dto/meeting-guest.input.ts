import { Field, InputType } from '@nestjs/graphql';
import { PlainText } from './text-fields.js';

@InputType()
export class MeetingGuestInput {
  @Field() @PlainText("guest's name", 200) name: string;
  @Field({ description: 'e.g. expert in social economy, host of the site visit' }) @PlainText("guest's role", 200) role: string;
}
