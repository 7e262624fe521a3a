import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Person } from '../members/person.model.js';

@ObjectType({ description: 'One recorded step: who did what to which subject, when and why.' })
export class AuditEvent {
  @Field(() => ID) id: string;
  @Field() occurredAt: Date;
  @Field(() => Person, { nullable: true }) actor: Person | null;
  @Field() action: string;
  @Field() subjectType: string;
  @Field() subjectId: string;
  @Field(() => String, { nullable: true }) reason: string | null;
  @Field(() => String, { nullable: true, description: 'The subject before the change, as JSON text.' }) before: string | null;
  @Field(() => String, { nullable: true, description: 'The subject after the change, as JSON text.' }) after: string | null;
}
