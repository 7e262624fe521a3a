import {
  ACTION_PROPOSAL_STATUSES,
  CYCLE_TRANSITIONS,
  RECOMMENDATION_STAGES,
  type ActionProposalStatus,
  type CycleTransition,
  type RecommendationStage,
  type TranslatedTextValue,
} from '@letscoop/domain';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { TranslatedText } from '../../common/translated-text.model.js';
import { Person } from '../members/person.model.js';

function asEnum<T extends string>(values: readonly T[]): Record<T, T> {
  return Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
}

export const RecommendationStageEnum = asEnum(RECOMMENDATION_STAGES);
export const CycleTransitionEnum = asEnum(CYCLE_TRANSITIONS);
export const VersionAuthorEnum = asEnum(['GROUP', 'BOARD'] as const);
export const DiffKindEnum = asEnum(['SAME', 'ADDED', 'REMOVED'] as const);
export const ActionProposalStatusEnum = asEnum(ACTION_PROPOSAL_STATUSES);
registerEnumType(RecommendationStageEnum, {
  name: 'RecommendationStage',
  description: 'Where a recommendation is on its path from draft to assembly.',
});
registerEnumType(CycleTransitionEnum, {
  name: 'CycleTransition',
  description: 'A step of the cycle (one mutation each).',
});
registerEnumType(VersionAuthorEnum, {
  name: 'VersionAuthor',
  description: "GROUP: the working group's text; BOARD: the board's amended text.",
});
registerEnumType(DiffKindEnum, { name: 'DiffKind' });
registerEnumType(ActionProposalStatusEnum, { name: 'ActionProposalStatus' });

@ObjectType('DiffPart')
export class DiffPartModel {
  @Field(() => DiffKindEnum) kind: 'SAME' | 'ADDED' | 'REMOVED';
  @Field() text: string;
}

@ObjectType({ description: 'A word diff of the title and body between two texts, in one language.' })
export class TextDiff {
  @Field(() => Int, { nullable: true }) fromVersion: number | null;
  @Field(() => Int) toVersion: number;
  @Field(() => [DiffPartModel]) title: DiffPartModel[];
  @Field(() => [DiffPartModel]) body: DiffPartModel[];
  @Field({ description: 'False when the two texts are the same in this language.' }) changed: boolean;
}

@ObjectType({ description: 'The edition a recommendation belongs to.' })
export class EditionRef {
  @Field(() => ID) id: string;
  @Field(() => Int) number: number;
  @Field() period: string;
  @Field(() => TranslatedText) title: TranslatedText;
}

@ObjectType({ description: 'The working group a recommendation comes from.' })
export class WorkingGroupRef {
  @Field(() => ID) id: string;
  @Field(() => ID) editionId: string;
  @Field(() => TranslatedText) theme: TranslatedText;
}

/** A version row as loaded; the resolver presents its texts. */
export interface VersionRow {
  id: string;
  recommendationId: string;
  number: number;
  authoredBy: 'GROUP' | 'BOARD';
  title: TranslatedTextValue;
  body: TranslatedTextValue;
  rationale: TranslatedTextValue | null;
  expectedOutcome: TranslatedTextValue | null;
  proposedOwner: string | null;
  successIndicator: TranslatedTextValue | null;
  createdBy: string | null;
  createdAt: Date;
}

@ObjectType('RecommendationVersion', { description: 'One saved text; versions are never rewritten.' })
export class RecommendationVersionModel {
  @Field(() => ID) id: string;
  @Field(() => Int) number: number;
  @Field(() => VersionAuthorEnum) authoredBy: 'GROUP' | 'BOARD';
  @Field() createdAt: Date;
  @Field(() => Person, { nullable: true }) createdBy: Person | null;
  @Field(() => TranslatedText) title: TranslatedText;
  @Field(() => TranslatedText) body: TranslatedText;
  @Field(() => TranslatedText, { nullable: true }) rationale: TranslatedText | null;
  @Field(() => TranslatedText, { nullable: true }) expectedOutcome: TranslatedText | null;
  @Field(() => String, { nullable: true }) proposedOwner: string | null;
  @Field(() => TranslatedText, { nullable: true }) successIndicator: TranslatedText | null;
}

