import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@InputType({ description: 'Places an action in another project (of any programme of the cooperative).' })
export class MoveActionInput {
  @Field(() => ID) @IsUUID('all', { message: 'actionId must be the id of an action.' }) actionId: string;
  @Field(() => ID) @IsUUID('all', { message: 'projectId must be the id of a project.' }) projectId: string;
}
