import { Field, ObjectType } from '@nestjs/graphql';

/** What the viewer may do in a group (from the same rules the API enforces), for the UI. */
@ObjectType()
export class GroupPermissions {
  @Field({ description: 'Create groups in the edition, assign roles, cite recommendations.' }) manageGroup: boolean;
  @Field() acceptMembers: boolean;
  @Field({ description: 'Schedule meetings, attendance, minutes, documents.' }) manageMeetings: boolean;
  @Field() approveMinutes: boolean;
  @Field({ description: 'Ask to join (a member of the cooperative not yet in the group).' }) join: boolean;
}
