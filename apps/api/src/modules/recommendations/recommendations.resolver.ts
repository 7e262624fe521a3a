import {
  resolveText,
  startsWithActionVerb,
  type CycleTransition,
  type Language,
  type RecommendationStage,
} from '@letscoop/domain';
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, ReaderLanguage } from '../../common/decorators.js';
import { LanguageEnum } from '../../common/enums.js';
import type { AppRequest, Viewer } from '../../common/request-context.js';
import { presentText, TranslatedText } from '../../common/translated-text.model.js';
import { Person } from '../members/person.model.js';
import type { ActionProposalEntity } from './action-proposal.entity.js';
import type { BoardMeetingEntity } from './board-meeting.entity.js';
import { AddCoAuthorInput } from './dto/add-co-author.input.js';
import { AddReviewNoteInput } from './dto/add-review-note.input.js';
import { AddTestimonyInput } from './dto/add-testimony.input.js';
import { AmendAndEndorseRecommendationInput } from './dto/amend-and-endorse-recommendation.input.js';
import { ConvertToActionProposalsInput } from './dto/convert-to-action-proposals.input.js';
import { CreateBoardMeetingInput } from './dto/create-board-meeting.input.js';
import { DeclineRecommendationInput } from './dto/decline-recommendation.input.js';
import { DraftRecommendationInput } from './dto/draft-recommendation.input.js';
import { EndorseRecommendationInput } from './dto/endorse-recommendation.input.js';
import { MergeRecommendationInput } from './dto/merge-recommendation.input.js';
import { SaveRecommendationVersionInput } from './dto/save-recommendation-version.input.js';
import { SendBackRecommendationInput } from './dto/send-back-recommendation.input.js';
import { SubmitRecommendationInput } from './dto/submit-recommendation.input.js';
import { afterChange, GqlRequest, loadersFor, type RecommendationLoaders } from './recommendation-loaders.js';
import type { RecommendationVersionEntity } from './recommendation-version.entity.js';
import type { RecommendationEntity } from './recommendation.entity.js';
import {
  ActionProposal,
  BoardMeeting,
  CycleTransitionEnum,
  EditionRef,
  Recommendation,
  RecommendationRef,
  RecommendationStageEnum,
  RecommendationVersionModel,
  ReviewNote,
  Testimony,
  TextDiff,
  TimelineStep,
  WorkingGroupRef,
} from './recommendation.model.js';
import { RecommendationsService, versionDiff } from './recommendations.service.js';

export const presentProposal = (p: ActionProposalEntity, reader: Language): ActionProposal => ({
  id: p.id,
  recommendationId: p.recommendationId,
  number: p.number,
  title: presentText(p.title, reader),
  body: presentText(p.body, reader),
  proposedOwner: p.proposedOwner,
  budgetEstimateCents: p.budgetEstimateCents,
  status: p.status,
  createdAt: p.createdAt,
});

const presentBoardMeeting = (m: BoardMeetingEntity): BoardMeeting => ({
  id: m.id,
  cooperativeId: m.cooperativeId,
  heldOn: m.heldOn,
  title: m.title,
});

@Resolver(() => Recommendation)
export class RecommendationsResolver {
  constructor(private readonly service: RecommendationsService) {}

  private loaders(req: AppRequest): RecommendationLoaders {
    return loadersFor(req, this.service);
  }

  // ── Queries ──

