import { Injectable } from '@nestjs/common';
import {
  can,
  diffWordCounts,
  proposalVoteState,
  resolveText,
  wordDiff,
  RECOMMENDATION_STAGES,
  type Actor,
  type ActionProposalStatus,
  type ActionStatus,
  type CycleTransition,
  type EditionStatus,
  type Language,
  type PollStatus,
  type RecommendationStage,
  type ReportVoteState,
  type TranslatedTextValue,
} from '@letscoop/domain';
import { DataSource } from 'typeorm';
import { forbidden, notFound } from '../../common/errors.js';
import { ActionPlanService } from '../action-plan/action-plan.service.js';
import type { ActionEntity } from '../action-plan/action.entity.js';
import type { FrozenPollResult } from '../assemblies/poll-result.js';

/** The board's decisions that end its review (send-back is not one: the group works on). */
const DECISIONS: readonly CycleTransition[] = ['endorse', 'amendAndEndorse', 'merge', 'decline'];

export interface ReportVersionText {
  number: number;
  title: TranslatedTextValue;
  body: TranslatedTextValue;
}

export interface ReportRef {
  id: string;
  stage: RecommendationStage;
  title: TranslatedTextValue | null;
}

export interface ReportActionData {
  id: string;
  title: TranslatedTextValue;
  status: ActionStatus;
  progress: number;
  statusReason: string | null;
}

export interface ReportVoteData {
  state: ReportVoteState;
  assemblyId: string | null;
  assemblyTitle: TranslatedTextValue | null;
  assemblyDate: Date | null;
  pollStatus: PollStatus | null;
  /** Only when published. */
  result: FrozenPollResult | null;
  votedAt: Date | null;
}

export interface ReportProposalData {
  id: string;
  number: number;
  title: TranslatedTextValue;
  status: ActionProposalStatus;
  vote: ReportVoteData;
  action: ReportActionData | null;
}

export interface ReportDecisionData {
  transition: CycleTransition;
  decidedAt: Date;
  boardMeeting: string | null;
  boardMeetingOn: string | null;
  vote: { inFavour: number; against: number; abstaining: number } | null;
  reason: string | null;
}

export interface ReportRecommendationData {
  id: string;
  title: TranslatedTextValue | null;
  stage: RecommendationStage;
  draftedAt: Date;
  submittedAt: Date | null;
  sentBack: number;
  decision: ReportDecisionData | null;
  /** Set when the board amended: the group's last text before it and the board's. */
  amendment: { group: ReportVersionText | null; board: ReportVersionText } | null;
  mergedInto: ReportRef | null;
  mergedFrom: ReportRef[];
  proposals: ReportProposalData[];
  otherActions: ReportActionData[];
}

export interface ReportGroupData {
  id: string;
  theme: TranslatedTextValue;
  recommendations: ReportRecommendationData[];
}

/** The report as data, in every language: GraphQL, the PDF and the CSV present it. */
export interface IdeaToActionReportData {
  cooperativeId: string;
  cooperativeName: string;
  edition: { id: string; number: number; period: string; title: TranslatedTextValue; status: EditionStatus };
  generatedAt: Date;
  totals: {
    recommendations: number;
    proposals: number;
    putToAssembly: number;
    adopted: number;
    rejected: number;
    actions: number;
    actionsDone: number;
  };
  stageCounts: { stage: RecommendationStage; count: number }[];
  groups: ReportGroupData[];
}

interface EditionRow {
  id: string;
  cooperativeId: string;
  cooperativeName: string;
  number: number;
  period: string;
  title: TranslatedTextValue;
  status: EditionStatus;
}

interface RecommendationRow {
  id: string;
  groupId: string;
  stage: RecommendationStage;
  createdAt: Date;
  title: TranslatedTextValue | null;
  boardNumber: number | null;
  boardTitle: TranslatedTextValue | null;
  boardBody: TranslatedTextValue | null;
  groupNumber: number | null;
  groupTitle: TranslatedTextValue | null;
  groupBody: TranslatedTextValue | null;
  mergedIntoId: string | null;
  mergedIntoStage: RecommendationStage | null;
  mergedIntoTitle: TranslatedTextValue | null;
}

