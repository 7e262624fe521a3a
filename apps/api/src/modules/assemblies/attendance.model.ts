import type { AttendanceMode, QuorumBasis, StakeholderCategory } from '@letscoop/domain';
import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { QuorumBasisEnum, StakeholderCategoryEnum } from '../../common/enums.js';
import { Person } from '../members/person.model.js';
import { AttendanceModeEnum } from './assemblies.enums.js';
import type { ProxyEntity } from './proxy.entity.js';
import { ProxyModel } from './proxy.model.js';

/** libs/domain's QuorumResult as it is (checkQuorum's return value fits this type). */
@ObjectType('QuorumStatus')
export class QuorumStatusModel {
  @Field() reached: boolean;
  @Field(() => Int, { description: 'Members or shares needed: ceil(entitled × percent / 100).' }) required: number;
  @Field(() => Int, { description: 'Members or shares present or represented.' }) actual: number;
  @Field(() => Int) entitled: number;
  @Field(() => Int, { description: 'How many more are needed; 0 once reached.' }) shortBy: number;
  @Field(() => QuorumBasisEnum) basis: QuorumBasis;
  @Field(() => Float) percent: number;
}

@ObjectType('AttendanceSummary')
export class AttendanceSummaryModel {
  @Field(() => Int) entitledMembers: number;
  @Field(() => Int) entitledShares: number;
  @Field(() => Int, { description: 'Checked in, in the room or online.' }) presentMembers: number;
  @Field(() => Int, { description: 'Absent members whose proxy holder is checked in.' }) representedMembers: number;
  @Field(() => Int) presentShares: number;
  @Field(() => Int) representedShares: number;
  @Field(() => QuorumStatusModel, { description: "Present plus represented, against the assembly's quorum." })
  quorum: QuorumStatusModel;
}

@ObjectType('MyAssemblyParticipation')
export class MyAssemblyParticipationModel {
  @Field({ description: 'On the frozen voter list.' }) entitled: boolean;
  @Field(() => Int, { nullable: true, description: 'Shares at the record date (null when not entitled).' })
  weightShares: number | null;
  @Field(() => StakeholderCategoryEnum, { nullable: true }) category: StakeholderCategory | null;
  @Field() checkedIn: boolean;
  @Field(() => AttendanceModeEnum, { nullable: true }) checkInMode: AttendanceMode | null;
  @Field(() => ProxyModel, { nullable: true, description: 'The proxy I gave, in force.' })
  proxyGiven: ProxyEntity | null;
  @Field(() => [ProxyModel], { description: 'The proxies I hold, in force.' }) proxiesHeld: ProxyEntity[];
}

@ObjectType('AssemblyVoter')
export class AssemblyVoterModel {
  @Field(() => Person) person: Person;
  @Field(() => StakeholderCategoryEnum) category: StakeholderCategory;
  @Field(() => Int) shares: number;
  @Field() checkedIn: boolean;
  @Field(() => AttendanceModeEnum, { nullable: true }) checkInMode: AttendanceMode | null;
  @Field(() => Person, { nullable: true }) proxyGivenTo: Person | null;
  @Field(() => Int) proxiesHeld: number;
}

@ObjectType('AssemblyVoterPage')
export class AssemblyVoterPageModel {
  @Field(() => [AssemblyVoterModel]) items: AssemblyVoterModel[];
  @Field(() => Int) total: number;
}