  @Query(() => Recommendation)
  recommendation(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<RecommendationEntity> {
    return this.service.get(viewer.actor, id);
  }

  @Query(() => [Recommendation], {
    description:
      "An edition's recommendations, optionally of one stage or one group (a constant number of queries whatever their number).",
  })
  recommendations(
    @CurrentViewer() viewer: Viewer,
    @Args('editionId', { type: () => ID }) editionId: string,
    @Args('stage', { type: () => RecommendationStageEnum, nullable: true }) stage: RecommendationStage | null,
    @Args('groupId', { type: () => ID, nullable: true }) groupId: string | null,
  ): Promise<RecommendationEntity[]> {
    return this.service.list(viewer.actor, editionId, { stage, groupId });
  }

  @Query(() => [Recommendation], {
    description: "The board's queue: submitted or under review, across groups, oldest first.",
  })
  boardQueue(
    @CurrentViewer() viewer: Viewer,
    @Args('cooperativeId', { type: () => ID }) cooperativeId: string,
  ): Promise<RecommendationEntity[]> {
    return this.service.boardQueue(viewer.actor, cooperativeId);
  }

  @Query(() => [BoardMeeting], { description: "The board's meetings, most recent first." })
  async boardMeetings(
    @CurrentViewer() viewer: Viewer,
    @Args('cooperativeId', { type: () => ID }) cooperativeId: string,
  ): Promise<BoardMeeting[]> {
    return (await this.service.boardMeetings(viewer.actor, cooperativeId)).map(presentBoardMeeting);
  }

  // ── Mutations: drafting ──

  @Mutation(() => Recommendation, {
    description: 'Drafts a recommendation in a working group (version 1, by the group).',
  })
  async draftRecommendation(
    @CurrentViewer() viewer: Viewer,
    @GqlRequest() req: AppRequest,
    @Args('input') input: DraftRecommendationInput,
  ): Promise<RecommendationEntity> {
    return afterChange(req, await this.service.draft(viewer, input));
  }

  @Mutation(() => Recommendation, {
    description:
      'Saves a new version of a draft; in another language it adds a translation (machine: true marks it machine-made).',
  })
  async saveRecommendationVersion(
    @CurrentViewer() viewer: Viewer,
    @GqlRequest() req: AppRequest,
    @Args('input') input: SaveRecommendationVersionInput,
  ): Promise<RecommendationEntity> {
    return afterChange(req, await this.service.saveVersion(viewer, input));
  }

  @Mutation(() => Recommendation)
  async addCoAuthor(
    @CurrentViewer() viewer: Viewer,
    @GqlRequest() req: AppRequest,
    @Args('input') input: AddCoAuthorInput,
  ): Promise<RecommendationEntity> {
    return afterChange(req, await this.service.addCoAuthor(viewer, input));
  }

  @Mutation(() => Recommendation)
  async addTestimony(
    @CurrentViewer() viewer: Viewer,
    @GqlRequest() req: AppRequest,
    @Args('input') input: AddTestimonyInput,
  ): Promise<RecommendationEntity> {
    return afterChange(req, await this.service.addTestimony(viewer, input));
  }

  // ── Mutations: the board's tools ──

  @Mutation(() => Recommendation, {
    description: 'A board member notes something while reviewing (seen by the board only).',
  })
  async addReviewNote(
    @CurrentViewer() viewer: Viewer,
    @GqlRequest() req: AppRequest,
    @Args('input') input: AddReviewNoteInput,
  ): Promise<RecommendationEntity> {
    return afterChange(req, await this.service.addReviewNote(viewer, input));
  }

  @Mutation(() => BoardMeeting, { description: 'Records a board meeting, so decisions can cite it.' })
  async createBoardMeeting(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CreateBoardMeetingInput,
  ): Promise<BoardMeeting> {
    return presentBoardMeeting(await this.service.createBoardMeeting(viewer, input));
  }

  // ── Mutations: the cycle ──

  @Mutation(() => Recommendation, {
    description:
      "Group leads or secretary: submits the draft to the board, citing the group's meeting that adopted it.",
  })
  async submitRecommendation(
    @CurrentViewer() viewer: Viewer,
    @GqlRequest() req: AppRequest,
    @Args('input') input: SubmitRecommendationInput,
  ): Promise<RecommendationEntity> {
    return afterChange(req, await this.service.submit(viewer, input));
  }

  @Mutation(() => Recommendation, { description: 'Board: takes a submitted recommendation under review.' })
  async startBoardReview(
    @CurrentViewer() viewer: Viewer,
    @GqlRequest() req: AppRequest,
    @Args('recommendationId', { type: () => ID }) recommendationId: string,
  ): Promise<RecommendationEntity> {
    return afterChange(req, await this.service.startReview(viewer, recommendationId));
  }

  @Mutation(() => Recommendation, { description: 'Board: endorses as is (board meeting and vote recorded).' })
  async endorseRecommendation(
    @CurrentViewer() viewer: Viewer,
    @GqlRequest() req: AppRequest,
    @Args('input') input: EndorseRecommendationInput,
  ): Promise<RecommendationEntity> {
    return afterChange(req, await this.service.endorse(viewer, input));
  }

  @Mutation(() => Recommendation, {
    description: "Board: endorses its own text, a new version by the board; the group's text stays.",
  })
  async amendAndEndorseRecommendation(
    @CurrentViewer() viewer: Viewer,
    @GqlRequest() req: AppRequest,
    @Args('input') input: AmendAndEndorseRecommendationInput,
  ): Promise<RecommendationEntity> {
    return afterChange(req, await this.service.amendAndEndorse(viewer, input));
  }

  @Mutation(() => Recommendation, {
    description: 'Board: merges into another recommendation of the edition; the trail is kept on both.',
  })
  async mergeRecommendation(
    @CurrentViewer() viewer: Viewer,
    @GqlRequest() req: AppRequest,
    @Args('input') input: MergeRecommendationInput,
  ): Promise<RecommendationEntity> {
    return afterChange(req, await this.service.merge(viewer, input));
  }

  @Mutation(() => Recommendation, { description: 'Board: sends it back to the group with questions (back to draft).' })
  async sendBackRecommendation(
    @CurrentViewer() viewer: Viewer,
    @GqlRequest() req: AppRequest,
    @Args('input') input: SendBackRecommendationInput,
  ): Promise<RecommendationEntity> {
    return afterChange(req, await this.service.sendBack(viewer, input));
  }

  @Mutation(() => Recommendation, { description: 'Board: declines, with a reason every member can read.' })
  async declineRecommendation(
    @CurrentViewer() viewer: Viewer,
    @GqlRequest() req: AppRequest,
    @Args('input') input: DeclineRecommendationInput,
  ): Promise<RecommendationEntity> {
    return afterChange(req, await this.service.decline(viewer, input));
  }

  @Mutation(() => Recommendation, {
    description: 'Board: turns an endorsed recommendation into one or more action proposals.',
  })
  async convertToActionProposals(
    @CurrentViewer() viewer: Viewer,
    @GqlRequest() req: AppRequest,
    @Args('input') input: ConvertToActionProposalsInput,
  ): Promise<RecommendationEntity> {
    return afterChange(req, await this.service.convert(viewer, input));
  }

  @Mutation(() => Recommendation, { description: "Board: puts the action proposals on the assembly's agenda." })
  async putToAssembly(
    @CurrentViewer() viewer: Viewer,
    @GqlRequest() req: AppRequest,
    @Args('recommendationId', { type: () => ID }) recommendationId: string,
  ): Promise<RecommendationEntity> {
    return afterChange(req, await this.service.putToAssembly(viewer, recommendationId));
  }

  // ── Fields ──

  @ResolveField(() => EditionRef)
  async edition(
    @Parent() r: RecommendationEntity,
    @GqlRequest() req: AppRequest,
    @ReaderLanguage() reader: Language,
  ): Promise<EditionRef> {
    const e = await this.loaders(req).edition.load(r.editionId);
    if (!e) throw new Error(`edition ${r.editionId} missing`);
    return { id: e.id, number: e.number, period: e.period, title: presentText(e.title, reader) };
  }

  @ResolveField(() => WorkingGroupRef)
  async group(
    @Parent() r: RecommendationEntity,
    @GqlRequest() req: AppRequest,
    @ReaderLanguage() reader: Language,
  ): Promise<WorkingGroupRef> {
    const g = await this.loaders(req).group.load(r.groupId);
    if (!g) throw new Error(`group ${r.groupId} missing`);
    return { id: g.id, editionId: g.editionId, theme: presentText(g.theme, reader) };
  }

  @ResolveField(() => RecommendationRef, { nullable: true })
  async mergedInto(
    @Parent() r: RecommendationEntity,
    @GqlRequest() req: AppRequest,
    @ReaderLanguage() reader: Language,
  ): Promise<RecommendationRef | null> {
    if (!r.mergedIntoId) return null;
    const target = await this.loaders(req).recommendation.load(r.mergedIntoId);
    return target ? this.service.ref(target, this.loaders(req), reader) : null;
  }

  @ResolveField(() => [RecommendationRef], { description: 'Recommendations the board merged into this one.' })
  async mergedFrom(
    @Parent() r: RecommendationEntity,
    @GqlRequest() req: AppRequest,
    @ReaderLanguage() reader: Language,
  ): Promise<RecommendationRef[]> {
    const sources = await this.loaders(req).mergedFrom.load(r.id);
    return Promise.all(sources.map((s) => this.service.ref(s, this.loaders(req), reader)));
  }

  @ResolveField(() => Int)
  async versionCount(@Parent() r: RecommendationEntity, @GqlRequest() req: AppRequest): Promise<number> {
    return (await this.loaders(req).latest.load(r.id))?.count ?? 0;
  }

  @ResolveField(() => RecommendationVersionModel, { description: "The latest text (the board's when it amended)." })
  async currentVersion(
    @Parent() r: RecommendationEntity,
    @GqlRequest() req: AppRequest,
  ): Promise<RecommendationVersionEntity | null> {
    return (await this.loaders(req).latest.load(r.id))?.version ?? null;
  }

  @ResolveField(() => RecommendationVersionModel, { nullable: true, description: "The group's latest text." })
  async groupVersion(
    @Parent() r: RecommendationEntity,
    @GqlRequest() req: AppRequest,
  ): Promise<RecommendationVersionEntity | null> {
    return (await this.loaders(req).versions.load(r.id)).filter((v) => v.authoredBy === 'GROUP').at(-1) ?? null;
  }

  @ResolveField(() => RecommendationVersionModel, {
    nullable: true,
    description: "The board's amended text, if it amended.",
  })
  async boardVersion(
    @Parent() r: RecommendationEntity,
    @GqlRequest() req: AppRequest,
  ): Promise<RecommendationVersionEntity | null> {
    return (await this.loaders(req).versions.load(r.id)).filter((v) => v.authoredBy === 'BOARD').at(-1) ?? null;
  }

  @ResolveField(() => [RecommendationVersionModel], { description: 'Every saved version, oldest first.' })
  versions(@Parent() r: RecommendationEntity, @GqlRequest() req: AppRequest): Promise<RecommendationVersionEntity[]> {
    return this.loaders(req).versions.load(r.id);
  }

  @ResolveField(() => TextDiff, {
    description: 'The word diff between two versions (by number), in a language (default: yours).',
  })
  async compare(
    @Parent() r: RecommendationEntity,
    @GqlRequest() req: AppRequest,
    @ReaderLanguage() reader: Language,
    @Args('fromVersion', { type: () => Int }) fromVersion: number,
    @Args('toVersion', { type: () => Int }) toVersion: number,
    @Args('language', { type: () => LanguageEnum, nullable: true }) language: Language | null,
  ): Promise<TextDiff> {
    const versions = await this.loaders(req).versions.load(r.id);
    const from = versions.find((v) => v.number === fromVersion);
    const to = versions.find((v) => v.number === toVersion);
    return this.service.compare(r.id, from ?? null, to ?? null, fromVersion, toVersion, language ?? reader);
  }

  @ResolveField(() => TextDiff, {
    nullable: true,
    description: "The group's latest text against the board's (null when the board did not amend).",
  })
  async boardDiff(
    @Parent() r: RecommendationEntity,
    @GqlRequest() req: AppRequest,
    @ReaderLanguage() reader: Language,
  ): Promise<TextDiff | null> {
    const versions = await this.loaders(req).versions.load(r.id);
    const board = versions.filter((v) => v.authoredBy === 'BOARD').at(-1);
    if (!board) return null;
    const group = versions.filter((v) => v.authoredBy === 'GROUP' && v.number < board.number).at(-1) ?? null;
    return versionDiff(group, board, reader);
  }

  @ResolveField(() => Boolean, {
    description: 'Whether the current title starts with an action verb (the UI warns when not; it never blocks).',
  })
  async titleStartsWithActionVerb(
    @Parent() r: RecommendationEntity,
    @GqlRequest() req: AppRequest,
    @ReaderLanguage() reader: Language,
  ): Promise<boolean> {
    const current = (await this.loaders(req).latest.load(r.id))?.version;
    if (!current) return false;
    const shown = resolveText(current.title, reader);
    return startsWithActionVerb(shown.text, shown.language);
  }

  @ResolveField(() => [Person], { description: 'The author and co-authors.' })
  async coAuthors(@Parent() r: RecommendationEntity, @GqlRequest() req: AppRequest): Promise<Person[]> {
    const loaders = this.loaders(req);
    return this.people(loaders, await loaders.authors.load(r.id));
  }

  @ResolveField(() => [Testimony])
  async testimonies(
    @Parent() r: RecommendationEntity,
    @GqlRequest() req: AppRequest,
    @ReaderLanguage() reader: Language,
  ): Promise<Testimony[]> {
    return (await this.loaders(req).testimonies.load(r.id)).map((t) => ({
      id: t.id,
      quote: presentText(t.quote, reader),
      attributedTo: t.attributedTo,
      createdAt: t.createdAt,
    }));
  }

  @ResolveField(() => [ActionProposal])
  async proposals(
    @Parent() r: RecommendationEntity,
    @GqlRequest() req: AppRequest,
    @ReaderLanguage() reader: Language,
  ): Promise<ActionProposal[]> {
    return (await this.loaders(req).proposals.load(r.id)).map((p) => presentProposal(p, reader));
  }

  @ResolveField(() => [ReviewNote], {
    description: "The board members' review notes: empty for anyone not on the board.",
  })
  async reviewNotes(
    @Parent() r: RecommendationEntity,
    @GqlRequest() req: AppRequest,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ReviewNote[]> {
    if (!this.service.mayReadReviewNotes(viewer.actor, r)) return [];
    const loaders = this.loaders(req);
    const notes = await loaders.reviewNotes.load(r.id);
    const authors = await loaders.person.loadMany(notes.map((n) => n.authorId));
    return notes.map((n, i) => ({ id: n.id, body: n.body, createdAt: n.createdAt, author: authors[i] as Person }));
  }

  @ResolveField(() => [CycleTransitionEnum], { description: 'The steps you may take now (each is one mutation).' })
  async availableTransitions(
    @Parent() r: RecommendationEntity,
    @GqlRequest() req: AppRequest,
    @CurrentViewer() viewer: Viewer,
  ): Promise<CycleTransition[]> {
    const loaders = this.loaders(req);
    const [roles, authors] = await Promise.all([loaders.groupRoles.load(r.groupId), loaders.authors.load(r.id)]);
    return this.service.availableTransitions(viewer.actor, r, roles, authors);
  }

  @ResolveField(() => [TimelineStep], {
    description: 'Every step with actor, date, reason, meeting, vote and, where the text changed, the diff.',
  })
  async timeline(
    @Parent() r: RecommendationEntity,
    @GqlRequest() req: AppRequest,
    @ReaderLanguage() reader: Language,
  ): Promise<TimelineStep[]> {
    return this.service.timeline(r, this.loaders(req), reader);
  }

  private async people(loaders: RecommendationLoaders, ids: string[]): Promise<Person[]> {
    return (await loaders.person.loadMany(ids)).filter((p): p is Person => !!p && !(p instanceof Error));
  }
}

/** A version's texts, presented in the reader's language. */
@Resolver(() => RecommendationVersionModel)
export class RecommendationVersionResolver {
  constructor(private readonly service: RecommendationsService) {}

  @ResolveField(() => TranslatedText)
  title(@Parent() v: RecommendationVersionEntity, @ReaderLanguage() reader: Language): TranslatedText {
    return presentText(v.title, reader);
  }

  @ResolveField(() => TranslatedText)
  body(@Parent() v: RecommendationVersionEntity, @ReaderLanguage() reader: Language): TranslatedText {
    return presentText(v.body, reader);
  }

  @ResolveField(() => TranslatedText, { nullable: true })
  rationale(@Parent() v: RecommendationVersionEntity, @ReaderLanguage() reader: Language): TranslatedText | null {
    return v.rationale ? presentText(v.rationale, reader) : null;
  }

  @ResolveField(() => TranslatedText, { nullable: true })
  expectedOutcome(@Parent() v: RecommendationVersionEntity, @ReaderLanguage() reader: Language): TranslatedText | null {
    return v.expectedOutcome ? presentText(v.expectedOutcome, reader) : null;
  }

  @ResolveField(() => TranslatedText, { nullable: true })
  successIndicator(
    @Parent() v: RecommendationVersionEntity,
    @ReaderLanguage() reader: Language,
  ): TranslatedText | null {
    return v.successIndicator ? presentText(v.successIndicator, reader) : null;
  }

  @ResolveField(() => Person, { nullable: true })
  async createdBy(@Parent() v: RecommendationVersionEntity, @GqlRequest() req: AppRequest): Promise<Person | null> {
    return v.createdBy ? loadersFor(req, this.service).person.load(v.createdBy) : null;
  }
}
