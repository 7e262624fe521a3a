import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

@InputType({ description: 'Give either a directorate or department by name, or a staff member.' })
export class AssignActionOwnerInput {
  @Field(() => ID) @IsUUID('all', { message: 'actionId must be the id of an action.' }) actionId: string;
  @Field(() => String, { nullable: true, description: 'A directorate or department, by name.' })
  @IsOptional()
  @IsString()
  @MaxLength(300, { message: 'Keep the name under 300 characters.' })
  unit?: string | null;
  @Field(() => ID, { nullable: true, description: 'A person who belongs to the cooperative.' })
  @IsOptional()
  @IsUUID('all', { message: 'personId must be the id of a person.' })
  personId?: string | null;
}
