import {
  ELECTION_METHODS,
  MAJORITY_RULES,
  QUORUM_BASES,
  SEAT_BODIES,
  STAKEHOLDER_CATEGORIES,
  VOTING_WEIGHT_MODES,
  type AgendaItemKind,
  type ElectionMethod,
  type Language,
  type MajorityRule,
  type QuorumBasis,
  type SeatBody,
  type StakeholderCategory,
  type VotingWeightMode,
} from '@letscoop/domain';
import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import {
  LanguageEnum,
  MajorityRuleEnum,
  QuorumBasisEnum,
  StakeholderCategoryEnum,
  VotingWeightModeEnum,
} from '../../../common/enums.js';
import { AgendaItemKindEnum, ElectionMethodEnum, SeatBodyEnum } from '../assemblies.enums.js';

@InputType()
export class CandidateInput {
  @Field()
  @IsString()
  @MinLength(2, { message: "Give the candidate's name." })
  @MaxLength(200, { message: "Keep the candidate's name under 200 characters." })
  name: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The candidate as a person of the cooperative, when they have an account.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'personId must be the id of a person.' })
  personId?: string | null;
}

@InputType()
export class CollegeWeightInput {
  @Field(() => StakeholderCategoryEnum)
  @IsIn(STAKEHOLDER_CATEGORIES, { message: 'college must be a stakeholder category.' })
  college: StakeholderCategory;

  @Field(() => Int)
  @IsInt({ message: 'A college weight is a whole number.' })
  @Min(0, { message: 'A college weight cannot be negative.' })
  @Max(1000, { message: 'Keep college weights at 1,000 or less (they are proportions, e.g. 50 / 30 / 20).' })
  weight: number;
}

@InputType()
export class AddAgendaItemInput {
  @Field(() => ID) @IsUUID('all', { message: 'assemblyId must be the id of an assembly.' }) assemblyId: string;

  @Field(() => AgendaItemKindEnum)
  @IsIn(Object.values(AgendaItemKindEnum), { message: 'Choose MOTION, ELECTION or INFORMATION.' })
  kind: AgendaItemKind;

  @Field(() => String, {
    nullable: true,
    description: "Required unless actionProposalId is given (then the proposal's title and body are used).",
  })
  @IsOptional()
  @IsString()
  @MinLength(3, { message: 'Give the agenda item a title of at least 3 characters.' })
  @MaxLength(300, { message: 'Keep the title under 300 characters.' })
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(50000, { message: 'Keep the text under 50,000 characters.' })
  body?: string | null;

  @Field(() => LanguageEnum, { description: 'The language title and body are written in.' })
  @IsIn(Object.values(LanguageEnum), { message: 'Choose nl, fr or en.' })
  language: Language;

  @Field(() => ID, {
    nullable: true,
    description: 'An action proposal ON_AGENDA in this cooperative: becomes a motion (once).',
  })
  @IsOptional()
  @IsUUID('all', { message: 'actionProposalId must be the id of an action proposal.' })
  actionProposalId?: string | null;

  @Field(() => MajorityRuleEnum, { nullable: true, description: "Defaults from the cooperative's statutes." })
  @IsOptional()
  @IsIn(MAJORITY_RULES, { message: 'Choose SIMPLE, ABSOLUTE, TWO_THIRDS or THREE_QUARTERS.' })
  majorityRule?: MajorityRule | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  abstentionsCount?: boolean | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 4 }, { message: 'The quorum is a percentage with at most 4 decimals.' })
  @Min(0, { message: 'The quorum is a percentage from 0 to 100.' })
  @Max(100, { message: 'The quorum is a percentage from 0 to 100.' })
  quorumPercent?: number | null;

  @Field(() => QuorumBasisEnum, { nullable: true })
  @IsOptional()
  @IsIn(QUORUM_BASES, { message: 'Choose MEMBERS or SHARES.' })
  quorumBasis?: QuorumBasis | null;

  @Field(() => VotingWeightModeEnum, { nullable: true })
  @IsOptional()
  @IsIn(VOTING_WEIGHT_MODES, { message: 'Choose ONE_MEMBER_ONE_VOTE, SHARE_WEIGHTED or COLLEGES.' })
  weightMode?: VotingWeightMode | null;

  @Field(() => [CollegeWeightInput], {
    nullable: true,
    description: 'Required when weightMode is COLLEGES: one entry per college.',
  })
  @IsOptional()
  @ArrayMaxSize(STAKEHOLDER_CATEGORIES.length, { message: 'One weight per college.' })
  @ValidateNested({ each: true })
  @Type(() => CollegeWeightInput)
  collegeWeights?: CollegeWeightInput[] | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  secret?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'ELECTION: the seats to fill.' })
  @IsOptional()
  @IsInt({ message: 'seats is a whole number.' })
  @Min(1, { message: 'An election fills at least one seat.' })
  @Max(100, { message: 'At most 100 seats.' })
  seats?: number | null;

  @Field(() => ElectionMethodEnum, {
    nullable: true,
    description: 'ELECTION: APPROVAL (default) or MAJORITY_PER_SEAT (each elected needs more than half of the ballots).',
  })
  @IsOptional()
  @IsIn(ELECTION_METHODS, { message: 'electionMethod is APPROVAL or MAJORITY_PER_SEAT.' })
  electionMethod?: ElectionMethod | null;

  @Field(() => SeatBodyEnum, {
    nullable: true,
    description: 'ELECTION: the body whose seats it fills; every candidate must then be a member (personId).',
  })
  @IsOptional()
  @IsIn(SEAT_BODIES, { message: 'fillsSeatsOf is ETHICS_COMMITTEE, or empty.' })
  fillsSeatsOf?: SeatBody | null;

  @Field(() => [CandidateInput], { nullable: true, description: 'ELECTION: the candidates, in ballot order.' })
  @IsOptional()
  @ArrayMinSize(1, { message: 'An election needs at least one candidate.' })
  @ArrayMaxSize(200, { message: 'At most 200 candidates.' })
  @ValidateNested({ each: true })
  @Type(() => CandidateInput)
  candidates?: CandidateInput[] | null;
}
