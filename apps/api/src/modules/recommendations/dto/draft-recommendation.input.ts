import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsOptional, IsUUID } from 'class-validator';
import { RecommendationTextInput } from './recommendation-text.input.js';

@InputType()
export class DraftRecommendationInput extends RecommendationTextInput {
  @Field(() => ID) @IsUUID('all', { message: 'groupId must be the id of a working group.' }) groupId: string;

  @Field(() => [ID], { nullable: true, description: 'Co-authors besides you (members of the group).' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50, { message: 'At most 50 co-authors.' })
  @IsUUID('all', { each: true, message: 'coAuthorIds must be person ids.' })
  coAuthorIds?: string[] | null;
}
