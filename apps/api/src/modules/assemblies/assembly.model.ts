import type { AssemblyKind, AssemblyStatus, QuorumBasis } from '@letscoop/domain';
import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { QuorumBasisEnum } from '../../common/enums.js';
import { AssemblyKindEnum, AssemblyStatusEnum } from './assemblies.enums.js';

/**
 * A general assembly. Resolvers start from the AssemblyEntity row; the plain columns below map
 * one to one, and the rest (title, agenda, attendance, me, proxies, voters, viewerCan*, and the
 * polls helper's currentPoll) are field resolvers on `@Resolver(() => AssemblyModel)`.
 */
@ObjectType('Assembly')
export class AssemblyModel {
  @Field(() => ID) id: string;
  @Field(() => ID) cooperativeId: string;
  @Field(() => AssemblyKindEnum) kind: AssemblyKind;
  @Field(() => AssemblyStatusEnum) status: AssemblyStatus;
  @Field() startsAt: Date;
  @Field(() => Date, { nullable: true }) endsAt: Date | null;
  @Field(() => String, { nullable: true }) place: string | null;
  @Field(() => String, { nullable: true }) onlineUrl: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'YYYY-MM-DD: the voter list was frozen on this day (at convocation).',
  })
  recordDate: string | null;
  @Field(() => Date, { nullable: true }) convenedAt: Date | null;
  @Field(() => Float) quorumPercent: number;
  @Field(() => QuorumBasisEnum) quorumBasis: QuorumBasis;
  @Field(() => Int) proxyCap: number;
}
