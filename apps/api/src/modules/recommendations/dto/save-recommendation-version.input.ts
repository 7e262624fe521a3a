import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsUUID } from 'class-validator';
import { RecommendationTextInput } from './recommendation-text.input.js';

@InputType({
  description:
    'A new version: the previous texts with this language added or replaced (a translation is a save in another language).',
})
export class SaveRecommendationVersionInput extends RecommendationTextInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'recommendationId must be the id of a recommendation.' })
  recommendationId: string;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'True: this language version was made by a machine translation.',
  })
  @IsOptional()
  @IsBoolean()
  machine?: boolean | null;
}
