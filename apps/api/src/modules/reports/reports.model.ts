import {
  REPORT_VOTE_STATES,
  type ActionProposalStatus,
  type ActionStatus,
  type CycleTransition,
  type EditionStatus,
  type PollStatus,
  type RecommendationStage,
  type ReportVoteState,
} from '@letscoop/domain';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { asEnum } from '../../common/enums.js';
import { TranslatedText } from '../../common/translated-text.model.js';
import { ActionStatusEnum } from '../action-plan/action-plan.model.js';
import { PollStatusEnum } from '../assemblies/assemblies.enums.js';
import { EditionStatusEnum } from '../editions/editions.enums.js';
import {
  ActionProposalStatusEnum,
  BoardVoteModel,
  CycleTransitionEnum,
  EditionRef,
  RecommendationRef,
  RecommendationStageEnum,
} from '../recommendations/recommendation.model.js';

export const ReportVoteStateEnum = asEnum(REPORT_VOTE_STATES);
registerEnumType(ReportVoteStateEnum, {
  name: 'ReportVoteState',
  description:
    'NOT_PUT: not put to the assembly yet; AWAITING: put to the assembly, no published result yet; PUBLISHED: the published result; NO_VOTE_RECORDED: adopted or rejected without a poll in the platform.',
});

@ObjectType({ description: 'How many recommendations are at one stage.' })
export class StageCount {
  @Field(() => RecommendationStageEnum) stage: RecommendationStage;
  @Field(() => Int) count: number;
}

@ObjectType({ description: "The board's decision on a recommendation (endorse, amend and endorse, merge or decline)." })
export class ReportBoardDecision {
  @Field(() => CycleTransitionEnum) transition: CycleTransition;
  @Field() decidedAt: Date;
  @Field(() => String, { nullable: true, description: 'The board meeting where it was decided.' })
  boardMeeting: string | null;
  @Field(() => String, { nullable: true, description: 'yyyy-mm-dd' }) boardMeetingOn: string | null;
  @Field(() => BoardVoteModel, { nullable: true }) vote: BoardVoteModel | null;
  @Field(() => String, { nullable: true, description: 'Why (required to amend, merge and decline).' })
  reason: string | null;
}

@ObjectType({
  description:
    "The board amended the group's text: the two versions to compare (the recommendation page's compare link) and the size of the change.",
})
export class ReportAmendment {
  @Field(() => Int, { nullable: true, description: "The group's last version before the board's." })
  groupVersion: number | null;
  @Field(() => Int) boardVersion: number;
  @Field(() => Int, { description: "Words added by the board, in the reader's language." }) wordsAdded: number;
  @Field(() => Int, { description: "Words removed by the board, in the reader's language." }) wordsRemoved: number;
}

@ObjectType({ description: 'An action of the plan, as the report shows it.' })
export class ReportAction {
  @Field(() => ID) id: string;
  @Field(() => TranslatedText) title: TranslatedText;
  @Field(() => ActionStatusEnum) status: ActionStatus;
  @Field(() => Int, { description: '0–100.' }) progress: number;
  @Field(() => String, { nullable: true }) statusReason: string | null;
}

@ObjectType({
  description:
    "The assembly's vote on an action proposal. Figures only once the poll's result is published (frozen at close).",
})
export class ReportVote {
  @Field(() => ReportVoteStateEnum) state: ReportVoteState;
  @Field(() => ID, { nullable: true }) assemblyId: string | null;
  @Field(() => TranslatedText, { nullable: true }) assembly: TranslatedText | null;
  @Field(() => Date, { nullable: true, description: 'When the assembly starts.' }) assemblyDate: Date | null;
  @Field(() => PollStatusEnum, { nullable: true }) pollStatus: PollStatus | null;
  @Field(() => Date, { nullable: true, description: 'When the poll closed (published results only).' })
  votedAt: Date | null;
  @Field(() => String, {
    nullable: true,
    description: 'MAJORITY_REACHED, MAJORITY_NOT_REACHED, TIE, QUORUM_NOT_REACHED.',
  })
  outcome: string | null;
  @Field(() => Boolean, { nullable: true }) passed: boolean | null;
  @Field(() => Int, { nullable: true }) yes: number | null;
  @Field(() => Int, { nullable: true }) no: number | null;
  @Field(() => Int, { nullable: true }) abstain: number | null;
  @Field(() => String, { nullable: true, description: 'The rule applied, in the words frozen at close.' })
  ruleApplied: string | null;
}

@ObjectType()
export class ReportProposal {
  @Field(() => ID) id: string;
  @Field(() => Int) number: number;
  @Field(() => TranslatedText) title: TranslatedText;
  @Field(() => ActionProposalStatusEnum) status: ActionProposalStatus;
  @Field(() => ReportVote) vote: ReportVote;
  @Field(() => ReportAction, { nullable: true, description: 'The action it became in the plan, once adopted.' })
  action: ReportAction | null;
}

