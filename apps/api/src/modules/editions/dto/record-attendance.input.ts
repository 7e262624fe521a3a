import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsUUID } from 'class-validator';

@InputType()
export class RecordAttendanceInput {
  @Field(() => ID) @IsUUID('all', { message: 'meetingId must be the id of a meeting.' }) meetingId: string;
  @Field(() => [ID]) @ArrayMaxSize(1000) @IsUUID('all', { each: true, message: 'present must list person ids.' }) present: string[];
  @Field(() => [ID]) @ArrayMaxSize(1000) @IsUUID('all', { each: true, message: 'absent must list person ids.' }) absent: string[];
}
