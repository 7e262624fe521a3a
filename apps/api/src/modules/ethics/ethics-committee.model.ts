import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Person } from '../members/person.model.js';

@ObjectType({ description: 'One seat of the ethics committee: an ETHICS_COMMITTEE office with its term.' })
export class EthicsMandate {
  @Field(() => ID, { description: 'The office row.' }) officeId: string;
  @Field(() => Person) person: Person;
  @Field() startsOn: string;
  @Field(() => String, { nullable: true }) endsOn: string | null;
  @Field(() => Int, { nullable: true, description: 'Days from today to the last day of the mandate.' })
  daysLeft: number | null;
  @Field({ description: 'The mandate ends within 60 days: the secretariat prepares the election.' })
  endingSoon: boolean;
  @Field(() => ID, { nullable: true, description: 'The assembly poll that elected this member, when recorded.' })
  electionPollId: string | null;
}

@ObjectType({ description: 'The ethics committee of a cooperative today: 15 seats, two-year mandates.' })
export class EthicsCommittee {
  @Field(() => ID) cooperativeId: string;
  @Field({ description: 'The day the figures are for (YYYY-MM-DD).' }) asOf: string;
  @Field(() => Int, { description: 'Seats the statutes give the committee.' }) seats: number;
  @Field(() => Int) seatsFilled: number;
  @Field(() => [EthicsMandate], { description: 'Mandates in force today, the soonest ending first.' })
  members: EthicsMandate[];
  @Field(() => [EthicsMandate], { description: 'Mandates in force that end within 60 days.' })
  endingSoon: EthicsMandate[];
  @Field(() => [EthicsMandate], { description: 'Mandates already elected that start later.' })
  upcoming: EthicsMandate[];
}
