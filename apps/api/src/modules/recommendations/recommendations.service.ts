import { Injectable } from '@nestjs/common';
import {
  can,
  checkTransition,
  describeCycleProblem,
  humanText,
  resolveText,
  transitionAction,
  transitionsFrom,
  withTranslation,
  wordDiff,
  TRANSITIONS,
  BOARD_REVIEW_OFFICES,
  VOTING_BOARD_OFFICES,
  type Actor,
  type BoardVote,
  type CycleTransition,
  type GroupRoles,
  type Language,
  type RecommendationStage,
  type TranslatedTextValue,
} from '@letscoop/domain';
import { DataSource, In, type EntityManager } from 'typeorm';
import { appError, forbidden, notFound, validation } from '../../common/errors.js';
import type { Viewer } from '../../common/request-context.js';
import { AuditService } from '../audit/audit.service.js';
import { EditionEntity } from '../editions/edition.entity.js';
import { GroupRolesService } from '../editions/group-roles.service.js';
import { MeetingEntity } from '../editions/meeting.entity.js';
import { WorkingGroupEntity } from '../editions/working-group.entity.js';
import { MembersService } from '../members/members.service.js';
import type { Person } from '../members/person.model.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { presentText } from '../../common/translated-text.model.js';
import { ActionProposalEntity } from './action-proposal.entity.js';
import { BoardMeetingEntity } from './board-meeting.entity.js';
import type { AddCoAuthorInput } from './dto/add-co-author.input.js';
import type { AddReviewNoteInput } from './dto/add-review-note.input.js';
import type { AddTestimonyInput } from './dto/add-testimony.input.js';
import type { AmendAndEndorseRecommendationInput } from './dto/amend-and-endorse-recommendation.input.js';
import type { BoardDecisionFields } from './dto/board-decision.input.js';
import type { ConvertToActionProposalsInput } from './dto/convert-to-action-proposals.input.js';
import type { CreateBoardMeetingInput } from './dto/create-board-meeting.input.js';
import type { DraftRecommendationInput } from './dto/draft-recommendation.input.js';
import type { MergeRecommendationInput } from './dto/merge-recommendation.input.js';
import type { RecommendationTextInput } from './dto/recommendation-text.input.js';
import type { SaveRecommendationVersionInput } from './dto/save-recommendation-version.input.js';
import type { SendBackRecommendationInput } from './dto/send-back-recommendation.input.js';
import type { SubmitRecommendationInput } from './dto/submit-recommendation.input.js';
import { RecommendationAuthorEntity } from './recommendation-author.entity.js';
import { RecommendationStepEntity } from './recommendation-step.entity.js';
import { RecommendationVersionEntity } from './recommendation-version.entity.js';
import { RecommendationEntity } from './recommendation.entity.js';
import type { RecommendationLoaders } from './recommendation-loaders.js';
import type {
  DiffPartModel,
  RecommendationRef,
  RecommendationVersionModel,
  TextDiff,
  TimelineStep,
} from './recommendation.model.js';
import { ReviewNoteEntity } from './review-note.entity.js';
import { TestimonyEntity } from './testimony.entity.js';


export interface LatestVersion {
  version: RecommendationVersionEntity;
  count: number;
}

interface StepInput {
  reason?: string | null;
  vote?: BoardVote | null;
  meetingId?: string | null;
}

interface StepEffects {
  versionId?: string | null;
  mergedIntoId?: string | null;
  after?: Record<string, unknown>;
}

const diffParts = (before: string, after: string): DiffPartModel[] =>
  wordDiff(before, after).map((p) => ({ kind: p.kind.toUpperCase() as DiffPartModel['kind'], text: p.text }));

/** The word diff of two versions' title and body, in one language (each falls back like the reader sees it). */
export function versionDiff(
  from: Pick<RecommendationVersionEntity, 'number' | 'title' | 'body'> | null,
  to: Pick<RecommendationVersionEntity, 'number' | 'title' | 'body'>,
  language: Language,
): TextDiff {
  const text = (v: TranslatedTextValue | undefined): string => (v ? resolveText(v, language).text : '');
  const title = diffParts(text(from?.title), text(to.title));
  const body = diffParts(text(from?.body), text(to.body));
  return {
    fromVersion: from?.number ?? null,
    toVersion: to.number,
    title,
    body,
    changed: [...title, ...body].some((p) => p.kind !== 'SAME'),
  };
}

/** Adds (or replaces) one language of an optional text. */
function merged(
  previous: TranslatedTextValue | null,
  language: Language,
  text: string | null | undefined,
  machine: boolean,
): TranslatedTextValue | null {
  if (text === undefined || text === null) return previous;
  if (!text.trim()) return previous;
  const origin = machine ? 'MACHINE' : 'HUMAN';
  return previous
    ? withTranslation(previous, language, text, origin)
    : { original: language, texts: { [language]: { text, origin } } };
}

