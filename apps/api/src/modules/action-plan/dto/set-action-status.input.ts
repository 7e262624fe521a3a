import type { ActionStatus } from '@letscoop/domain';
import { Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { ActionStatusEnum } from '../action-plan.model.js';

@InputType({ description: 'Abandoning, or taking up again, needs a reason: every member reads it.' })
export class SetActionStatusInput {
  @Field(() => ID) @IsUUID('all', { message: 'actionId must be the id of an action.' }) actionId: string;
  @Field(() => ActionStatusEnum)
  @IsIn(Object.values(ActionStatusEnum), { message: 'Choose PLANNED, IN_PROGRESS, DONE or ABANDONED.' })
  status: ActionStatus;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000, { message: 'Keep the reason under 5,000 characters.' })
  reason?: string | null;
}
