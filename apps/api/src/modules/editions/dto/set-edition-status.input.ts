import type { EditionStatus } from '@letscoop/domain';
import { Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { EditionStatusEnum } from '../editions.enums.js';

@InputType()
export class SetEditionStatusInput {
  @Field(() => ID) @IsUUID('all', { message: 'editionId must be the id of an edition.' }) editionId: string;
  @Field(() => EditionStatusEnum) @IsIn(Object.values(EditionStatusEnum)) status: EditionStatus;
  @Field(() => String, { nullable: true, description: 'Why (kept in the audit trail).' })
  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: 'Keep the reason under 2000 characters.' })
  reason?: string | null;
}