@ObjectType({ description: 'What became of one recommendation.' })
export class ReportRecommendation {
  @Field(() => ID) id: string;
  @Field(() => TranslatedText, { description: 'Its current title (the board’s when it amended).' })
  title: TranslatedText;
  @Field(() => RecommendationStageEnum, { description: 'The stage reached.' }) stage: RecommendationStage;
  @Field({ description: 'When the group started drafting it.' }) draftedAt: Date;
  @Field(() => Date, { nullable: true, description: 'When the group first submitted it to the board.' })
  submittedAt: Date | null;
  @Field(() => Int, { description: 'How many times the board sent it back to the group.' }) sentBack: number;
  @Field(() => ReportBoardDecision, { nullable: true }) decision: ReportBoardDecision | null;
  @Field(() => ReportAmendment, { nullable: true, description: 'Set when the board amended the text.' })
  amendment: ReportAmendment | null;
  @Field(() => RecommendationRef, { nullable: true }) mergedInto: RecommendationRef | null;
  @Field(() => [RecommendationRef], { description: 'Recommendations the board merged into this one.' })
  mergedFrom: RecommendationRef[];
  @Field(() => [ReportProposal]) proposals: ReportProposal[];
  @Field(() => [ReportAction], {
    description: 'Actions of the plan drawn from this recommendation without an action proposal of their own.',
  })
  otherActions: ReportAction[];
}

@ObjectType()
export class ReportGroup {
  @Field(() => ID) id: string;
  @Field(() => TranslatedText) theme: TranslatedText;
  @Field(() => [ReportRecommendation]) recommendations: ReportRecommendation[];
}

@ObjectType()
export class ReportTotals {
  @Field(() => Int) recommendations: number;
  @Field(() => Int) proposals: number;
  @Field(() => Int, { description: 'Proposals the board put to the assembly.' }) putToAssembly: number;
  @Field(() => Int) adopted: number;
  @Field(() => Int) rejected: number;
  @Field(() => Int) actions: number;
  @Field(() => Int) actionsDone: number;
}

@ObjectType({
  description: 'From idea to action: what became of every recommendation of an edition, grouped by working group.',
})
export class IdeaToActionReport {
  @Field(() => ID) cooperativeId: string;
  @Field() cooperativeName: string;
  @Field(() => EditionRef) edition: EditionRef;
  @Field(() => EditionStatusEnum) editionStatus: EditionStatus;
  @Field() generatedAt: Date;
  @Field(() => ReportTotals) totals: ReportTotals;
  @Field(() => [StageCount], { description: 'Every stage, zeros included.' }) stageCounts: StageCount[];
  @Field(() => [ReportGroup]) groups: ReportGroup[];
}

@ObjectType({ description: "One edition's figures on the transparency dashboard." })
export class TransparencyEditionFigures {
  @Field(() => EditionRef) edition: EditionRef;
  @Field(() => EditionStatusEnum) status: EditionStatus;
  @Field(() => Int) recommendations: number;
  @Field(() => [StageCount], { description: 'Every stage, zeros included.' }) stageCounts: StageCount[];
  @Field(() => Float, {
    nullable: true,
    description:
      'Median days from the first draft of a recommendation to the close of the first published assembly vote on one of its proposals (one decimal); null when none was voted.',
  })
  medianDaysToVote: number | null;
  @Field(() => Int, { description: 'Recommendations behind the median.' }) votedRecommendations: number;
  @Field(() => Int) proposals: number;
  @Field(() => Int, { description: 'Proposals the board put to the assembly.' }) putToAssembly: number;
  @Field(() => Int, { description: 'Proposals the assembly adopted or rejected.' }) decided: number;
  @Field(() => Int) adopted: number;
  @Field(() => Float, { nullable: true, description: 'adopted / decided, in %, one decimal; null when none decided.' })
  adoptedPercent: number | null;
  @Field(() => Int, { description: 'Actions in the plan from adopted proposals.' }) actions: number;
  @Field(() => Int, { description: 'Those actions that are done.' }) actionsDone: number;
  @Field(() => Float, {
    nullable: true,
    description: 'actionsDone / adopted, in %, one decimal; null when none adopted.',
  })
  implementedPercent: number | null;
}

@ObjectType({ description: "A cooperative's transparency dashboard: per edition, how ideas became actions." })
export class TransparencyDashboard {
  @Field(() => ID) cooperativeId: string;
  @Field(() => [TransparencyEditionFigures], { description: 'Oldest edition first.' })
  editions: TransparencyEditionFigures[];
}