interface StepRow {
  recommendationId: string;
  transition: CycleTransition;
  occurredAt: Date;
  reason: string | null;
  inFavour: number | null;
  against: number | null;
  abstaining: number | null;
  boardMeeting: string | null;
  boardMeetingOn: string | null;
}

interface ProposalRow {
  id: string;
  recommendationId: string;
  number: number;
  title: TranslatedTextValue;
  status: ActionProposalStatus;
  assemblyId: string | null;
  assemblyTitle: TranslatedTextValue | null;
  startsAt: Date | null;
  pollStatus: PollStatus | null;
  closedAt: Date | null;
  result: FrozenPollResult | null;
}

const actionData = (
  a: Pick<ActionEntity, 'id' | 'title' | 'status' | 'progress' | 'statusReason'>,
): ReportActionData => ({
  id: a.id,
  title: a.title,
  status: a.status,
  progress: a.progress,
  statusReason: a.statusReason,
});

/**
 * "From idea to action": for each recommendation of an edition, its fate — the stage reached,
 * the board's decision (amended, merged into another, declined and why), its action proposals
 * with the assembly's published vote, and the action each became in the plan with its progress.
 * Eight queries, whatever the number of recommendations; read-only.
 */
@Injectable()
export class IdeaToActionReportService {
  constructor(
    private readonly db: DataSource,
    private readonly actionPlan: ActionPlanService,
  ) {}

