import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { EthicsOpinionFieldsInput } from './ethics-opinion-fields.input.js';

@InputType({
  description: 'Saves a draft: ratings and stance, and the texts in one language (other languages stay).',
})
export class UpdateEthicsOpinionInput extends EthicsOpinionFieldsInput {
  @Field(() => ID) @IsUUID('all', { message: 'opinionId must be the id of an opinion.' }) opinionId: string;
}
