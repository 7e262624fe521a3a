import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { SocialIndicatorTextsInput } from './social-indicator-texts.input.js';

@InputType()
export class DefineSocialIndicatorInput extends SocialIndicatorTextsInput {
  @Field(() => ID) @IsUUID('all', { message: 'cooperativeId must be the id of a cooperative.' }) cooperativeId: string;
}