@Injectable()
export class RecommendationsService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly groupRoles: GroupRolesService,
    private readonly members: MembersService,
    private readonly notifications: NotificationsService,
  ) {}

  // ── Reading ──────────────────────────────────────────────────────────────────────────────

  async get(actor: Actor, id: string): Promise<RecommendationEntity> {
    const rec = await this.db.getRepository(RecommendationEntity).findOne({ where: { id } });
    if (!rec) throw notFound('recommendation', id);
    if (!can(actor, 'cooperative.view', { cooperativeId: rec.cooperativeId }))
      throw forbidden("see this cooperative's recommendations");
    return rec;
  }

  /** An edition's recommendations: the edition and its recommendations in one query. */
  async list(
    actor: Actor,
    editionId: string,
    filter: { stage?: RecommendationStage | null; groupId?: string | null },
  ): Promise<RecommendationEntity[]> {
    const rows = await this.db.query<(RecommendationEntity & { editionCooperativeId: string })[]>(
      `SELECT e.cooperative_id AS "editionCooperativeId", r.id, r.cooperative_id AS "cooperativeId", r.edition_id AS "editionId", r.group_id AS "groupId",
              r.stage, r.merged_into_id AS "mergedIntoId", r.created_by AS "createdBy", r.created_at AS "createdAt", r.stage_changed_at AS "stageChangedAt"
       FROM edition e
       LEFT JOIN recommendation r ON r.edition_id = e.id AND ($2::text IS NULL OR r.stage = $2) AND ($3::uuid IS NULL OR r.group_id = $3)
       WHERE e.id = $1
       ORDER BY r.created_at, r.id`,
      [editionId, filter.stage ?? null, filter.groupId ?? null],
    );
    if (rows.length === 0) throw notFound('edition', editionId);
    if (!can(actor, 'cooperative.view', { cooperativeId: rows[0].editionCooperativeId }))
      throw forbidden("see this cooperative's recommendations");
    return rows.filter((r) => r.id !== null).map(({ editionCooperativeId: _coop, ...r }) => r);
  }

  /** The board's queue: submitted or under review, across groups, oldest first. */
  async boardQueue(actor: Actor, cooperativeId: string): Promise<RecommendationEntity[]> {
    if (!can(actor, 'board.review', { cooperativeId })) throw forbidden("see the board's review queue");
    return this.db.getRepository(RecommendationEntity).find({
      where: { cooperativeId, stage: In(['SUBMITTED', 'UNDER_REVIEW']) },
      order: { stageChangedAt: 'ASC', id: 'ASC' },
    });
  }

  async boardMeetings(actor: Actor, cooperativeId: string): Promise<BoardMeetingEntity[]> {
    if (!can(actor, 'boardMeeting.manage', { cooperativeId })) throw forbidden("see the board's meetings");
    return this.db
      .getRepository(BoardMeetingEntity)
      .find({ where: { cooperativeId }, order: { heldOn: 'DESC', id: 'ASC' } });
  }

  /** The steps the actor may take now on this recommendation. */
  availableTransitions(
    actor: Actor,
    rec: RecommendationEntity,
    roles: GroupRoles,
    authors: readonly string[],
  ): CycleTransition[] {
    const subject = { cooperativeId: rec.cooperativeId, group: roles, authors };
    return transitionsFrom(rec.stage).filter((t) => can(actor, transitionAction(t), subject));
  }

  /** Any two versions, compared word by word. */
  compare(
    recommendationId: string,
    from: RecommendationVersionEntity | null,
    to: RecommendationVersionEntity | null,
    fromNumber: number,
    toNumber: number,
    language: Language,
  ): TextDiff {
    const missing = [
      ...(from
        ? []
        : [{ field: 'fromVersion', messages: [`Recommendation ${recommendationId} has no version ${fromNumber}.`] }]),
      ...(to
        ? []
        : [{ field: 'toVersion', messages: [`Recommendation ${recommendationId} has no version ${toNumber}.`] }]),
    ];
    if (missing.length || !from || !to)
      throw validation(missing, 'Compare two versions that exist: see the versions list for their numbers.');
    return versionDiff(from, to, language);
  }

  /**
   * Every step with actor, date, reason, meetings, vote and conflicted board members; a step
   * that carries a text (a submission, the board's amendment) shows the diff against the text
   * of the previous such step. The merge steps of recommendations merged into this one are
   * included (their recommendationId says so). Loaded in batches through the request's loaders.
   */
  async timeline(r: RecommendationEntity, loaders: RecommendationLoaders, reader: Language): Promise<TimelineStep[]> {
    const steps = await loaders.steps.load(r.id);
    const versionIds = [...new Set(steps.map((s) => s.versionId).filter((id): id is string => !!id))];
    const [versions, people, meetings, boardMeetings, merged] = await Promise.all([
      loaders.version.loadMany(versionIds),
      loaders.person.loadMany([
        ...new Set(steps.flatMap((s) => [s.actorId, ...s.conflictedIds]).filter((id): id is string => !!id)),
      ]),
      loaders.meeting.loadMany([...new Set(steps.map((s) => s.groupMeetingId).filter((id): id is string => !!id))]),
      loaders.boardMeeting.loadMany([
        ...new Set(steps.map((s) => s.boardMeetingId).filter((id): id is string => !!id)),
      ]),
      loaders.recommendation.loadMany([
        ...new Set(steps.map((s) => s.mergedIntoId).filter((id): id is string => !!id)),
      ]),
    ]);
    const found = <T extends { id: string }>(list: (T | Error | null)[]) =>
      new Map(list.filter((x): x is T => !!x && !(x instanceof Error)).map((x) => [x.id, x]));
    const versionById = found(versions);
    const personById = found(people);
    const meetingById = found(meetings);
    const boardMeetingById = found(boardMeetings);
    const recById = found(merged);
    // The diff of a step that carries a text: against the text of the previous such step of this recommendation.
    let previous: RecommendationVersionEntity | null = null;
    const result: TimelineStep[] = [];
    for (const s of steps) {
      const version = s.versionId ? (versionById.get(s.versionId) ?? null) : null;
      let diff: TextDiff | null = null;
      if (version && s.recommendationId === r.id) {
        if (previous && previous.id !== version.id) diff = versionDiff(previous, version, reader);
        previous = version;
      }
      const meeting = s.groupMeetingId ? meetingById.get(s.groupMeetingId) : undefined;
      const boardMeeting = s.boardMeetingId ? boardMeetingById.get(s.boardMeetingId) : undefined;
      const target = s.mergedIntoId ? recById.get(s.mergedIntoId) : undefined;
      result.push({
        id: s.id,
        recommendationId: s.recommendationId,
        transition: s.transition,
        fromStage: s.fromStage,
        toStage: s.toStage,
        actor: s.actorId ? (personById.get(s.actorId) ?? null) : null,
        occurredAt: s.occurredAt,
        reason: s.reason,
        groupMeeting: meeting ? { id: meeting.id, startsAt: meeting.startsAt } : null,
        boardMeeting: boardMeeting
          ? {
              id: boardMeeting.id,
              cooperativeId: boardMeeting.cooperativeId,
              heldOn: boardMeeting.heldOn,
              title: boardMeeting.title,
            }
          : null,
        vote:
          s.votesInFavour === null
            ? null
            : { inFavour: s.votesInFavour, against: s.votesAgainst ?? 0, abstaining: s.votesAbstaining ?? 0 },
        conflicted: s.conflictedIds.map((id) => personById.get(id)).filter((p): p is Person => !!p),
        version: version as unknown as RecommendationVersionModel | null,
        diff,
        mergedInto: target ? await this.ref(target, loaders, reader) : null,
      });
    }
    return result;
  }

  /** A short reference to another recommendation, with its current title. */
  async ref(r: RecommendationEntity, loaders: RecommendationLoaders, reader: Language): Promise<RecommendationRef> {
    const latest = await loaders.latest.load(r.id);
    return { id: r.id, stage: r.stage, title: latest ? presentText(latest.version.title, reader) : null };
  }

  mayReadReviewNotes(actor: Actor, rec: RecommendationEntity): boolean {
    return can(actor, 'board.review', { cooperativeId: rec.cooperativeId });
  }

  // Batch loads (one query for any number of keys), used by the request's DataLoaders.

  async recommendationsByIds(ids: readonly string[]): Promise<RecommendationEntity[]> {
    return this.db.getRepository(RecommendationEntity).find({ where: { id: In([...ids]) } });
  }

  async editionsByIds(ids: readonly string[]): Promise<EditionEntity[]> {
    return this.db.getRepository(EditionEntity).find({ where: { id: In([...ids]) } });
  }

  async groupsByIds(ids: readonly string[]): Promise<WorkingGroupEntity[]> {
    return this.db.getRepository(WorkingGroupEntity).find({ where: { id: In([...ids]) } });
  }

  async versionsOf(recommendationIds: readonly string[]): Promise<RecommendationVersionEntity[]> {
    return this.db
      .getRepository(RecommendationVersionEntity)
      .find({ where: { recommendationId: In([...recommendationIds]) }, order: { number: 'ASC' } });
  }

  async versionsByIds(ids: readonly string[]): Promise<RecommendationVersionEntity[]> {
    return this.db.getRepository(RecommendationVersionEntity).find({ where: { id: In([...ids]) } });
  }

  /** The latest version of each recommendation and how many there are, in one query. */
  async latestVersions(recommendationIds: readonly string[]): Promise<Map<string, LatestVersion>> {
    const rows = await this.db.query<(Record<string, unknown> & { n: string })[]>(
      `SELECT DISTINCT ON (recommendation_id) id, recommendation_id AS "recommendationId", number, authored_by AS "authoredBy", title, body,
              rationale, expected_outcome AS "expectedOutcome", proposed_owner AS "proposedOwner", success_indicator AS "successIndicator",
              created_by AS "createdBy", created_at AS "createdAt", count(*) OVER (PARTITION BY recommendation_id) AS n
       FROM recommendation_version WHERE recommendation_id = ANY($1) ORDER BY recommendation_id, number DESC`,
      [[...recommendationIds]],
    );
    return new Map(
      rows.map(({ n, ...version }) => {
        const v = version as unknown as RecommendationVersionEntity;
        return [v.recommendationId, { version: v, count: Number(n) }];
      }),
    );
  }

  async proposalsOf(recommendationIds: readonly string[]): Promise<ActionProposalEntity[]> {
    return this.db
      .getRepository(ActionProposalEntity)
      .find({ where: { recommendationId: In([...recommendationIds]) }, order: { number: 'ASC' } });
  }

  async authorsOf(recommendationIds: readonly string[]): Promise<RecommendationAuthorEntity[]> {
    return this.db
      .getRepository(RecommendationAuthorEntity)
      .find({ where: { recommendationId: In([...recommendationIds]) } });
  }

  async testimoniesOf(recommendationIds: readonly string[]): Promise<TestimonyEntity[]> {
    return this.db
      .getRepository(TestimonyEntity)
      .find({ where: { recommendationId: In([...recommendationIds]) }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  async reviewNotesOf(recommendationIds: readonly string[]): Promise<ReviewNoteEntity[]> {
    return this.db
      .getRepository(ReviewNoteEntity)
      .find({ where: { recommendationId: In([...recommendationIds]) }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** Steps on these recommendations, and the merge steps of those merged into them. */
  async stepsOf(recommendationIds: readonly string[]): Promise<RecommendationStepEntity[]> {
    return this.db
      .getRepository(RecommendationStepEntity)
      .createQueryBuilder('s')
      .where('s.recommendation_id = ANY(:ids) OR s.merged_into_id = ANY(:ids)', { ids: [...recommendationIds] })
      .orderBy('s.occurred_at', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .getMany();
  }

  async mergedFromOf(recommendationIds: readonly string[]): Promise<RecommendationEntity[]> {
    return this.db
      .getRepository(RecommendationEntity)
      .find({ where: { mergedIntoId: In([...recommendationIds]) }, order: { stageChangedAt: 'ASC' } });
  }

  async meetingsByIds(ids: readonly string[]): Promise<MeetingEntity[]> {
    return this.db.getRepository(MeetingEntity).find({ where: { id: In([...ids]) } });
  }

  async boardMeetingsByIds(ids: readonly string[]): Promise<BoardMeetingEntity[]> {
    return this.db.getRepository(BoardMeetingEntity).find({ where: { id: In([...ids]) } });
  }

  async peopleByIds(ids: readonly string[], actor: Actor): Promise<Map<string, Person>> {
    return this.members.peopleByIds([...ids], actor);
  }

  async rolesOf(groupIds: readonly string[]): Promise<Map<string, GroupRoles>> {
    return this.groupRoles.rolesOf(groupIds);
  }

  // ── Drafting in the group ────────────────────────────────────────────────────────────────

  async draft(viewer: Viewer, input: DraftRecommendationInput): Promise<RecommendationEntity> {
    const group = await this.db.getRepository(WorkingGroupEntity).findOne({ where: { id: input.groupId } });
    if (!group) throw notFound('working group', input.groupId);
    const roles = await this.groupRoles.rolesOfGroup(group.id);
    if (!can(viewer.actor, 'recommendation.draft', { cooperativeId: group.cooperativeId, group: roles })) {
      throw forbidden('draft a recommendation in this group: join the group first');
    }
    const inGroup = new Set(
      [...roles.leads, roles.coordinator, roles.secretary, ...roles.participants].filter(Boolean),
    );
    const coAuthors = [...new Set(input.coAuthorIds ?? [])].filter((id) => id !== viewer.person.id);
    const outsiders = coAuthors.filter((id) => !inGroup.has(id));
    if (outsiders.length)
      throw validation([
        { field: 'coAuthorIds', messages: [`Co-authors must be members of the group (not: ${outsiders.join(', ')}).`] },
      ]);
    const id = await this.db.transaction(async (manager) => {
      const rec = await manager.save(
        manager.create(RecommendationEntity, {
          cooperativeId: group.cooperativeId,
          editionId: group.editionId,
          groupId: group.id,
          stage: 'DRAFT',
          createdBy: viewer.person.id,
        }),
      );
      const version = await this.insertVersion(
        manager,
        rec.id,
        1,
        'GROUP',
        this.textsFrom(null, input, false),
        viewer.person.id,
      );
      await manager.insert(
        RecommendationAuthorEntity,
        [viewer.person.id, ...coAuthors].map((personId) => ({ recommendationId: rec.id, personId })),
      );
      await this.audit.record(manager, {
        actorId: viewer.person.id,
        action: 'recommendation.draft',
        subjectType: 'recommendation',
        subjectId: rec.id,
        cooperativeId: group.cooperativeId,
        after: { groupId: group.id, versionId: version.id, title: version.title, coAuthorIds: coAuthors },
      });
      return rec.id;
    });
    return this.reload(id);
  }

  async saveVersion(viewer: Viewer, input: SaveRecommendationVersionInput): Promise<RecommendationEntity> {
    await this.db.transaction(async (manager) => {
      const rec = await this.lock(manager, input.recommendationId);
      await this.requireEdit(
        viewer.actor,
        rec,
        'edit this recommendation: you are not one of its authors, nor a lead or the secretary of the group',
      );
      if (rec.stage !== 'DRAFT') {
        throw appError(
          'CONFLICT',
          `This recommendation is ${rec.stage.toLowerCase().replace('_', ' ')}: only drafts can be edited. Ask the board to send it back if it must change.`,
          {
            reason: 'WRONG_STAGE',
            stage: rec.stage,
          },
        );
      }
      const previous = await this.latest(manager, rec.id);
      const version = await this.insertVersion(
        manager,
        rec.id,
        previous.number + 1,
        'GROUP',
        this.textsFrom(previous, input, !!input.machine),
        viewer.person.id,
      );
      await this.audit.record(manager, {
        actorId: viewer.person.id,
        action: 'recommendation.saveVersion',
        subjectType: 'recommendation',
        subjectId: rec.id,
        cooperativeId: rec.cooperativeId,
        before: { versionId: previous.id, number: previous.number },
        after: { versionId: version.id, number: version.number, language: input.language, machine: !!input.machine },
      });
    });
    return this.reload(input.recommendationId);
  }

  async addCoAuthor(viewer: Viewer, input: AddCoAuthorInput): Promise<RecommendationEntity> {
    await this.db.transaction(async (manager) => {
      const rec = await this.lock(manager, input.recommendationId);
      const roles = await this.requireEdit(viewer.actor, rec, 'add co-authors to this recommendation');
      const inGroup = [...roles.leads, roles.coordinator, roles.secretary, ...roles.participants].includes(
        input.personId,
      );
      if (!inGroup)
        throw validation([
          { field: 'personId', messages: ['A co-author must be an active member of the working group.'] },
        ]);
      const already = await manager.findOne(RecommendationAuthorEntity, {
        where: { recommendationId: rec.id, personId: input.personId },
      });
      if (already) return;
      await manager.insert(RecommendationAuthorEntity, { recommendationId: rec.id, personId: input.personId });
      await this.audit.record(manager, {
        actorId: viewer.person.id,
        action: 'recommendation.addCoAuthor',
        subjectType: 'recommendation',
        subjectId: rec.id,
        cooperativeId: rec.cooperativeId,
        after: { personId: input.personId },
      });
    });
    return this.reload(input.recommendationId);
  }

  async addTestimony(viewer: Viewer, input: AddTestimonyInput): Promise<RecommendationEntity> {
    await this.db.transaction(async (manager) => {
      const rec = await this.lock(manager, input.recommendationId);
      await this.requireEdit(viewer.actor, rec, 'add testimonies to this recommendation');
      const testimony = await manager.save(
        manager.create(TestimonyEntity, {
          recommendationId: rec.id,
          quote: humanText(input.language, input.quote),
          attributedTo: input.attributedTo.trim(),
        }),
      );
      await this.audit.record(manager, {
        actorId: viewer.person.id,
        action: 'recommendation.addTestimony',
        subjectType: 'recommendation',
        subjectId: rec.id,
        cooperativeId: rec.cooperativeId,
        after: { testimonyId: testimony.id, attributedTo: testimony.attributedTo },
      });
    });
    return this.reload(input.recommendationId);
  }

  // ── The board's tools ────────────────────────────────────────────────────────────────────

  async addReviewNote(viewer: Viewer, input: AddReviewNoteInput): Promise<RecommendationEntity> {
    await this.db.transaction(async (manager) => {
      const rec = await this.lock(manager, input.recommendationId);
      const roles = await this.groupRoles.rolesOfGroup(rec.groupId);
      if (!can(viewer.actor, 'cycle.board', { cooperativeId: rec.cooperativeId, group: roles })) {
        this.refuseBoardStep(viewer.actor, rec, roles, 'write review notes');
      }
      if (rec.stage !== 'SUBMITTED' && rec.stage !== 'UNDER_REVIEW') {
        throw appError(
          'CONFLICT',
          `This recommendation is ${rec.stage.toLowerCase().replace('_', ' ')}: review notes are for recommendations in the board's queue.`,
          {
            reason: 'WRONG_STAGE',
            stage: rec.stage,
          },
        );
      }
      const note = await manager.save(
        manager.create(ReviewNoteEntity, {
          recommendationId: rec.id,
          authorId: viewer.person.id,
          body: input.body.trim(),
        }),
      );
      await this.audit.record(manager, {
        actorId: viewer.person.id,
        action: 'recommendation.addReviewNote',
        subjectType: 'recommendation',
        subjectId: rec.id,
        cooperativeId: rec.cooperativeId,
        after: { reviewNoteId: note.id },
      });
    });
    return this.reload(input.recommendationId);
  }

  async createBoardMeeting(viewer: Viewer, input: CreateBoardMeetingInput): Promise<BoardMeetingEntity> {
    if (!can(viewer.actor, 'boardMeeting.manage', { cooperativeId: input.cooperativeId }))
      throw forbidden('record board meetings');
    return this.db.transaction(async (manager) => {
      const meeting = await manager.save(
        manager.create(BoardMeetingEntity, {
          cooperativeId: input.cooperativeId,
          heldOn: input.heldOn,
          title: input.title.trim(),
        }),
      );
      await this.audit.record(manager, {
        actorId: viewer.person.id,
        action: 'boardMeeting.create',
        subjectType: 'board_meeting',
        subjectId: meeting.id,
        cooperativeId: input.cooperativeId,
        after: { heldOn: meeting.heldOn, title: meeting.title },
      });
      return meeting;
    });
  }

  // ── The cycle: one use case per transition ───────────────────────────────────────────────

  async submit(viewer: Viewer, input: SubmitRecommendationInput): Promise<RecommendationEntity> {
    return this.step(
      viewer,
      input.recommendationId,
      'submit',
      { reason: input.reason, meetingId: input.meetingId },
      async (manager, rec) => {
        const meeting = await manager.findOne(MeetingEntity, { where: { id: input.meetingId } });
        if (!meeting || meeting.groupId !== rec.groupId) {
          throw validation([
            {
              field: 'meetingId',
              messages: ['Name a meeting of this working group: the one where the group adopted the recommendation.'],
            },
          ]);
        }
        const current = await this.latest(manager, rec.id);
        return { versionId: current.id };
      },
    );
  }

  async startReview(viewer: Viewer, recommendationId: string): Promise<RecommendationEntity> {
    return this.step(viewer, recommendationId, 'startReview', {}, async () => ({}));
  }

  async endorse(viewer: Viewer, input: BoardDecisionFields): Promise<RecommendationEntity> {
    return this.step(viewer, input.recommendationId, 'endorse', this.decision(input), async () => ({}));
  }

  async amendAndEndorse(viewer: Viewer, input: AmendAndEndorseRecommendationInput): Promise<RecommendationEntity> {
    return this.step(viewer, input.recommendationId, 'amendAndEndorse', this.decision(input), async (manager, rec) => {
      const previous = await this.latest(manager, rec.id);
      // The board writes its own text (in the given language); the group's version stays untouched.
      const texts = this.textsFrom(null, input, false);
      const keep = <T>(value: T | null, fallback: T | null): T | null => value ?? fallback;
      const version = await this.insertVersion(
        manager,
        rec.id,
        previous.number + 1,
        'BOARD',
        {
          ...texts,
          rationale: keep(texts.rationale, previous.rationale),
          expectedOutcome: keep(texts.expectedOutcome, previous.expectedOutcome),
          proposedOwner: keep(texts.proposedOwner, previous.proposedOwner),
          successIndicator: keep(texts.successIndicator, previous.successIndicator),
        },
        viewer.person.id,
      );
      return { versionId: version.id, after: { boardVersionId: version.id, groupVersionId: previous.id } };
    });
  }

  async merge(viewer: Viewer, input: MergeRecommendationInput): Promise<RecommendationEntity> {
    return this.step(viewer, input.recommendationId, 'merge', this.decision(input), async (manager, rec) => {
      if (input.intoRecommendationId === rec.id) {
        throw validation([
          { field: 'intoRecommendationId', messages: ['A recommendation cannot be merged into itself.'] },
        ]);
      }
      const target = await manager.findOne(RecommendationEntity, {
        where: { id: input.intoRecommendationId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!target || target.editionId !== rec.editionId) {
        throw validation([
          { field: 'intoRecommendationId', messages: ['Merge into a recommendation of the same edition.'] },
        ]);
      }
      if (target.stage === 'MERGED' || target.stage === 'DECLINED') {
        throw validation([
          {
            field: 'intoRecommendationId',
            messages: [`That recommendation is ${target.stage.toLowerCase()}: merge into one that is still alive.`],
          },
        ]);
      }
      return { mergedIntoId: target.id, after: { mergedIntoId: target.id } };
    });
  }

  async sendBack(viewer: Viewer, input: SendBackRecommendationInput): Promise<RecommendationEntity> {
    return this.step(viewer, input.recommendationId, 'sendBack', { reason: input.reason }, async () => ({}));
  }

  async decline(viewer: Viewer, input: BoardDecisionFields): Promise<RecommendationEntity> {
    return this.step(viewer, input.recommendationId, 'decline', this.decision(input), async () => ({}));
  }

  async convert(viewer: Viewer, input: ConvertToActionProposalsInput): Promise<RecommendationEntity> {
    return this.step(viewer, input.recommendationId, 'convert', {}, async (manager, rec) => {
      const [{ n }] = await manager.query<{ n: number }[]>(
        `SELECT coalesce(max(number), 0)::int AS n FROM action_proposal WHERE recommendation_id = $1`,
        [rec.id],
      );
      const rows = input.proposals.map((p, i) => ({
        cooperativeId: rec.cooperativeId,
        recommendationId: rec.id,
        number: n + i + 1,
        title: humanText(p.language, p.title.trim()),
        body: humanText(p.language, p.body.trim()),
        proposedOwner: p.proposedOwner?.trim() || null,
        budgetEstimateCents:
          p.budgetEstimateCents === null || p.budgetEstimateCents === undefined ? null : String(p.budgetEstimateCents),
        status: 'PROPOSED' as const,
        createdBy: viewer.person.id,
      }));
      const result = await manager.insert(ActionProposalEntity, rows);
      return { after: { actionProposalIds: result.identifiers.map((r) => r.id as string) } };
    });
  }

  async putToAssembly(viewer: Viewer, recommendationId: string): Promise<RecommendationEntity> {
    return this.step(viewer, recommendationId, 'putToAssembly', {}, async (manager, rec) => {
      await manager.update(
        ActionProposalEntity,
        { recommendationId: rec.id, status: 'PROPOSED' },
        { status: 'ON_AGENDA' },
      );
      return { after: { proposals: 'ON_AGENDA' } };
    });
  }

  /**
   * One transition, in one transaction: lock the recommendation (a second board member acting
   * at the same time waits, then finds the new stage: CONFLICT), ask who may take it, check it
   * against the cycle, apply its effects, then record the stage, the step, the audit event and
   * the followers' notifications.
   */
  private async step(
    viewer: Viewer,
    recommendationId: string,
    transition: CycleTransition,
    input: StepInput,
    effects: (manager: EntityManager, rec: RecommendationEntity) => Promise<StepEffects>,
  ): Promise<RecommendationEntity> {
    const actor = viewer.actor;
    await this.db.transaction(async (manager) => {
      const rec = await this.lock(manager, recommendationId);
      const roles = await this.groupRoles.rolesOfGroup(rec.groupId);
      const authors = (await manager.find(RecommendationAuthorEntity, { where: { recommendationId: rec.id } })).map(
        (a) => a.personId,
      );
      const action = transitionAction(transition);
      if (!can(actor, action, { cooperativeId: rec.cooperativeId, group: roles, authors })) {
        if (action === 'cycle.board') this.refuseBoardStep(actor, rec, roles, `take the board's step "${transition}"`);
        throw forbidden(`take the step "${transition}": it belongs to the group's leads and secretary`);
      }
      const boardSize = await this.boardSize(manager, rec.cooperativeId);
      const problem = checkTransition(rec.stage, transition, { ...input, boardSize });
      if (problem) {
        const message = describeCycleProblem(problem);
        if (problem.code === 'WRONG_STAGE')
          throw appError('CONFLICT', message, { reason: 'WRONG_STAGE', stage: problem.stage, transition });
        const field =
          problem.code === 'REASON_REQUIRED'
            ? 'reason'
            : problem.code === 'MEETING_REQUIRED'
              ? transition === 'submit'
                ? 'meetingId'
                : 'boardMeetingId'
              : 'vote';
        throw validation([{ field, messages: [message] }], message);
      }
      if (TRANSITIONS[transition].boardDecision) {
        const meeting = await manager.findOne(BoardMeetingEntity, { where: { id: input.meetingId as string } });
        if (!meeting || meeting.cooperativeId !== rec.cooperativeId) {
          throw validation([
            {
              field: 'boardMeetingId',
              messages: ['Name a board meeting of this cooperative (record it first with createBoardMeeting).'],
            },
          ]);
        }
      }
      const done = await effects(manager, rec);
      const to = TRANSITIONS[transition].to;
      await manager.update(RecommendationEntity, rec.id, {
        stage: to,
        mergedIntoId: to === 'MERGED' ? (done.mergedIntoId ?? null) : rec.mergedIntoId,
        stageChangedAt: () => 'now()',
      });
      // On the board's steps, the group's leads who sit on the board are recorded as abstaining.
      const conflicted =
        // Abstention for conflict of interest only means something where the board votes.
        TRANSITIONS[transition].boardDecision ? await this.conflictedLeads(manager, rec.cooperativeId, roles) : [];
      const board = TRANSITIONS[transition].boardDecision;
      const reason = input.reason?.trim() || null;
      const step = await manager.save(
        manager.create(RecommendationStepEntity, {
          recommendationId: rec.id,
          transition,
          fromStage: rec.stage,
          toStage: to,
          actorId: viewer.person.id,
          reason,
          groupMeetingId: transition === 'submit' ? (input.meetingId ?? null) : null,
          boardMeetingId: board ? (input.meetingId ?? null) : null,
          votesInFavour: board ? (input.vote?.inFavour ?? null) : null,
          votesAgainst: board ? (input.vote?.against ?? null) : null,
          votesAbstaining: board ? (input.vote?.abstaining ?? null) : null,
          conflictedIds: conflicted,
          versionId: done.versionId ?? null,
          mergedIntoId: done.mergedIntoId ?? null,
        }),
      );
      await this.audit.record(manager, {
        actorId: viewer.person.id,
        action: `recommendation.${transition}`,
        subjectType: 'recommendation',
        subjectId: rec.id,
        cooperativeId: rec.cooperativeId,
        reason,
        before: { stage: rec.stage },
        after: {
          stage: to,
          stepId: step.id,
          ...(board ? { vote: input.vote, boardMeetingId: input.meetingId } : {}),
          ...(conflicted.length ? { conflictedIds: conflicted } : {}),
          ...done.after,
        },
      });
      // The group's members, the authors, and whoever follows the recommendation, its group or its edition.
      await this.notifications.notifySubject(manager, {
        cooperativeId: rec.cooperativeId,
        subjectType: 'recommendation',
        subjectId: rec.id,
        kind: `recommendation.${transition}`,
        payload: { stepId: step.id, fromStage: rec.stage, toStage: to, actorId: viewer.person.id, reason },
        actorId: viewer.person.id,
      });
    });
    return this.reload(recommendationId);
  }

  private decision(input: BoardDecisionFields): StepInput {
    return { reason: input.reason, meetingId: input.boardMeetingId, vote: input.vote };
  }

  /** FORBIDDEN for a board step; a board member who co-leads the group is told why. */
  private refuseBoardStep(actor: Actor, rec: RecommendationEntity, roles: GroupRoles, what: string): never {
    const onBoard = can(actor, 'board.review', { cooperativeId: rec.cooperativeId });
    if (onBoard && roles.leads.includes(actor.personId)) {
      throw appError(
        'FORBIDDEN',
        "You co-lead the working group of this recommendation: that is a conflict of interest. Declare it and abstain; another board member records the board's decision.",
        { reason: 'CONFLICT_OF_INTEREST' },
      );
    }
    throw forbidden(`${what}: board steps are taken by the board`);
  }

  private async requireEdit(actor: Actor, rec: RecommendationEntity, what: string): Promise<GroupRoles> {
    const roles = await this.groupRoles.rolesOfGroup(rec.groupId);
    const authors = (await this.authorsOf([rec.id])).map((a) => a.personId);
    if (!can(actor, 'recommendation.edit', { cooperativeId: rec.cooperativeId, group: roles, authors }))
      throw forbidden(what);
    return roles;
  }

  private async lock(manager: EntityManager, id: string): Promise<RecommendationEntity> {
    const rec = await manager.findOne(RecommendationEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!rec) throw notFound('recommendation', id);
    return rec;
  }

  private async reload(id: string): Promise<RecommendationEntity> {
    return this.db.getRepository(RecommendationEntity).findOneOrFail({ where: { id } });
  }

  private async latest(manager: EntityManager, recommendationId: string): Promise<RecommendationVersionEntity> {
    return manager.findOneOrFail(RecommendationVersionEntity, {
      where: { recommendationId },
      order: { number: 'DESC' },
    });
  }

  private async boardSize(manager: EntityManager, cooperativeId: string): Promise<number> {
    const [{ n }] = await manager.query<{ n: number }[]>(
      `SELECT count(DISTINCT person_id)::int AS n FROM office
       WHERE cooperative_id = $1 AND kind = ANY($2) AND starts_on <= current_date AND (ends_on IS NULL OR ends_on >= current_date)`,
      [cooperativeId, VOTING_BOARD_OFFICES],
    );
    return n;
  }

  /** The group's leads who hold a board office: recorded as abstaining for conflict of interest. */
  private async conflictedLeads(manager: EntityManager, cooperativeId: string, roles: GroupRoles): Promise<string[]> {
    if (roles.leads.length === 0) return [];
    const rows = await manager.query<{ person_id: string }[]>(
      `SELECT DISTINCT person_id FROM office
       WHERE cooperative_id = $1 AND person_id = ANY($2) AND kind = ANY($3) AND starts_on <= current_date AND (ends_on IS NULL OR ends_on >= current_date)`,
      [cooperativeId, [...roles.leads], BOARD_REVIEW_OFFICES],
    );
    return rows.map((r) => r.person_id).sort();
  }

  /** The texts of a new version: the previous ones with this language added or replaced. */
  private textsFrom(
    previous: RecommendationVersionEntity | null,
    input: RecommendationTextInput,
    machine: boolean,
  ): Pick<
    RecommendationVersionEntity,
    'title' | 'body' | 'rationale' | 'expectedOutcome' | 'proposedOwner' | 'successIndicator'
  > {
    const l = input.language;
    return {
      title: merged(previous?.title ?? null, l, input.title.trim(), machine) as TranslatedTextValue,
      body: merged(previous?.body ?? null, l, input.body.trim(), machine) as TranslatedTextValue,
      rationale: merged(previous?.rationale ?? null, l, input.rationale?.trim(), machine),
      expectedOutcome: merged(previous?.expectedOutcome ?? null, l, input.expectedOutcome?.trim(), machine),
      proposedOwner:
        input.proposedOwner === undefined || input.proposedOwner === null
          ? (previous?.proposedOwner ?? null)
          : input.proposedOwner.trim() || null,
      successIndicator: merged(previous?.successIndicator ?? null, l, input.successIndicator?.trim(), machine),
    };
  }

  private async insertVersion(
    manager: EntityManager,
    recommendationId: string,
    number: number,
    authoredBy: 'GROUP' | 'BOARD',
    texts: Pick<
      RecommendationVersionEntity,
      'title' | 'body' | 'rationale' | 'expectedOutcome' | 'proposedOwner' | 'successIndicator'
    >,
    createdBy: string,
  ): Promise<RecommendationVersionEntity> {
    return manager.save(
      manager.create(RecommendationVersionEntity, { recommendationId, number, authoredBy, createdBy, ...texts }),
    );
  }
}
