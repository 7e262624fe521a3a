import type { GroupRole } from '@letscoop/domain';
import { Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { GroupRoleEnum } from '../editions.enums.js';

@InputType()
export class AssignGroupRoleInput {
  @Field(() => ID) @IsUUID('all', { message: 'groupId must be the id of a working group.' }) groupId: string;
  @Field(() => ID) @IsUUID('all', { message: 'personId must be the id of a person.' }) personId: string;
  @Field(() => GroupRoleEnum) @IsIn(Object.values(GroupRoleEnum)) role: GroupRole;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000, { message: 'Keep the reason under 2000 characters.' }) reason?: string | null;
}
