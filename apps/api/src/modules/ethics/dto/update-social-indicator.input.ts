import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { SocialIndicatorTextsInput } from './social-indicator-texts.input.js';

@InputType({ description: 'Edits or translates the texts of an indicator in one language.' })
export class UpdateSocialIndicatorInput extends SocialIndicatorTextsInput {
  @Field(() => ID) @IsUUID('all', { message: 'indicatorId must be the id of an indicator.' }) indicatorId: string;
}
