import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@InputType()
export class AcceptJoinRequestInput {
  @Field(() => ID) @IsUUID('all', { message: 'groupId must be the id of a working group.' }) groupId: string;
  @Field(() => ID) @IsUUID('all', { message: 'personId must be the id of the person who asked to join.' }) personId: string;
}