  async build(actor: Actor, editionId: string): Promise<IdeaToActionReportData> {
    const [edition] = await this.db.query<EditionRow[]>(
      `SELECT e.id, e.cooperative_id AS "cooperativeId", c.name AS "cooperativeName", e.number, e.period, e.title, e.status
         FROM edition e JOIN cooperative c ON c.id = e.cooperative_id
        WHERE e.id = $1`,
      [editionId],
    );
    if (!edition) throw notFound('edition', editionId);
    if (!can(actor, 'cooperative.view', { cooperativeId: edition.cooperativeId }))
      throw forbidden("read this cooperative's reports");

    const [groups, recommendations, mergedFrom, steps, proposals] = await Promise.all([
      this.db.query<{ id: string; theme: TranslatedTextValue }[]>(
        `SELECT id, theme FROM working_group WHERE edition_id = $1 ORDER BY created_at, id`,
        [editionId],
      ),
      this.recommendations(editionId),
      // Recommendations (of any edition) the board merged into one of this edition's.
      this.db.query<(ReportRef & { mergedIntoId: string })[]>(
        `SELECT f.id, f.stage, f.merged_into_id AS "mergedIntoId",
                (SELECT v.title FROM recommendation_version v WHERE v.recommendation_id = f.id ORDER BY v.number DESC LIMIT 1) AS title
           FROM recommendation f JOIN recommendation t ON t.id = f.merged_into_id
          WHERE t.edition_id = $1
          ORDER BY f.created_at, f.id`,
        [editionId],
      ),
      this.db.query<StepRow[]>(
        `SELECT s.recommendation_id AS "recommendationId", s.transition, s.occurred_at AS "occurredAt", s.reason,
                s.votes_in_favour AS "inFavour", s.votes_against AS "against", s.votes_abstaining AS "abstaining",
                bm.title AS "boardMeeting", bm.held_on::text AS "boardMeetingOn"
           FROM recommendation_step s
           JOIN recommendation r ON r.id = s.recommendation_id
           LEFT JOIN board_meeting bm ON bm.id = s.board_meeting_id
          WHERE r.edition_id = $1
          ORDER BY s.occurred_at, s.id`,
        [editionId],
      ),
      // The result only when published: a closed but unpublished result never leaves the database here.
      this.db.query<ProposalRow[]>(
        `SELECT p.id, p.recommendation_id AS "recommendationId", p.number, p.title, p.status,
                a.id AS "assemblyId", a.title AS "assemblyTitle", a.starts_at AS "startsAt",
                po.status AS "pollStatus",
                CASE WHEN po.status = 'PUBLISHED' THEN po.closed_at END AS "closedAt",
                CASE WHEN po.status = 'PUBLISHED' THEN po.result END AS result
           FROM action_proposal p
           JOIN recommendation r ON r.id = p.recommendation_id
           LEFT JOIN agenda_item ai ON ai.action_proposal_id = p.id
           LEFT JOIN assembly a ON a.id = ai.assembly_id
           LEFT JOIN poll po ON po.agenda_item_id = ai.id
          WHERE r.edition_id = $1
          ORDER BY p.recommendation_id, p.number, p.id`,
        [editionId],
      ),
    ]);
    const recommendationIds = recommendations.map((r) => r.id);
    const [proposalActions, otherActions] = await Promise.all([
      this.actionPlan.actionsOfProposals(proposals.map((p) => p.id)),
      this.db.query<(ReportActionData & { recommendationId: string })[]>(
        `SELECT id, recommendation_id AS "recommendationId", title, status, progress, status_reason AS "statusReason"
           FROM action
          WHERE recommendation_id = ANY($1::uuid[]) AND action_proposal_id IS NULL
          ORDER BY entered_at, id`,
        [recommendationIds],
      ),
    ]);

    const actionByProposal = new Map(proposalActions.map((a) => [a.actionProposalId as string, actionData(a)]));
    const stepsOf = groupBy(steps, (s) => s.recommendationId);
    const proposalsOf = groupBy(proposals, (p) => p.recommendationId);
    const otherActionsOf = groupBy(otherActions, (a) => a.recommendationId);
    const mergedFromOf = groupBy(mergedFrom, (m) => m.mergedIntoId);

    const data: ReportRecommendationData[] = recommendations.map((r) => {
      const own = stepsOf.get(r.id) ?? [];
      const decisionStep = own.filter((s) => DECISIONS.includes(s.transition)).at(-1) ?? null;
      const board: ReportVersionText | null =
        r.boardNumber !== null && r.boardTitle && r.boardBody
          ? { number: r.boardNumber, title: r.boardTitle, body: r.boardBody }
          : null;
      const group: ReportVersionText | null =
        r.groupNumber !== null && r.groupTitle && r.groupBody
          ? { number: r.groupNumber, title: r.groupTitle, body: r.groupBody }
          : null;
      return {
        id: r.id,
        title: r.title,
        stage: r.stage,
        draftedAt: r.createdAt,
        submittedAt: own.find((s) => s.transition === 'submit')?.occurredAt ?? null,
        sentBack: own.filter((s) => s.transition === 'sendBack').length,
        decision: decisionStep
          ? {
              transition: decisionStep.transition,
              decidedAt: decisionStep.occurredAt,
              boardMeeting: decisionStep.boardMeeting,
              boardMeetingOn: decisionStep.boardMeetingOn,
              vote:
                decisionStep.inFavour === null
                  ? null
                  : {
                      inFavour: decisionStep.inFavour,
                      against: decisionStep.against ?? 0,
                      abstaining: decisionStep.abstaining ?? 0,
                    },
              reason: decisionStep.reason,
            }
          : null,
        amendment: board ? { group, board } : null,
        mergedInto:
          r.mergedIntoId && r.mergedIntoStage
            ? { id: r.mergedIntoId, stage: r.mergedIntoStage, title: r.mergedIntoTitle }
            : null,
        mergedFrom: (mergedFromOf.get(r.id) ?? []).map((m) => ({ id: m.id, stage: m.stage, title: m.title })),
        proposals: (proposalsOf.get(r.id) ?? []).map((p) => ({
          id: p.id,
          number: p.number,
          title: p.title,
          status: p.status,
          vote: {
            state: proposalVoteState(p.status, p.pollStatus),
            assemblyId: p.assemblyId,
            assemblyTitle: p.assemblyTitle,
            assemblyDate: p.startsAt,
            pollStatus: p.pollStatus,
            result: p.pollStatus === 'PUBLISHED' ? p.result : null,
            votedAt: p.pollStatus === 'PUBLISHED' ? p.closedAt : null,
          },
          action: actionByProposal.get(p.id) ?? null,
        })),
        otherActions: (otherActionsOf.get(r.id) ?? []).map(actionData),
      };
    });

    const byGroup = groupBy(
      recommendations.map((r, i) => ({ groupId: r.groupId, data: data[i] })),
      (x) => x.groupId,
    );
    const allProposals = data.flatMap((r) => r.proposals);
    const allActions = [
      ...allProposals.flatMap((p) => (p.action ? [p.action] : [])),
      ...data.flatMap((r) => r.otherActions),
    ];
    return {
      cooperativeId: edition.cooperativeId,
      cooperativeName: edition.cooperativeName,
      edition: {
        id: edition.id,
        number: edition.number,
        period: edition.period,
        title: edition.title,
        status: edition.status,
      },
      generatedAt: new Date(),
      totals: {
        recommendations: data.length,
        proposals: allProposals.length,
        putToAssembly: allProposals.filter((p) => p.status !== 'PROPOSED').length,
        adopted: allProposals.filter((p) => p.status === 'ADOPTED').length,
        rejected: allProposals.filter((p) => p.status === 'REJECTED').length,
        actions: allActions.length,
        actionsDone: allActions.filter((a) => a.status === 'DONE').length,
      },
      stageCounts: RECOMMENDATION_STAGES.map((stage) => ({
        stage,
        count: data.filter((r) => r.stage === stage).length,
      })),
      groups: groups.map((g) => ({
        id: g.id,
        theme: g.theme,
        recommendations: (byGroup.get(g.id) ?? []).map((x) => x.data),
      })),
    };
  }

