import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'An e-mail in the outbox (shown on the dev mailbox page in demo mode).' })
export class OutboxEmail {
  @Field(() => ID) id: string;
  @Field() to: string;
  @Field() subject: string;
  @Field() body: string;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) sentAt: Date | null;
}
