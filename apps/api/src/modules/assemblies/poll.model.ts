import type {
  BallotChoice,
  MajorityRule,
  PollMethod,
  PollStatus,
  StakeholderCategory,
  VotingWeightMode,
} from '@letscoop/domain';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { MajorityRuleEnum, StakeholderCategoryEnum, VotingWeightModeEnum } from '../../common/enums.js';
import { Person } from '../members/person.model.js';
import { BallotChoiceEnum, PollMethodEnum, PollStatusEnum } from './assemblies.enums.js';
import { CandidateModel } from './agenda-item.model.js';
import { AttendanceSummaryModel, QuorumStatusModel } from './attendance.model.js';

/**
 * The vote on one agenda item. Resolvers start from the PollEntity row; agendaItem, weightMode,
 * participation, results, myVotingRights, receipts and namedBallots are field resolvers.
 */
@ObjectType('Poll')
export class PollModel {
  @Field(() => ID) id: string;
  @Field(() => ID) assemblyId: string;
  @Field(() => PollStatusEnum) status: PollStatus;
  @Field(() => PollMethodEnum) method: PollMethod;
  @Field({ description: 'Secret: who voted is stored apart from what was voted; each voter gets a receipt.' })
  secret: boolean;
  @Field(() => Date, { nullable: true }) openedAt: Date | null;
  @Field(() => Date, { nullable: true }) closedAt: Date | null;
  @Field(() => Date, { nullable: true }) publishedAt: Date | null;
}

@ObjectType('PollParticipation')
export class PollParticipationModel {
  @Field(() => ID) pollId: string;
  @Field(() => PollStatusEnum) status: PollStatus;
  @Field(() => Int, { description: 'Ballots cast so far (one per voter and per represented member).' })
  ballotsCast: number;
  @Field(() => Int, { description: 'Members present plus members represented by a proxy holder who is present.' })
  eligible: number;
}

/** A ballot the viewer may cast: for themselves, or for a member whose proxy they hold. */
@ObjectType('VotingRight')
export class VotingRightModel {
  @Field(() => Person, { description: 'The member whose vote it is: the viewer, or a member they represent.' })
  voter: Person;
  @Field() onBehalf: boolean;
  @Field() alreadyVoted: boolean;
}

@ObjectType('CollegeResult')
export class CollegeResultModel {
  @Field(() => StakeholderCategoryEnum) college: StakeholderCategory;
  @Field(() => Int) collegeWeight: number;
  @Field(() => Int) yes: number;
  @Field(() => Int) no: number;
  @Field(() => Int) abstain: number;
  @Field(() => Int) counted: number;
  @Field(() => String, { nullable: true }) yesPercent: string | null;
  @Field({ description: 'Whether the college weighs in the result (votes counted and a weight above 0).' })
  included: boolean;
}

/** One candidate's place in an election; `candidate` is resolved from `candidateId`. */
@ObjectType('RankedCandidate')
export class RankedCandidateModel {
  @Field(() => CandidateModel) candidate?: CandidateModel;
  candidateId: string;
  /** Set by the results resolver: where to find the candidate. */
  agendaItemId?: string;
  @Field(() => Int, { description: 'Weighted approvals.' }) approvals: number;
  @Field(() => Int, { description: '1 for the most approved; equal approvals share a rank.' }) rank: number;
  @Field() elected: boolean;
}

@ObjectType('ElectionResult')
export class ElectionResultModel {
  @Field(() => Int) seats: number;
  @Field(() => [RankedCandidateModel], { description: 'Every candidate, most approved first.' })
  ranking: RankedCandidateModel[];
  @Field(() => [ID], { description: 'Candidates surely elected (never a pick among tied candidates).' })
  elected: string[];
  @Field(() => [ID], { description: 'Candidates tied for the last seat(s): the assembly decides.' })
  tieCandidateIds: string[];
  @Field(() => Int, { description: 'Seats nobody fills (too few candidates with an approval).' }) vacantSeats: number;
}

/** The result, frozen at close: every figure, the quorum and the rule applied (libs/domain's tally). */
@ObjectType('PollResult')
export class PollResultModel {
  @Field({
    description:
      'MAJORITY_REACHED, MAJORITY_NOT_REACHED, TIE, QUORUM_NOT_REACHED (motions); ELECTED, TIE_AT_CUTOFF or QUORUM_NOT_REACHED (elections).',
  })
  outcome: string;
  @Field() passed: boolean;
  @Field({ description: 'The rule with its figures, in plain words (what the minutes print).' }) ruleApplied: string;
  @Field(() => MajorityRuleEnum, { nullable: true }) majorityRule: MajorityRule | null;
  @Field() abstentionsCount: boolean;
  @Field(() => VotingWeightModeEnum) weightMode: VotingWeightMode;
  @Field(() => Int, { description: 'Number of ballots (rows).' }) ballots: number;
  @Field(() => Int, { description: 'Weights (votes or shares); 0 for elections.' }) yes: number;
  @Field(() => Int) no: number;
  @Field(() => Int) abstain: number;
  @Field(() => Int) cast: number;
  @Field(() => Int) counted: number;
  @Field(() => Int) entitled: number;
  @Field(() => Int, { nullable: true }) yesNeeded: number | null;
  @Field(() => String, { nullable: true }) yesPercent: string | null;
  @Field(() => QuorumStatusModel) quorum: QuorumStatusModel;
  @Field(() => [CollegeResultModel], { nullable: true }) colleges: CollegeResultModel[] | null;
  @Field(() => ElectionResultModel, { nullable: true }) election: ElectionResultModel | null;
  @Field() frozenAt: Date;
}

@ObjectType('ReceiptEntry')
export class ReceiptEntryModel {
  @Field() receipt: string;
  @Field(() => BallotChoiceEnum, { nullable: true }) choice: BallotChoice | null;
  @Field(() => [ID], { nullable: true }) approvals: string[] | null;
}

@ObjectType('NamedBallot')
export class NamedBallotModel {
  @Field(() => Person) voter: Person;
  @Field(() => Person, { description: 'The voter, or the holder of their proxy.' }) castBy: Person;
  @Field(() => BallotChoiceEnum, { nullable: true }) choice: BallotChoice | null;
  @Field(() => [ID], { nullable: true }) approvals: string[] | null;
  @Field(() => Int) weight: number;
}

@ObjectType('BallotReceipt')
export class BallotReceiptModel {
  @Field(() => ID) pollId: string;
  @Field({
    description:
      'A code of 12 characters (e.g. 7KQ2-M9XD-4TRA); shown once; after publication it appears in the receipts list with the choice.',
  })
  receipt: string;
  @Field(() => ID, { nullable: true }) onBehalfOf: string | null;
  @Field(() => BallotChoiceEnum, { nullable: true }) choice: BallotChoice | null;
  @Field(() => [ID], { nullable: true }) approvals: string[] | null;
  @Field() secret: boolean;
}

@ObjectType('AssemblyLiveEvent')
export class AssemblyLiveEventModel {
  @Field(() => ID) assemblyId: string;
  @Field(() => AttendanceSummaryModel) attendance: AttendanceSummaryModel;
  @Field(() => ID, { nullable: true }) currentPollId: string | null;
}
