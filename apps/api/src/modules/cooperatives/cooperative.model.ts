import type { Language, MajorityRule, QuorumBasis, VotingWeightMode } from '@letscoop/domain';
import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { LanguageEnum, MajorityRuleEnum, QuorumBasisEnum, VotingWeightModeEnum } from '../../common/enums.js';
import { TranslatedText } from '../../common/translated-text.model.js';
import { Branch } from './branch.model.js';

@ObjectType({ description: 'The statutes settings the assembly and voting rules read.' })
export class Statutes {
  @Field(() => Float, { description: 'Present plus represented, as % of entitled.' }) quorumPercent: number;
  @Field(() => QuorumBasisEnum) quorumBasis: QuorumBasis;
  @Field(() => Int, { description: 'How many proxies one member may hold.' }) proxyCapPerHolder: number;
  @Field(() => MajorityRuleEnum) defaultMajority: MajorityRule;
  @Field({ description: 'Whether abstentions count as votes cast.' }) abstentionsCount: boolean;
  @Field(() => VotingWeightModeEnum) votingWeightMode: VotingWeightMode;
}

@ObjectType()
export class Cooperative {
  @Field(() => ID) id: string;
  @Field() slug: string;
  @Field() name: string;
  @Field({ description: 'ISO 3166-1 alpha-2 country code.' }) country: string;
  @Field(() => [LanguageEnum]) languages: Language[];
  @Field(() => TranslatedText) description: TranslatedText;
  @Field(() => Statutes) statutes: Statutes;
  @Field(() => [Branch]) branches: Branch[];
  @Field(() => Int) memberCount: number;
}