  /**
   * The edition's recommendations with their current title, the board's latest text and the
   * group's last text before it, what each was merged into and what was merged into each.
   */
  private recommendations(editionId: string): Promise<RecommendationRow[]> {
    return this.db.query<RecommendationRow[]>(
      `SELECT r.id, r.group_id AS "groupId", r.stage, r.created_at AS "createdAt",
              lv.title,
              bv.number AS "boardNumber", bv.title AS "boardTitle", bv.body AS "boardBody",
              gv.number AS "groupNumber", gv.title AS "groupTitle", gv.body AS "groupBody",
              r.merged_into_id AS "mergedIntoId", mt.stage AS "mergedIntoStage", mt.title AS "mergedIntoTitle"
         FROM recommendation r
         LEFT JOIN LATERAL (
           SELECT v.title FROM recommendation_version v WHERE v.recommendation_id = r.id ORDER BY v.number DESC LIMIT 1
         ) lv ON true
         LEFT JOIN LATERAL (
           SELECT v.number, v.title, v.body FROM recommendation_version v
            WHERE v.recommendation_id = r.id AND v.authored_by = 'BOARD' ORDER BY v.number DESC LIMIT 1
         ) bv ON true
         LEFT JOIN LATERAL (
           SELECT v.number, v.title, v.body FROM recommendation_version v
            WHERE bv.number IS NOT NULL AND v.recommendation_id = r.id AND v.authored_by = 'GROUP' AND v.number < bv.number
            ORDER BY v.number DESC LIMIT 1
         ) gv ON true
         LEFT JOIN LATERAL (
           SELECT t.stage, (SELECT v.title FROM recommendation_version v WHERE v.recommendation_id = t.id ORDER BY v.number DESC LIMIT 1) AS title
             FROM recommendation t WHERE t.id = r.merged_into_id
         ) mt ON true
        WHERE r.edition_id = $1
        ORDER BY r.created_at, r.id`,
      [editionId],
    );
  }
}

/** How many words the board added and removed, title and body together, in one language. */
export function amendmentSize(
  group: ReportVersionText | null,
  board: ReportVersionText,
  language: Language,
): { added: number; removed: number } {
  const text = (v: ReportVersionText | null, field: 'title' | 'body') =>
    v ? resolveText(v[field], language).text : '';
  return diffWordCounts([
    ...wordDiff(text(group, 'title'), text(board, 'title')),
    ...wordDiff(text(group, 'body'), text(board, 'body')),
  ]);
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}