@ObjectType()
export class Testimony {
  @Field(() => ID) id: string;
  @Field(() => TranslatedText) quote: TranslatedText;
  @Field() attributedTo: string;
  @Field() createdAt: Date;
}

@ObjectType()
export class ReviewNote {
  @Field(() => ID) id: string;
  @Field(() => Person) author: Person;
  @Field() body: string;
  @Field() createdAt: Date;
}

@ObjectType()
export class ActionProposal {
  @Field(() => ID) id: string;
  @Field(() => ID) recommendationId: string;
  @Field(() => Int) number: number;
  @Field(() => TranslatedText) title: TranslatedText;
  @Field(() => TranslatedText) body: TranslatedText;
  @Field(() => String, { nullable: true }) proposedOwner: string | null;
  @Field(() => String, { nullable: true, description: 'In cents, as a string (bigint).' }) budgetEstimateCents:
    string | null;
  @Field(() => ActionProposalStatusEnum) status: ActionProposalStatus;
  @Field() createdAt: Date;
}

@ObjectType()
export class BoardMeeting {
  @Field(() => ID) id: string;
  @Field(() => ID) cooperativeId: string;
  @Field() heldOn: string;
  @Field() title: string;
}

@ObjectType()
export class GroupMeetingRef {
  @Field(() => ID) id: string;
  @Field() startsAt: Date;
}

@ObjectType()
export class BoardVoteModel {
  @Field(() => Int) inFavour: number;
  @Field(() => Int) against: number;
  @Field(() => Int) abstaining: number;
}

@ObjectType({ description: 'A reference to another recommendation (merged into / from).' })
export class RecommendationRef {
  @Field(() => ID) id: string;
  @Field(() => RecommendationStageEnum) stage: RecommendationStage;
  @Field(() => TranslatedText, { nullable: true }) title: TranslatedText | null;
}

@ObjectType({ description: 'One step of the cycle: who, when, why, the meeting, the vote, and the text change.' })
export class TimelineStep {
  @Field(() => ID) id: string;
  @Field(() => ID, {
    description: 'The recommendation the step was taken on (another one for a recommendation merged into this one).',
  })
  recommendationId: string;
  @Field(() => CycleTransitionEnum) transition: CycleTransition;
  @Field(() => RecommendationStageEnum) fromStage: RecommendationStage;
  @Field(() => RecommendationStageEnum) toStage: RecommendationStage;
  @Field(() => Person, { nullable: true }) actor: Person | null;
  @Field() occurredAt: Date;
  @Field(() => String, { nullable: true }) reason: string | null;
  @Field(() => GroupMeetingRef, { nullable: true }) groupMeeting: GroupMeetingRef | null;
  @Field(() => BoardMeeting, { nullable: true }) boardMeeting: BoardMeeting | null;
  @Field(() => BoardVoteModel, { nullable: true }) vote: BoardVoteModel | null;
  @Field(() => [Person], {
    description: 'Board members who co-lead the group: recorded as abstaining (conflict of interest).',
  })
  conflicted: Person[];
  @Field(() => RecommendationVersionModel, { nullable: true }) version: RecommendationVersionModel | null;
  @Field(() => TextDiff, {
    nullable: true,
    description: 'Where the step changed the text: the diff against the previous version.',
  })
  diff: TextDiff | null;
  @Field(() => RecommendationRef, { nullable: true }) mergedInto: RecommendationRef | null;
}

/** The recommendation row the resolvers start from. */
@ObjectType()
export class Recommendation {
  @Field(() => ID) id: string;
  @Field(() => ID) cooperativeId: string;
  @Field(() => ID) editionId: string;
  @Field(() => ID) groupId: string;
  @Field(() => RecommendationStageEnum) stage: RecommendationStage;
  @Field() createdAt: Date;
  @Field() stageChangedAt: Date;
  mergedIntoId: string | null;
  createdBy: string | null;
}
