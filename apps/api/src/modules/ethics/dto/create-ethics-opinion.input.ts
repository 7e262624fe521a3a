import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';
import { EthicsOpinionFieldsInput } from './ethics-opinion-fields.input.js';

@InputType({ description: 'A new draft opinion: on an agenda item (agendaItemId) or on a member activity (activity).' })
export class CreateEthicsOpinionInput extends EthicsOpinionFieldsInput {
  @Field(() => ID) @IsUUID('all', { message: 'cooperativeId must be the id of a cooperative.' }) cooperativeId: string;

  @Field(() => ID, { nullable: true, description: "An item on one of the cooperative's assembly agendas." })
  @IsOptional()
  @IsUUID('all', { message: 'agendaItemId must be the id of an agenda item.' })
  agendaItemId?: string | null;
}
