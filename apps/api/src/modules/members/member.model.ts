import type { StakeholderCategory } from '@letscoop/domain';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { StakeholderCategoryEnum } from '../../common/enums.js';
import { Branch } from '../cooperatives/branch.model.js';
import { Office } from './office.model.js';
import { Person } from './person.model.js';

@ObjectType({ description: "A person's membership of one cooperative: a line of the share register." })
export class Member {
  @Field(() => ID) id: string;
  @Field(() => Person) person: Person;
  @Field(() => ID) cooperativeId: string;
  @Field(() => StakeholderCategoryEnum) category: StakeholderCategory;
  @Field(() => Int) shares: number;
  @Field() shareClass: string;
  @Field(() => Branch, { nullable: true }) branch: Branch | null;
  @Field() joinedOn: string;
  @Field(() => String, { nullable: true }) leftOn: string | null;
  @Field(() => [Office], { description: 'Active offices in this cooperative.' }) offices: Office[];
}

@ObjectType()
export class MemberPage {
  @Field(() => [Member]) items: Member[];
  @Field(() => Int) totalCount: number;
  @Field(() => Int) offset: number;
  @Field(() => Int) limit: number;
}

@ObjectType({ description: 'The signed-in person, with what the web needs to show only allowed steps.' })
export class ViewerModel {
  @Field(() => Person) person: Person;
  @Field(() => [Member]) memberships: Member[];
  @Field(() => [Office], { description: 'Active offices only.' }) offices: Office[];
}
