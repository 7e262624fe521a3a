import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';

@InputType()
export class GrantProxyInput {
  @Field(() => ID) @IsUUID('all', { message: 'assemblyId must be the id of an assembly.' }) assemblyId: string;

  @Field(() => ID, { description: 'The entitled member who will vote for the grantor.' })
  @IsUUID('all', { message: 'holderId must be the id of a person.' })
  holderId: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Leave empty to give your own proxy; others: the secretariat registers a written proxy.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'grantorId must be the id of a person.' })
  grantorId?: string | null;
}
