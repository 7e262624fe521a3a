import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { GroupPerson } from './working-group.model.js';

/** A working group's meeting; agenda, attendance, documents and minutes are resolved fields. */
@ObjectType()
export class Meeting {
  @Field(() => ID) id: string;
  @Field(() => ID) groupId: string;
  @Field(() => GraphQLISODateTime) startsAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) endsAt: Date | null;
  @Field(() => String, { nullable: true }) place: string | null;
  @Field(() => String, { nullable: true }) onlineUrl: string | null;
  @Field(() => [MeetingGuest]) guests: MeetingGuest[];
}

@ObjectType({ description: 'An expert, a site host, …: someone from outside the group.' })
export class MeetingGuest {
  @Field() name: string;
  @Field() role: string;
}

@ObjectType()
export class Attendance {
  @Field(() => GroupPerson) person: GroupPerson;
  @Field() present: boolean;
}
