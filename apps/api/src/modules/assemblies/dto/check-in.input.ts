import type { AttendanceMode } from '@letscoop/domain';
import { Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { AttendanceModeEnum } from '../assemblies.enums.js';

@InputType()
export class CheckInInput {
  @Field(() => ID) @IsUUID('all', { message: 'assemblyId must be the id of an assembly.' }) assemblyId: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Leave empty to check yourself in; others: the secretariat at the door.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'personId must be the id of a person.' })
  personId?: string | null;

  @Field(() => AttendanceModeEnum)
  @IsIn(Object.values(AttendanceModeEnum), { message: 'Choose IN_PERSON or ONLINE.' })
  mode: AttendanceMode;
}
