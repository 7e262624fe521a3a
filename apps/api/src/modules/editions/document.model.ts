import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';

/** A file of a group or meeting (the content is downloaded at `url`). */
@ObjectType()
export class GroupDocument {
  @Field(() => ID) id: string;
  @Field(() => ID, { nullable: true }) meetingId: string | null;
  @Field() filename: string;
  @Field() mimeType: string;
  @Field(() => Int) sizeBytes: number;
  @Field(() => GraphQLISODateTime) uploadedAt: Date;
  @Field({ description: 'Where to download it (same origin, needs the session cookie).' }) url: string;
}
