import type { AgendaItemKind, ElectionMethod, MajorityRule, QuorumBasis, SeatBody, VotingWeightMode } from '@letscoop/domain';
import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { MajorityRuleEnum, QuorumBasisEnum, VotingWeightModeEnum } from '../../common/enums.js';
import { AgendaItemKindEnum, ElectionMethodEnum, SeatBodyEnum } from './assemblies.enums.js';

/**
 * One item of an agenda. Resolvers start from the AgendaItemEntity row; title, body,
 * actionProposal, recommendationId, candidates (and the polls helper's poll) are field resolvers.
 */
@ObjectType('AgendaItem')
export class AgendaItemModel {
  @Field(() => ID) id: string;
  @Field(() => ID) assemblyId: string;
  @Field(() => Int) position: number;
  @Field(() => AgendaItemKindEnum) kind: AgendaItemKind;
  @Field(() => MajorityRuleEnum, { nullable: true }) majorityRule: MajorityRule | null;
  @Field(() => Boolean, { nullable: true }) abstentionsCount: boolean | null;
  @Field(() => Float, { nullable: true }) quorumPercent: number | null;
  @Field(() => QuorumBasisEnum, { nullable: true }) quorumBasis: QuorumBasis | null;
  @Field(() => VotingWeightModeEnum, { nullable: true }) weightMode: VotingWeightMode | null;
  @Field() secret: boolean;
  @Field(() => Int, { nullable: true, description: 'ELECTION only: the seats to fill.' }) seats: number | null;
  @Field(() => ElectionMethodEnum, { nullable: true, description: 'ELECTION only: how the seats are won.' })
  electionMethod: ElectionMethod | null;
  @Field(() => SeatBodyEnum, {
    nullable: true,
    description: 'ELECTION only: the body whose seats it fills (the elected take office on publication).',
  })
  fillsSeatsOf: SeatBody | null;
}

/** A candidate in an election. Resolvers start from the CandidateEntity row (person, statement resolved). */
@ObjectType('Candidate')
export class CandidateModel {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => Int) position: number;
}
