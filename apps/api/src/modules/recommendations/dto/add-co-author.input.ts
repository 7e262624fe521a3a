import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@InputType()
export class AddCoAuthorInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'recommendationId must be the id of a recommendation.' })
  recommendationId: string;
  @Field(() => ID) @IsUUID('all', { message: 'personId must be the id of a person.' }) personId: string;
}
